package org.dyad.cli;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;
import org.dyad.model.CodedArticle;
import org.dyad.pipeline.CorpusRun;

/**
 * Reports a corpus run on stderr: on a terminal, one bar redrawn in place with articles/s and an
 * ETA (by the share of input files read); otherwise a plain line every few seconds, which reads
 * well in logs. Ends with a summary.
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

  Progress(PrintStream err, int files, long intervalMillis) {
    this.err = err;
    this.files = files;
    this.terminal = onTerminal();
    this.intervalNanos = terminal ? 200_000_000L : intervalMillis * 1_000_000L;
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

  private void show(long now) {
    double seconds = (now - started) / 1e9;
    double rate = (coded + copies) / Math.max(seconds, 1e-9);
    double share = files == 0 ? 1 : filesRead / (double) files;
    String eta = share <= 0 ? "?" : clock(seconds / share - seconds);
    if (terminal) {
      int done = (int) Math.round(share * BAR);
      err.printf("\r\033[K[%s%s] %d/%d files  %d articles  %.1f articles/s  ETA %s",
          "#".repeat(done), ".".repeat(BAR - done), filesRead, files, coded + copies, rate, eta);
      err.flush();
    } else {
      err.printf("dyad: %d/%d files, %d articles coded, %d copies, %d stored, %.1f articles/s, ETA %s%n",
          filesRead, files, coded, copies, committed, rate, eta);
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
