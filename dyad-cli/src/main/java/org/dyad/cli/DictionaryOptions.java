package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dyad.dict.DictionaryException;
import org.dyad.dict.petrarch.PetrarchDictionaries;
import org.dyad.nlp.Backend;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.PipelineConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options that choose the dictionaries, shared by every command that codes text. */
public final class DictionaryOptions {
  @Option(names = "--actors", paramLabel = "DIR",
      description = "directory with countries.tsv, organisations.tsv, roles.tsv or people.tsv to use instead of the built-in ones")
  Path actors;

  @Option(names = "--verbs", paramLabel = "FILE", description = "event pattern file to use instead of the built-in verbs.txt")
  Path verbs;

  @Option(names = "--lexicon", paramLabel = "DIR",
      description = "directory of word classes (NAME.txt, one word or phrase a line) replacing the built-in class "
          + "of that name, or extending it when the file lists &NAME; see docs/lexicon.md")
  Path lexicon;

  @Option(names = "--dictionaries", paramLabel = "FORMAT:DIR",
      description = "dictionaries in another format instead of dyad's: petrarch:DIR imports PETRARCH/TABARI actor, "
          + "agent, verb and discard files (*actors*.txt, *agents*.txt, *verbs*.txt, *discards*.txt); what cannot "
          + "be mapped is listed on stderr")
  String foreign;

  @Option(names = "--quad-classes", paramLabel = "SCHEME", defaultValue = "gdelt",
      description = "how CAMEO roots group into quad classes: gdelt (1-4) or phoenix (0-4); see quad-classes.tsv "
          + "(default: ${DEFAULT-VALUE})")
  String quadClasses = "gdelt";

  @Option(names = "--parser", paramLabel = "NAME", defaultValue = "corenlp",
      description = {"the tagger and dependency parser: corenlp (Stanford CoreNLP 4.5's) or dyad (dyad's own,"
          + " about 100x faster, a few points lower on the gold sets: see docs/parsing.md); bench takes a list,"
          + " e.g. dyad,corenlp (default: ${DEFAULT-VALUE})"})
  String parser = "corenlp";

  PipelineConfig config() {
    List<Backend> all = parsers();
    if (all.size() != 1) {
      throw new IllegalArgumentException("--parser takes one name here (dyad or corenlp), not " + parser);
    }
    return config(all.get(0));
  }

  PipelineConfig config(Backend backend) {
    return new PipelineConfig(Optional.ofNullable(actors), Optional.ofNullable(verbs), Optional.ofNullable(lexicon),
        PipelineConfig.defaults().minActorsToParse(), quadClasses, backend);
  }

  /** The parsers named by --parser (bench compares several: --parser dyad,corenlp). */
  List<Backend> parsers() {
    List<Backend> out = new java.util.ArrayList<>();
    for (String name : parser.split(",")) {
      Backend b = Backend.of(name.trim());
      if (!out.contains(b)) {
        out.add(b);
      }
    }
    return out;
  }

  /** Builds the pipeline these options choose; an import's report goes to {@code err}. */
  Pipeline pipeline(PrintStream err) {
    return pipeline(err, config().parser());
  }

  /** Builds the pipeline these options choose with the given parser. */
  Pipeline pipeline(PrintStream err, Backend backend) {
    Optional<Path> petrarch = PetrarchDictionaries.parseOption(foreign);
    if (petrarch.isEmpty()) {
      return Pipeline.create(config(backend));
    }
    if (actors != null || verbs != null) {
      throw new IllegalArgumentException("--dictionaries replaces all dictionaries; do not combine it with "
          + "--actors or --verbs");
    }
    PetrarchDictionaries d = PetrarchDictionaries.load(petrarch.get());
    err.print(d.report().summary(10));
    return Pipeline.create(config(backend), d.actors(), d.verbs(), d.codebook());
  }

  /** Dictionary and option mistakes end a command with their message and exit code 2, not a stack trace. */
  static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
    if (e instanceof DictionaryException || e instanceof IllegalArgumentException) {
      cmd.getErr().println("dyad " + cmd.getCommandName() + ": " + e.getMessage());
      return 2;
    }
    throw e;
  }
}
