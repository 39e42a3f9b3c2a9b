package org.dyad.bench;

import org.dyad.pipeline.StageTimes;

/**
 * The figures of one measured run: one corpus, one thread count, after warm-up.
 *
 * @param corpus         the corpus name
 * @param threads        size of the pool that shared one pipeline
 * @param warmupArticles articles coded before timing started (not counted)
 * @param articles       articles coded in the timed run
 * @param failed         articles whose coding threw (counted in {@code articles}, nothing else)
 * @param sentences      sentences split
 * @param parsed         sentences that went through the dependency parser
 * @param tokens         tokens in all sentences
 * @param events         events that count (asserted or reported), as `dyad code` writes by default
 * @param wallNanos      wall-clock time of the timed run
 * @param stages         time per stage summed over all articles (and so over threads)
 * @param peakHeapBytes  sum of the heap pools' peak usage during the run (an upper bound: pools
 *                       may peak at different moments)
 * @param firstFailure   the message of the first failure, or null
 */
public record BenchResult(String corpus, int threads, int warmupArticles, int articles, int failed, long sentences,
    long parsed, long tokens, long events, long wallNanos, StageTimes stages, long peakHeapBytes,
    String firstFailure) {

  public double seconds() {
    return wallNanos / 1e9;
  }

  public double articlesPerSecond() {
    return articles / Math.max(seconds(), 1e-9);
  }

  public double sentencesPerSecond() {
    return sentences / Math.max(seconds(), 1e-9);
  }

  public double tokensPerSecond() {
    return tokens / Math.max(seconds(), 1e-9);
  }

  /** Share of sentences that were parsed, 0..1. */
  public double parsedFraction() {
    return sentences == 0 ? 0 : (double) parsed / sentences;
  }
}
