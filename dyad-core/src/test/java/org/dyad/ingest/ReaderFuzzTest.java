package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounded fuzzing of every reader: a seeded generator writes valid inputs of each format (N
 * records of invented news), a mutator breaks them (flipped, deleted, duplicated and inserted
 * bytes, structural characters such as quotes, braces, angle brackets and line breaks, truncation),
 * and each is read. Invariants: nothing is thrown out of the run and no reader fails with an
 * internal error; every article has an id and text; an unmutated input yields exactly its N
 * records and no problem; a mutated one yields at least one article or problem; for JSON Lines,
 * whose records are lines, every non-blank line is an article or a problem. Iterations per reader:
 * {@code -Ddyad.fuzz.iterations} (default 40, a few seconds); the seed is in every failure.
 */
class ReaderFuzzTest {
  private static final int ITERATIONS = Integer.getInteger("dyad.fuzz.iterations", 40);
  private static final long SEED = Long.getLong("dyad.fuzz.seed", 19L);
  private static final String[] SENTENCES = {"Chile and Peru held talks in Lima.",
      "Kenya accused Uganda of shelling the border, officials said.", "Norway praised Sweden for its help.",
      "Japan and Korea signed a fishing accord on Tuesday.", "Egypt criticised Ethiopia over the dam."};
  private static final String[] NOISE = {"\"", "\"\"", "{", "}", "<", ">", "</p>", "<p>", "\n", "\r\n", ",", "\t", "\\",
      "\u0000", "\u00e9", "&amp;", "&#0;", "]]>", "<![CDATA[", "WARC/1.1\r\n", "Content-Length: -1\r\n", "\uFEFF"};

  @TempDir
  Path dir;

  private record Outcome(List<Article> articles, List<InputException> problems, long nanos) {}

  private Outcome read(Path f) {
    List<Article> articles = new ArrayList<>();
    List<InputException> problems = new ArrayList<>();
    long t0 = System.nanoTime();
    new ArticleReaders(ReaderOptions.defaults().withMaxBytes(200_000))
        .readAll(ArticleReaders.expand(List.of(f.toString())), articles::add, problems::add);
    return new Outcome(articles, problems, System.nanoTime() - t0);
  }

