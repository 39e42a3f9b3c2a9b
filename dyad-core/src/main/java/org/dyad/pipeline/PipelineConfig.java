package org.dyad.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a pipeline is built from, validated when made.
 *
 * @param actorDictionaries a directory with countries.tsv, organisations.tsv, roles.tsv or
 *                          people.tsv replacing the built-in ones (files missing there stay built-in)
 * @param verbDictionary    a verbs.txt replacing the built-in event patterns
 * @param minActorsToParse  sentences with fewer actor mentions are not parsed (they cannot yield a
 *                          dyadic event); parsing is ~99% of the run time
 */
public record PipelineConfig(Optional<Path> actorDictionaries, Optional<Path> verbDictionary, int minActorsToParse) {
  public PipelineConfig {
    actorDictionaries.ifPresent(d -> {
      if (!Files.isDirectory(d)) {
        throw new IllegalArgumentException("actor dictionary directory " + d + " does not exist");
      }
    });
    verbDictionary.ifPresent(f -> {
      if (!Files.isRegularFile(f)) {
        throw new IllegalArgumentException("verb dictionary " + f + " does not exist");
      }
    });
    if (minActorsToParse < 0) {
      throw new IllegalArgumentException("minActorsToParse must be >= 0, was " + minActorsToParse);
    }
  }

  public static PipelineConfig defaults() {
    return new PipelineConfig(Optional.empty(), Optional.empty(), 1);
  }
}
