package org.dyad.cli;

import java.io.PrintStream;
import org.dyad.model.CodedArticle;

/** Counts what a run did, prints progress every few seconds and the summary at the end. */
final class RunSummary {
  private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

  private final int files;
  private final PrintStream err;
  private final long started = System.nanoTime();
  private long lastProgress = started;
  private long firstEventNanos = -1;
  private int articles;
  private int failed;
  private int skipped;
  private long sentences;
  private long parsed;
  private long events;

  RunSummary(int files, PrintStream err) {
    this.files = files;
    this.err = err;
  }

  void article(CodedArticle a, int written) {
    articles++;
    sentences += a.sentences().size();
    parsed += a.parsedSentences();
    events += written;
    if (written > 0 && firstEventNanos < 0) {
      firstEventNanos = System.nanoTime();
    }
    long now = System.nanoTime();
    if (now - lastProgress > PROGRESS_EVERY_NANOS) {
      lastProgress = now;
      double s = (now - started) / 1e9;
      err.printf("dyad: %d/%d articles, %d sentences, %d events, %.0f sentences/s%n",
          articles + failed, files, sentences, events, sentences / s);
    }
  }

  void failure(String message) {
    failed++;
    err.println("dyad: skipped " + message);
  }

  /** Something about an article that was still coded (a date that cannot be read): printed, not counted. */
  void warning(String message) {
    err.println("dyad: warning: " + message);
  }

  /** An article read but not coded (another language): counted, not a failure. */
  void skipped(String message) {
    skipped++;
    err.println("dyad: not coded " + message);
  }

  int failed() {
    return failed;
  }

  void print(long runStart, double loadSeconds) {
    double total = (System.nanoTime() - runStart) / 1e9;
    double coding = (System.nanoTime() - started) / 1e9;
    err.printf("dyad: %d articles coded, %d not coded (language), %d input%s failed, %d sentences (%d parsed), "
            + "%d events in %.1f s (%.1f s loading models, %.1f s coding: %.0f sentences/s)%n",
        articles, skipped, failed, failed == 1 ? "" : "s", sentences, parsed, events, total, loadSeconds, coding,
        sentences / Math.max(coding, 1e-9));
    if (firstEventNanos > 0) {
      err.printf("dyad: first event %.1f s after start%n", (firstEventNanos - runStart) / 1e9);
    }
  }
}
