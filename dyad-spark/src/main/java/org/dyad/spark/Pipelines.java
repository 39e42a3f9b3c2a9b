package org.dyad.spark;

import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.PipelineConfig;

/**
 * One {@link Pipeline} per JVM, built the first time a task asks and shared by every task the
 * executor runs (the pipeline is thread-safe; its models take 1-2 GB and seconds to load).
 */
public final class Pipelines {
  private Pipelines() {}

  private static Pipeline pipeline;
  private static PipelineConfig config;
  private static long loadNanos;

  public static synchronized Pipeline get(PipelineConfig wanted) {
    if (pipeline == null || !config.equals(wanted)) {
      long t0 = System.nanoTime();
      pipeline = Pipeline.create(wanted);
      config = wanted;
      loadNanos = System.nanoTime() - t0;
    }
    return pipeline;
  }

  /** How long this JVM took to build its pipeline (0 before it did). */
  public static synchronized double loadSeconds() {
    return loadNanos / 1e9;
  }
}
