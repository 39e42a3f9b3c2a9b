package org.dyad.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A bounded load test of a running {@code dyad serve}: N clients, each its own HTTP connection,
 * send requests back to back (cycling through the given paths) for a warm-up and then for the
 * measured time; prints requests, errors, throughput and latency percentiles per path.
 * Run by {@code scripts/bench-serve.sh}; a benchmark, not a unit test.
 *
 * <p>Usage: {@code LoadTest BASE_URL CLIENTS SECONDS WARMUP_SECONDS PATH...}
 */
public final class LoadTest {
  private LoadTest() {}

  private static final class Tally {
    final long[][] nanos;
    final int[] counts;
    final int[] errors;

    Tally(int paths) {
      nanos = new long[paths][1 << 16];
      counts = new int[paths];
      errors = new int[paths];
    }

    void add(int path, long n, boolean ok) {
      if (!ok) {
        errors[path]++;
      }
      if (counts[path] == nanos[path].length) {
        nanos[path] = Arrays.copyOf(nanos[path], counts[path] * 2);
      }
      nanos[path][counts[path]++] = n;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      System.err.println("usage: LoadTest BASE_URL CLIENTS SECONDS WARMUP_SECONDS PATH...");
      System.exit(2);
    }
    String base = args[0];
    int clients = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    int warmup = Integer.parseInt(args[3]);
    List<String> paths = List.of(args).subList(4, args.length);
    System.err.printf("load test: %d clients, %d s warm-up, %d s measured, on %s%n", clients, warmup, seconds, paths);
    run(base, clients, warmup, paths);
    Tally[] tallies = run(base, clients, seconds, paths);
    System.out.printf("%-60s %9s %7s %9s %8s %8s %8s %8s%n", "path", "requests", "errors", "req/s", "p50 ms", "p90 ms",
        "p99 ms", "max ms");
    for (int p = 0; p < paths.size(); p++) {
      int n = 0;
      int errors = 0;
      for (Tally t : tallies) {
        n += t.counts[p];
        errors += t.errors[p];
      }
      long[] all = new long[n];
      int at = 0;
      for (Tally t : tallies) {
        System.arraycopy(t.nanos[p], 0, all, at, t.counts[p]);
        at += t.counts[p];
      }
      Arrays.sort(all);
      System.out.printf(Locale.ROOT, "%-60s %9d %7d %9.1f %8.1f %8.1f %8.1f %8.1f%n", paths.get(p), n, errors,
          n / (double) seconds, pct(all, 50), pct(all, 90), pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }
  }

  private static double pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  private static Tally[] run(String base, int clients, int seconds, List<String> paths) throws InterruptedException {
    Tally[] tallies = new Tally[clients];
    Thread[] threads = new Thread[clients];
    AtomicBoolean stop = new AtomicBoolean();
    for (int c = 0; c < clients; c++) {
      Tally t = tallies[c] = new Tally(paths.size());
      int first = c;
      threads[c] = new Thread(() -> {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        List<HttpRequest> requests = new ArrayList<>();
        for (String p : paths) {
          requests.add(HttpRequest.newBuilder(URI.create(base + p)).timeout(Duration.ofSeconds(30)).GET().build());
        }
        int k = first;
        while (!stop.get()) {
          int p = k++ % paths.size();
          long start = System.nanoTime();
          boolean ok;
          try {
            HttpResponse<byte[]> r = http.send(requests.get(p), HttpResponse.BodyHandlers.ofByteArray());
            ok = r.statusCode() == 200 && r.body().length > 0;
          } catch (Exception e) {
            ok = false;
          }
          if (!stop.get()) {
            t.add(p, System.nanoTime() - start, ok);
          }
        }
      }, "client-" + c);
      threads[c].start();
    }
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    for (Thread th : threads) {
      th.join(60_000);
    }
    return tallies;
  }
}
