package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Codes every record of a gold file on a fixed pool of threads and scores the results in file
 * order, so figures and failure files are the same for any thread count. A record whose coding
 * throws is scored as coding nothing, with the error kept for the failures file.
 */
public final class Evaluator implements AutoCloseable {
  private final Scorer scorer;
  private final Function<GoldRecord, List<CodedEvent>> coder;
  private final ExecutorService pool;

  /** @param coder codes one record's text (thread-safe) */
  public Evaluator(Scorer scorer, Function<GoldRecord, List<CodedEvent>> coder, int threads) {
    this.scorer = scorer;
    this.coder = coder;
    this.pool = Executors.newFixedThreadPool(Math.max(1, threads));
  }

  public Evaluation evaluate(GoldFile file) throws InterruptedException {
    List<Future<List<CodedEvent>>> coded = new ArrayList<>();
    for (GoldRecord r : file.records()) {
      coded.add(pool.submit(() -> coder.apply(r)));
    }
    Evaluation eval = new Evaluation(file, scorer);
    for (int i = 0; i < coded.size(); i++) {
      GoldRecord r = file.records().get(i);
      try {
        eval.add(scorer.score(r, coded.get(i).get()));
      } catch (ExecutionException e) {
        eval.add(scorer.failed(r, String.valueOf(e.getCause())));
      }
    }
    return eval;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
