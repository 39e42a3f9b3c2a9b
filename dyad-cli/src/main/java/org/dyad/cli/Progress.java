package org.dyad.cli;

import java.io.Console;
import java.io.PrintStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.ingest.ArticleReaders;
import org.dyad.model.CodedArticle;
import org.dyad.pipeline.CorpusRun;

/**
 * Reports a corpus run on stderr: on a terminal, one bar redrawn in place with articles/s and an
 * ETA; otherwise a plain line every few seconds, which reads well in logs. Ends with a summary.
 * The share done is counted in records where the inputs say how many they hold (JSON Lines and
 * CSV files: their lines, counted up front at disk speed; a text or HTML file: one), so one large
 * JSON Lines file advances the bar record by record; otherwise (archives, feeds, compressed files)
 * in input files. The input's size in bytes is shown beside it. The same bar serves
 * {@code --db} and {@code --out} runs.
 */
final class Progress implements CorpusRun.Listener {
  private static final int BAR = 30;

  private final PrintStream err;
  private final int files;
  private final boolean terminal;
  private final long intervalNanos;
  private final long started = System.nanoTime();
  private long lastShown = started;
  private int filesRead;
  private int coded;
  private int copies;
  private int stored;
  private int failed;
  private int skipped;
  private int committed;
  private long sentences;
  private long events;
  private long storeNanos;

  /** Records the inputs hold, or -1 when one of them cannot say (then the share is counted in files). */
  private final long expectedRecords;
  /** Bytes of the local input files. */
  private final long bytes;
  private long records;

  Progress(PrintStream err, int files, long intervalMillis) {
    this(err, files, -1, 0, intervalMillis);
  }

  Progress(PrintStream err, List<ArticleReaders.Input> inputs, long intervalMillis) {
    this(err, inputs.size(), expectedRecords(inputs), bytes(inputs), intervalMillis);
  }

  private Progress(PrintStream err, int files, long expectedRecords, long bytes, long intervalMillis) {
    this.err = err;
    this.files = files;
    this.expectedRecords = expectedRecords;
    this.bytes = bytes;
    this.terminal = onTerminal();
    this.intervalNanos = terminal ? 200_000_000L : intervalMillis * 1_000_000L;
  }

  private static final Set<String> LINE_FORMATS = Set.of("jsonl", "ndjson", "jsonlines", "csv", "tsv");
  private static final Set<String> ONE_ARTICLE = Set.of("txt", "text", "html", "htm", "xhtml");

  /** How many records the inputs hold, or -1 when an input cannot say without being read. */
  static long expectedRecords(List<ArticleReaders.Input> inputs) {
    long n = 0;
    for (ArticleReaders.Input in : inputs) {
      if (in.file().isEmpty()) {
        return -1;
      }
      Path f = in.file().get();
      String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
      String ext = name.substring(name.lastIndexOf('.') + 1);
      if (ONE_ARTICLE.contains(ext)) {
        n++;
      } else if (LINE_FORMATS.contains(ext)) {
        long lines = lines(f);
        if (lines < 0) {
          return -1;
        }
        n += ext.equals("csv") || ext.equals("tsv") ? Math.max(0, lines - 1) : lines; // a header row
      } else {
        return -1;
      }
    }
    return n;
  }

  /** Non-empty lines of a file, at disk speed; -1 when it cannot be read. */
  static long lines(Path f) {
    try (InputStream in = Files.newInputStream(f)) {
      byte[] buf = new byte[1 << 20];
      long n = 0;
      boolean content = false;
      for (int r; (r = in.read(buf)) > 0; ) {
        for (int i = 0; i < r; i++) {
          byte b = buf[i];
          if (b == '\n') {
            if (content) {
              n++;
            }
            content = false;
          } else if (b != '\r' && b != ' ' && b != '\t') {
            content = true;
          }
        }
      }
      return content ? n + 1 : n;
    } catch (IOException e) {
      return -1;
    }
  }

  static long bytes(List<ArticleReaders.Input> inputs) {
    long n = 0;
    for (ArticleReaders.Input in : inputs) {
      try {
        n += in.file().isPresent() ? Files.size(in.file().get()) : 0;
      } catch (IOException e) {
        // unreadable: the run reports it
      }
    }
    return n;
  }

