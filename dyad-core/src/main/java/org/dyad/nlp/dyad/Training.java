package org.dyad.nlp.dyad;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Trains dyad's tagger, lemmatiser and parser from a UD treebank directory (UD English EWT: files
 * ending in {@code -ud-train.conllu}, {@code -ud-dev.conllu}, {@code -ud-test.conllu}) and scores
 * them. Deterministic: the same data and settings give the same model file, byte for byte.
 */
public final class Training {
  /** Settings chosen on the dev set. */
  public record Settings(int taggerIterations, int parserIterations, long seed) {
    public static Settings defaults() {
      return new Settings(8, 12, 42);
    }
  }

  /** Tagging accuracy, lemma accuracy, unlabelled and labelled attachment, over all words (punctuation included). */
  public record Scores(int words, double tagAccuracy, double lemmaAccuracy, double uas, double las) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%,d words: tags %.2f%%, lemmas %.2f%%, UAS %.2f, LAS %.2f", words,
          tagAccuracy, lemmaAccuracy, uas, las);
    }
  }

  private Training() {}

  public static Path split(Path dir, String part) {
    try (var files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith("-ud-" + part + ".conllu")).sorted().findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no *-ud-" + part + ".conllu file in " + dir));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot list " + dir, e);
    }
  }

  public static NlpModel train(Path dir, Settings settings, PrintStream log) {
    return train(dir, List.of(), settings, log);
  }

  /**
   * @param extra more CoNLL-U files to learn from after the treebank's training set, e.g. news
   *              parsed by CoreNLP with {@code dyad parse --parser corenlp} (uptraining)
   */
  public static NlpModel train(Path dir, List<Path> extra, Settings settings, PrintStream log) {
    List<Treebank.Tree> train = new java.util.ArrayList<>(Treebank.read(split(dir, "train")));
    log.printf("training on %,d sentences of %s%n", train.size(), split(dir, "train"));
    for (Path p : extra) {
      List<Treebank.Tree> more = Treebank.read(p);
      log.printf("  and %,d sentences of %s%n", more.size(), p);
      train.addAll(more);
    }
    Tagger tagger = Tagger.train(train, settings.taggerIterations(), settings.seed(), log);
    Lemmatizer lemmatizer = Lemmatizer.train(train);
    List<String[]> tags = jackknifedTags(train, settings, log);
    ArcEagerParser parser = ArcEagerParser.train(train, tags, tagger, settings.parserIterations(), settings.seed(),
        log);
    return new NlpModel(tagger, lemmatizer, parser);
  }

  /**
   * Tags for the parser to learn from: each of {@link #FOLDS} parts of the training set tagged by a
   * tagger trained on the other parts, so the tags have the errors the parser will meet.
   */
  private static List<String[]> jackknifedTags(List<Treebank.Tree> train, Settings settings, PrintStream log) {
    String[][] out = new String[train.size()][];
    java.io.PrintStream quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
    for (int fold = 0; fold < FOLDS; fold++) {
      List<Treebank.Tree> rest = new java.util.ArrayList<>();
      for (int i = 0; i < train.size(); i++) {
        if (i % FOLDS != fold) {
          rest.add(train.get(i));
        }
      }
      Tagger t = Tagger.train(rest, settings.taggerIterations(), settings.seed() + fold, quiet);
      int right = 0;
      int all = 0;
      for (int i = fold; i < train.size(); i += FOLDS) {
        int[] ids = t.tag(Tagger.normalized(train.get(i).words()));
        out[i] = new String[ids.length];
        for (int j = 0; j < ids.length; j++) {
          out[i][j] = t.tagName(ids[j]);
          right += out[i][j].equals(train.get(i).tags()[j]) ? 1 : 0;
          all++;
        }
      }
      log.printf("  jack-knifed tags, part %d of %d: %.2f%% right%n", fold + 1, FOLDS, 100.0 * right / all);
    }
    return java.util.Arrays.asList(out);
  }

  static final int FOLDS = 4;

  /** Scores the model on gold trees with its own predicted tags. */
  public static Scores evaluate(NlpModel model, List<Treebank.Tree> gold) {
    return evaluate(model, gold, false);
  }

  /** Scores the model on gold trees, parsing with the gold tags when {@code goldTags}. */
  public static Scores evaluate(NlpModel model, List<Treebank.Tree> gold, boolean goldTags) {
    int words = 0;
    int tags = 0;
    int lemmas = 0;
    int heads = 0;
    int labelled = 0;
    for (Treebank.Tree t : gold) {
      NlpModel.Analysis tagged = model.tag(t.words());
      NlpModel.Analysis parsed = model.parse(t.words(), goldTags ? t.tags() : tagged.tags(), tagged.lemmas());
      for (int i = 0; i < t.size(); i++) {
        words++;
        tags += tagged.tags()[i].equals(t.tags()[i]) ? 1 : 0;
        lemmas += tagged.lemmas()[i].equalsIgnoreCase(t.lemmas()[i]) ? 1 : 0;
        if (parsed.heads()[i] == t.heads()[i]) {
          heads++;
          labelled += parsed.relations()[i].equals(t.labels()[i]) ? 1 : 0;
        }
      }
    }
    return new Scores(words, 100.0 * tags / words, 100.0 * lemmas / words, 100.0 * heads / words,
        100.0 * labelled / words);
  }

  public static Scores evaluate(NlpModel model, Path conllu) {
    return evaluate(model, Treebank.read(conllu));
  }
}
