package org.dyad.nlp.dyad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.nlp.dyad.TreebankTest.row;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NlpModelTest {
  @TempDir
  Path dir;

  @Test
  void theBuiltInModelLoadsFromTheClasspath() {
    NlpModel m = NlpModel.builtIn();
    assertThat(m.tagger.tags).contains("NN", "NNP", "VBD", "VBN", "IN", "JJ");
    assertThat(m.parser.labels).contains("nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:tmod", "nmod", "nmod:poss",
        "compound", "compound:prt", "amod", "aux", "aux:pass", "xcomp", "ccomp", "conj", "case", "mark", "advcl",
        "acl", "acl:relcl", "det", "root");
    assertThat(NlpModel.builtIn()).isSameAs(m);
  }

  /** A treebank small enough to train on in a test: a few sentences written for it, in each split. */
  private Path treebank() throws Exception {
    Path ud = dir.resolve("ud");
    Files.createDirectories(ud);
    String s1 = row("1", "Rebels", "rebel", "NNS", "2", "nsubj", "_") + row("2", "attacked", "attack", "VBD", "0", "root", "_")
        + row("3", "the", "the", "DT", "4", "det", "_") + row("4", "town", "town", "NN", "2", "obj", "SpaceAfter=No")
        + row("5", ".", ".", ".", "2", "punct", "_") + "\n";
    String s2 = row("1", "The", "the", "DT", "2", "det", "_") + row("2", "army", "army", "NN", "3", "nsubj", "_")
        + row("3", "shelled", "shell", "VBD", "0", "root", "_") + row("4", "villages", "village", "NNS", "3", "obj", "_")
        + row("5", "near", "near", "IN", "6", "case", "_") + row("6", "Homs", "Homs", "NNP", "3", "obl", "SpaceAfter=No")
        + row("7", ".", ".", ".", "3", "punct", "_") + "\n";
    String s3 = row("1", "Talks", "talk", "NNS", "3", "nsubj:pass", "_") + row("2", "were", "be", "VBD", "3", "aux:pass", "_")
        + row("3", "held", "hold", "VBN", "0", "root", "_") + row("4", "in", "in", "IN", "5", "case", "_")
        + row("5", "Geneva", "Geneva", "NNP", "3", "obl", "SpaceAfter=No") + row("6", ".", ".", ".", "3", "punct", "_") + "\n";
    Files.writeString(ud.resolve("x-ud-train.conllu"), (s1 + s2 + s3).repeat(3));
    Files.writeString(ud.resolve("x-ud-dev.conllu"), s1 + s2);
    Files.writeString(ud.resolve("x-ud-test.conllu"), s3);
    return ud;
  }

  @Test
  void trainingIsDeterministicAndAModelReadsBackAsItWasWritten() throws Exception {
    Path ud = treebank();
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
    NlpModel a = Training.train(ud, new Training.Settings(3, 3, 7), quiet);
    NlpModel b = Training.train(ud, new Training.Settings(3, 3, 7), quiet);
    a.write(dir.resolve("a.model.gz"));
    b.write(dir.resolve("b.model.gz"));
    assertThat(Files.readAllBytes(dir.resolve("a.model.gz"))).isEqualTo(Files.readAllBytes(dir.resolve("b.model.gz")));

    NlpModel read = NlpModel.load(dir.resolve("a.model.gz"));
    String[] words = {"The", "army", "attacked", "the", "town", "."};
    NlpModel.Analysis x = a.tag(words);
    NlpModel.Analysis y = read.tag(words);
    assertThat(y.tags()).isEqualTo(x.tags());
    assertThat(read.parse(words, y.tags(), y.lemmas()).heads()).isEqualTo(a.parse(words, x.tags(), x.lemmas()).heads());
    // what it has seen it learns: the training sentences come back as written
    assertThat(Training.evaluate(read, Treebank.read(ud.resolve("x-ud-dev.conllu"))).uas()).isEqualTo(100.0);
  }

  @Test
  void lemmasComeFromTheTableAndFromSuffixRules() {
    Lemmatizer l = NlpModel.builtIn().lemmatizer;
    assertThat(l.lemma("went", "VBD")).isEqualTo("go");
    assertThat(l.lemma("Talks", "NNS")).isEqualTo("talk");
    assertThat(l.lemma("bombarded", "VBD")).isEqualTo("bombard");
    assertThat(l.lemma("Kurdistan", "NNP")).isEqualTo("Kurdistan");
  }
}
