package org.dyad.spark;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.nio.file.Path;
import org.dyad.dedup.MergeRule;
import org.dyad.ingest.ReaderOptions;
import org.dyad.pipeline.PipelineConfig;

/**
 * What a Spark run codes and how: the same choices as {@code dyad code --db}, in plain values so
 * that they travel to the executors.
 *
 * @param inputs                 paths Spark can read (local, hdfs://, s3a://): files or directories
 *                               of any format dyad reads, or Parquet ({@code .parquet} files or
 *                               directories given with {@code parquet:} in front)
 * @param out                    the directory the tables are written under ({@code out/articles}...)
 * @param partitions             partitions articles are coded in (0: two per core Spark has)
 * @param nearDuplicateThreshold as {@code --near-duplicate-threshold} (above 1: off)
 * @param mergeWindowDays        as {@code --merge-window-days}
 * @param mergeFamily            as {@code --merge-family}: root or base
 * @param language               as {@code --language}: en (default) or any
 * @param fields                 JSON Lines, CSV and Parquet field names: text, title, date, url, source, id
 * @param maxBytes               as {@code --max-bytes}
 * @param actors                 as {@code --actors}: a directory of actor dictionaries every executor can read, or null
 * @param verbs                  as {@code --verbs}, or null
 */
public record JobOptions(List<String> inputs, String out, int partitions, double nearDuplicateThreshold,
    int mergeWindowDays, String mergeFamily, String language, List<String> fields, long maxBytes, String actors,
    String verbs) implements Serializable {

  public JobOptions {
    inputs = List.copyOf(inputs);
    fields = List.copyOf(fields);
    if (fields.size() != 6) {
      throw new IllegalArgumentException("six field names: text, title, date, url, source, id");
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be 0 (Spark's default) or more, was " + partitions);
    }
    new MergeRule(mergeWindowDays, MergeRule.Family.parse(mergeFamily)); // fails early on a bad window or family
  }

  /** Defaults as {@code dyad code}'s. */
  public static JobOptions of(List<String> inputs, String out) {
    return new JobOptions(inputs, out, 0, 0.7, MergeRule.DEFAULT.windowDays(), "root", ReaderOptions.defaults().language(),
        List.of("text", "title", "date", "url", "source", "id"), ReaderOptions.DEFAULT_MAX_BYTES, null, null);
  }

  public JobOptions withPartitions(int n) {
    return new JobOptions(inputs, out, n, nearDuplicateThreshold, mergeWindowDays, mergeFamily, language, fields,
        maxBytes, actors, verbs);
  }

  public JobOptions withNearDuplicateThreshold(double t) {
    return new JobOptions(inputs, out, partitions, t, mergeWindowDays, mergeFamily, language, fields, maxBytes,
        actors, verbs);
  }

  public MergeRule rule() {
    return new MergeRule(mergeWindowDays, MergeRule.Family.parse(mergeFamily));
  }

  public ReaderOptions readerOptions() {
    return new ReaderOptions(new ReaderOptions.FieldNames(fields.get(0), fields.get(1), fields.get(2), fields.get(3),
        fields.get(4), fields.get(5)), maxBytes, language, Duration.ofSeconds(30));
  }

  public PipelineConfig pipelineConfig() {
    PipelineConfig d = PipelineConfig.defaults();
    return new PipelineConfig(Optional.ofNullable(actors).map(Path::of), Optional.ofNullable(verbs).map(Path::of),
        d.minActorsToParse(), d.quadClasses());
  }
}
