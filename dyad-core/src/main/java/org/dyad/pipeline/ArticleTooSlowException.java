package org.dyad.pipeline;

import java.time.Duration;

/**
 * An article whose coding ran past the per-article time budget: it is reported and skipped (not
 * stored, so a later run tries it again), and the articles after it are not held up.
 */
public final class ArticleTooSlowException extends RuntimeException {
  public ArticleTooSlowException(String articleId, Duration budget, int sentencesDone, int sentences) {
    super(articleId + ": coding took longer than the budget of " + budget.toSeconds() + " s (" + sentencesDone + " of "
        + sentences + " sentences coded); skipped (raise it with --article-time-limit)", null, false, false);
  }
}
