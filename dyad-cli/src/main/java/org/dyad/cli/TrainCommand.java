package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.nlp.dyad.NlpModel;
import org.dyad.nlp.dyad.Training;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad train}: trains the tagger, lemmatiser and parser on a UD treebank and scores them;
 * {@code dyad train --score-only} scores an existing model.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Train dyad's part-of-speech tagger, lemmatiser and dependency parser on a UD treebank"
        + " (UD English EWT) and report tag accuracy, UAS and LAS (predicted tags, every word counted) on its dev"
        + " and test sets. The same data and settings give the same model file, byte for byte.",
        "The built-in model was made with: dyad train --ud ../shared/data/ud-english-ewt"
            + " --out dyad-core/src/main/resources/" + NlpModel.RESOURCE})
public final class TrainCommand implements Callable<Integer> {
  @Option(names = "--ud", required = true, paramLabel = "DIR",
      description = "treebank directory with *-ud-train.conllu, *-ud-dev.conllu and *-ud-test.conllu")
  Path ud;

  @Option(names = "--out", paramLabel = "FILE", description = "where to write the model (with --score-only: the model to score; default: the built-in one)")
  Path out;

  @Option(names = "--extra", paramLabel = "FILE",
      description = "more CoNLL-U to learn from, e.g. news parsed by CoreNLP (dyad parse --parser corenlp); repeatable")
  java.util.List<Path> extra = new java.util.ArrayList<>();

  @Option(names = "--score-only", description = "do not train: score the model (--out, or the built-in one) on dev and test")
  boolean scoreOnly;

  @Option(names = "--tagger-iterations", defaultValue = "8", description = "passes over the training set (default: ${DEFAULT-VALUE})")
  int taggerIterations;

  @Option(names = "--parser-iterations", defaultValue = "10", description = "passes over the training set (default: ${DEFAULT-VALUE})")
  int parserIterations;

  @Option(names = "--seed", defaultValue = "42", description = "seed of the training order (default: ${DEFAULT-VALUE})")
  long seed;

  @Override
  public Integer call() throws Exception {
    PrintStream err = System.err;
    PrintStream out = System.out;
    if (!Files.isDirectory(ud)) {
      err.println("dyad train: treebank directory " + ud + " does not exist");
      return 2;
    }
    NlpModel model;
    if (scoreOnly) {
      long t0 = System.nanoTime();
      model = out == null || this.out == null ? NlpModel.builtIn() : NlpModel.load(this.out);
      out.printf("model: %s (loaded in %.2f s)%n", this.out == null ? NlpModel.RESOURCE : this.out,
          (System.nanoTime() - t0) / 1e9);
    } else {
      if (this.out == null) {
        err.println("dyad train: give --out FILE for the model (or --score-only)");
        return 2;
      }
      long t0 = System.nanoTime();
      model = Training.train(ud, extra, new Training.Settings(taggerIterations, parserIterations, seed), err);
      model.write(this.out);
      out.printf("trained in %.0f s: %s; wrote %s (%,d bytes)%n", (System.nanoTime() - t0) / 1e9, model.describe(),
          this.out, Files.size(this.out));
    }
    out.println("dev:  " + Training.evaluate(model, Training.split(ud, "dev")));
    out.println("test: " + Training.evaluate(model, Training.split(ud, "test")));
    return 0;
  }
}