  /**
   * Whether stderr goes to a terminal. Since JDK 22 System.console() also returns a console when
   * output is redirected, and Console.isTerminal() tells the two apart; dyad targets Java 21, so it
   * asks by reflection where the method exists.
   */
  static boolean onTerminal() {
    Console c = System.console();
    if (c == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(c);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  @Override
  public void article(String id, CorpusRun.Outcome outcome, CodedArticle a) {
    if (outcome != CorpusRun.Outcome.FAILED) {
      records++; // a failed record is counted with its problem
    }
    switch (outcome) {
      case CODED -> {
        coded++;
        sentences += a.sentences().size();
        events += a.events().stream().filter(e -> e.modality().countsAsEvent()).count();
      }
      case COPY -> copies++;
      case ALREADY_STORED -> stored++;
      case FAILED, SKIPPED -> { } // counted with the problem or the skip
    }
  }

  @Override
  public void warning(String message) {
    if (terminal) {
      err.print("\r\033[K");
    }
    err.println("dyad: warning: " + message);
  }

  @Override
  public void problem(String message) {
    failed++;
    records++;
    if (terminal) {
      err.print("\r\033[K");
    }
    err.println("dyad: skipped " + message);
  }

  @Override
  public void skipped(String id, String reason) {
    skipped++;
    if (terminal) {
      err.print("\r\033[K");
    }
    err.println("dyad: not coded " + id + ": " + reason);
  }

  /** A line of its own (the bar, if any, is redrawn after it). */
  void note(String line) {
    if (terminal) {
      err.print("\r\033[K");
    }
    err.println(line);
  }

  @Override
  public void inputRead(String name) {
    filesRead++;
  }

  @Override
  public void committed(int articles, long nanos) {
    committed += articles;
    storeNanos += nanos;
    long now = System.nanoTime();
    if (now - lastShown >= intervalNanos) {
      lastShown = now;
      show(now);
    }
  }

  /** Shows the bar if the interval has passed (for runs that commit nothing: --out). */
  void tick() {
    long now = System.nanoTime();
    if (now - lastShown >= intervalNanos) {
      lastShown = now;
      show(now);
    }
  }

  /** The share of the input done: by records where they are known, else by files. */
  double share() {
    if (expectedRecords > 0) {
      return filesRead == files ? 1 : Math.min(0.999, records / (double) expectedRecords);
    }
    return files == 0 ? 1 : filesRead / (double) files;
  }

  private String position() {
    String size = bytes > 0 ? " of " + size(bytes) : "";
    return expectedRecords > 0
        ? String.format(Locale.ROOT, "%d/%d records%s", records, expectedRecords, size)
        : String.format(Locale.ROOT, "%d/%d files%s", filesRead, files, size);
  }

  static String size(long b) {
    return b >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", b / (double) (1L << 30))
        : b >= 1L << 20 ? String.format(Locale.ROOT, "%.1f MB", b / (double) (1L << 20))
        : String.format(Locale.ROOT, "%d kB", (b + 1023) / 1024);
  }

  private void show(long now) {
    double seconds = (now - started) / 1e9;
    double rate = (coded + copies) / Math.max(seconds, 1e-9);
    double share = share();
    String eta = share <= 0 ? "?" : clock(seconds / share - seconds);
    if (terminal) {
      int done = (int) Math.round(share * BAR);
      err.printf("\r\033[K[%s%s] %3.0f%%  %s  %d articles  %.1f articles/s  ETA %s",
          "#".repeat(done), ".".repeat(BAR - done), share * 100, position(), coded + copies, rate, eta);
      err.flush();
    } else {
      err.printf(Locale.ROOT, "dyad: %.0f%%, %s, %d articles coded, %d copies, %d stored, %.1f articles/s, ETA %s%n",
          share * 100, position(), coded, copies, committed, rate, eta);
    }
  }

  /** Clears the bar line (before a summary printed by someone else). */
  void clear() {
    if (terminal) {
      err.print("\r\033[K");
      err.flush();
    }
  }

  private static String clock(double seconds) {
    long s = Math.round(Math.max(0, seconds));
    return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format("%d:%02d", s / 60, s % 60);
  }

  int failed() {
    return failed;
  }

  void summary(double loadSeconds) {
    if (terminal) {
      err.print("\r\033[K");
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    err.printf("dyad: %d articles coded, %d copies linked to their original, %d already stored, %d not coded "
            + "(language), %d failed; %d sentences, %d events in %.1f s (%.1f s loading models; %.2f articles/s, "
            + "%.0f sentences/s)%n",
        coded, copies, stored, skipped, failed, sentences, events, seconds + loadSeconds, loadSeconds,
        (coded + copies) / Math.max(seconds, 1e-9), sentences / Math.max(seconds, 1e-9));
    err.printf("dyad: %.1f s of it storing %d articles and merging their events%n", storeNanos / 1e9, committed);
  }
}
