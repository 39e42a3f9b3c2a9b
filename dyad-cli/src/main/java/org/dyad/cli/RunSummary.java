package org.dyad.cli;

import java.io.PrintStream;
import org.dyad.model.CodedArticle;

/** Counts what a --out run did and prints the summary at the end (progress is {@link Progress}'s, as for --db runs). */
final class RunSummary {

  private final PrintStream err;
  private final long started = System.nanoTime();
  private long firstEventNanos = -1;
  private int articles;
  private int failed;
  private int skipped;
  private long sentences;
  private long parsed;
  private long events;
  private long undated;

  RunSummary(int files, PrintStream err) {
    this.err = err;
  }

  /** An event written without a date (its article has none): counted in the summary, never silent. */
  void undatedEvent() {
    undated++;
  }

  void article(CodedArticle a, int written) {
    articles++;
    sentences += a.sentences().size();
    parsed += a.parsedSentences();
    events += written;
    if (written > 0 && firstEventNanos < 0) {
      firstEventNanos = System.nanoTime();
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
    if (undated > 0) {
      err.printf("dyad: %d of those events are undated (their articles have no date); give --default-date YYYY-MM-DD"
          + " to date such articles%n", undated);
    }
    if (firstEventNanos > 0) {
      err.printf("dyad: first event %.1f s after start%n", (firstEventNanos - runStart) / 1e9);
    }
  }
}