  private static String text(Random r) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 1 + r.nextInt(3); i++) {
      b.append(SENTENCES[r.nextInt(SENTENCES.length)]).append(' ');
    }
    return b.toString().strip();
  }

  private static byte[] mutate(byte[] in, Random r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] b = in.clone();
    int edits = 1 + r.nextInt(6);
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < edits; i++) {
      at.add(b.length == 0 ? 0 : r.nextInt(b.length));
    }
    at.sort(null);
    int from = 0;
    for (int pos : at) {
      out.write(b, from, Math.max(0, pos - from));
      from = Math.max(from, pos);
      switch (r.nextInt(5)) {
        case 0 -> out.writeBytes(NOISE[r.nextInt(NOISE.length)].getBytes(StandardCharsets.UTF_8));
        case 1 -> from = Math.min(b.length, from + 1 + r.nextInt(20)); // delete
        case 2 -> {
          if (from < b.length) {
            b[from] = (byte) r.nextInt(256); // flip
          }
        }
        case 3 -> out.write(b, from, Math.min(b.length - from, r.nextInt(40))); // duplicate a run
        default -> {
          byte[] junk = new byte[r.nextInt(8)];
          r.nextBytes(junk);
          out.writeBytes(junk);
        }
      }
    }
    out.write(b, from, b.length - from);
    byte[] result = out.toByteArray();
    if (r.nextInt(6) == 0) {
      return java.util.Arrays.copyOf(result, r.nextInt(result.length + 1)); // truncated
    }
    return result;
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static byte[] jsonl(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("{\"id\":\"r").append(i).append("\",\"title\":").append(json("Story " + i)).append(",\"date\":\"2019-06-0")
          .append(1 + r.nextInt(9)).append("\",\"text\":").append(json(text(r))).append("}\n");
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] csv(Random r, int n) {
    StringBuilder b = new StringBuilder("id,title,date,text\n");
    for (int i = 0; i < n; i++) {
      String t = text(r);
      b.append("r").append(i).append(",Story ").append(i).append(",2019-06-01,")
          .append(r.nextBoolean() ? "\"" + t.replace("\"", "\"\"") + "\nsecond line\"" : t.replace(",", " ")).append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String page(Random r, int i) {
    return "<!DOCTYPE html><html><head><title>Story " + i + "</title></head><body><nav>Home</nav><article><h1>Story " + i
        + "</h1><p>" + text(r) + "</p><p>" + text(r) + "</p></article><footer>Contact</footer></body></html>";
  }

  private static byte[] html(Random r, int n) {
    return page(r, 0).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] rss(Random r, int n) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>");
    for (int i = 0; i < n; i++) {
      b.append("<item><title>Story ").append(i).append("</title><link>https://wire.example/").append(i)
          .append("</link><pubDate>Tue, 04 Jun 2019 10:00:00 GMT</pubDate><description><![CDATA[<p>").append(text(r))
          .append("</p>]]></description></item>");
    }
    return b.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] warc(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String body = page(r, i);
      String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
          + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
      b.append("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://wire.example/").append(i)
          .append("\r\nWARC-Date: 2019-06-04T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-")
          .append(String.format("%012d", i)).append(">\r\nContent-Type: application/http; msgtype=response\r\n")
          .append("Content-Length: ").append(http.getBytes(StandardCharsets.UTF_8).length).append("\r\n\r\n")
          .append(http).append("\r\n\r\n");
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private static byte[] zip(Random r, int n) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < n; i++) {
        z.putNextEntry(new ZipEntry("dir/story-" + i + (r.nextBoolean() ? ".txt" : ".html")));
        z.write((i % 2 == 0 ? text(r) : page(r, i)).getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  /** Fuzzes one format; returns a line for the figures: inputs, articles, problems, seconds, slowest input. */
  private String fuzz(String format, String extension, BiFunction<Random, Integer, byte[]> generate, boolean oneRecord,
      boolean linePerRecord) throws IOException {
    long articles = 0;
    long problemCount = 0;
    long slowest = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < ITERATIONS; i++) {
      long seed = SEED * 1_000_003 + format.hashCode() * 31L + i;
      Random r = new Random(seed);
      int n = oneRecord ? 1 : 1 + r.nextInt(5);
      byte[] valid = generate.apply(r, n);
      boolean mutated = i % 4 != 0;
      byte[] bytes = mutated ? mutate(valid, r) : valid;
      Path f = Files.write(dir.resolve(format + "-" + i + extension), bytes);
      Outcome o = read(f);
      String what = format + " seed " + seed + (mutated ? " (mutated)" : "");
      slowest = Math.max(slowest, o.nanos());
      articles += o.articles().size();
      problemCount += o.problems().size();
      assertThat(o.problems()).as(what).noneSatisfy(p -> assertThat(p.getMessage()).contains("internal error"));
      assertThat(o.articles()).as(what).allSatisfy(a -> {
        assertThat(a.id()).isNotBlank();
        assertThat(a.text()).isNotBlank();
      });
      if (!mutated) {
        assertThat(o.problems()).as(what).isEmpty();
        assertThat(o.articles()).as(what).hasSize(n);
      } else {
        assertThat(o.articles().size() + o.problems().size()).as(what + ": something is said about "
            + new String(bytes, StandardCharsets.UTF_8).replace("\n", "\\n")).isPositive();
      }
      boolean wholeFile = o.problems().stream().anyMatch(p -> p.location().equals(f.toString()));
      if (linePerRecord && !wholeFile) {
        // Records are lines ending in '\n'; a whole-file verdict (binary, not UTF-8) covers them all.
        long lines = java.util.Arrays.stream(new String(bytes, StandardCharsets.ISO_8859_1).split("\n"))
            .filter(l -> !l.isBlank()).count();
        long failedLines = o.problems().stream().filter(p -> !p.isWarning()).count();
        assertThat(o.articles().size() + failedLines).as(what + ": every line coded or reported; problems "
            + o.problems().stream().map(Throwable::getMessage).toList()).isEqualTo(lines);
      }
      Files.delete(f);
    }
    return String.format("%-6s %4d inputs, %5d articles, %5d problems, %.1f s, slowest %.0f ms", format, ITERATIONS,
        articles, problemCount, (System.nanoTime() - t0) / 1e9, slowest / 1e6);
  }

  @Test
  @Timeout(120)
  void everyReaderSurvivesBrokenInputAndAccountsForEveryRecord() throws IOException {
    List<String> figures = new ArrayList<>();
    figures.add(fuzz("jsonl", ".jsonl", ReaderFuzzTest::jsonl, false, true));
    figures.add(fuzz("csv", ".csv", ReaderFuzzTest::csv, false, false));
    figures.add(fuzz("warc", ".warc", ReaderFuzzTest::warc, false, false));
    figures.add(fuzz("feed", ".rss", ReaderFuzzTest::rss, false, false));
    figures.add(fuzz("html", ".html", ReaderFuzzTest::html, true, false));
    figures.add(fuzz("gz", ".jsonl.gz", (r, n) -> gzip(jsonl(r, n)), false, false));
    figures.add(fuzz("zip", ".zip", ReaderFuzzTest::zip, false, false));
    figures.forEach(f -> System.out.println("FUZZ " + f));
  }
}
