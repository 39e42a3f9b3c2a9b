package org.dyad.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.dyad.pipeline.PipelineConfig;
import picocli.CommandLine.Option;

/** Options that choose the dictionaries, shared by every command that codes text. */
public final class DictionaryOptions {
  @Option(names = "--actors", paramLabel = "DIR",
      description = "directory with countries.tsv, organisations.tsv, roles.tsv or people.tsv to use instead of the built-in ones")
  Path actors;

  @Option(names = "--verbs", paramLabel = "FILE", description = "event pattern file to use instead of the built-in verbs.txt")
  Path verbs;

  PipelineConfig config() {
    return new PipelineConfig(Optional.ofNullable(actors), Optional.ofNullable(verbs),
        PipelineConfig.defaults().minActorsToParse());
  }
}
