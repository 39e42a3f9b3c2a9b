package org.dyad.testing;

import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.PipelineConfig;

/**
 * One real pipeline (CoreNLP models included) for all tests in a JVM: loading the parser takes
 * seconds, and the pipeline is stateless, so sharing it is exactly how production uses it.
 */
public final class SharedPipeline {
  private SharedPipeline() {}

  private static final class Holder {
    static final Pipeline PIPELINE = Pipeline.create(PipelineConfig.defaults());
  }

  public static Pipeline get() {
    return Holder.PIPELINE;
  }
}
