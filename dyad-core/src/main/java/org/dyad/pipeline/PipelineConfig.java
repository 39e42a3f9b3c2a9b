package org.dyad.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dyad.nlp.Backend;

/**
 * What a pipeline is built from, validated when made.
 *
 * @param actorDictionaries a directory with countries.tsv, organisations.tsv, roles.tsv or
 *                          people.tsv replacing the built-in ones (files missing there stay built-in)
 * @param verbDictionary    a verbs.txt replacing the built-in event patterns
 * @param lexicon           a directory of word classes (NAME.txt) replacing or extending the built-in
 *                          ones ({@link org.dyad.lexicon.Lexicon})
 * @param minActorsToParse  sentences with fewer actor mentions are not parsed (they cannot yield a
 *                          dyadic event); parsing is ~99% of the run time
 * @param quadClasses       the quad-class scheme of events' codes: "gdelt" or "phoenix" (quad-classes.tsv)
 * @param parser            the tagger and parser: dyad's own or CoreNLP's
 */
public record PipelineConfig(Optional<Path> actorDictionaries, Optional<Path> verbDictionary,
    Optional<Path> lexicon, int minActorsToParse, String quadClasses, Backend parser) {
  /** A configuration with the default parser. */
  public PipelineConfig(Optional<Path> actorDictionaries, Optional<Path> verbDictionary, Optional<Path> lexicon,
      int minActorsToParse, String quadClasses) {
    this(actorDictionaries, verbDictionary, lexicon, minActorsToParse, quadClasses, Backend.DEFAULT);
  }

  /** A configuration with GDELT's quad classes and the built-in lexicon. */
  public PipelineConfig(Optional<Path> actorDictionaries, Optional<Path> verbDictionary, int minActorsToParse) {
    this(actorDictionaries, verbDictionary, Optional.empty(), minActorsToParse, "gdelt");
  }

  /** A configuration with the built-in lexicon. */
  public PipelineConfig(Optional<Path> actorDictionaries, Optional<Path> verbDictionary, int minActorsToParse,
      String quadClasses) {
    this(actorDictionaries, verbDictionary, Optional.empty(), minActorsToParse, quadClasses);
  }

  public PipelineConfig {
    java.util.Objects.requireNonNull(parser, "parser");
    if (!org.dyad.events.QuadClasses.SCHEMES.contains(quadClasses)) {
      throw new IllegalArgumentException("unknown quad-class scheme '" + quadClasses + "': use one of "
          + org.dyad.events.QuadClasses.SCHEMES);
    }
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
    lexicon.ifPresent(d -> {
      if (!Files.isDirectory(d)) {
        throw new IllegalArgumentException("lexicon directory " + d + " does not exist");
      }
    });
    if (minActorsToParse < 0) {
      throw new IllegalArgumentException("minActorsToParse must be >= 0, was " + minActorsToParse);
    }
  }

  public PipelineConfig withQuadClasses(String scheme) {
    return new PipelineConfig(actorDictionaries, verbDictionary, lexicon, minActorsToParse, scheme, parser);
  }

  public PipelineConfig withParser(Backend backend) {
    return new PipelineConfig(actorDictionaries, verbDictionary, lexicon, minActorsToParse, quadClasses, backend);
  }

  public static PipelineConfig defaults() {
    return new PipelineConfig(Optional.empty(), Optional.empty(), 1);
  }
}
