package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.TextBlock;
import org.dyad.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** dyad's own tagger and parser on sentences written for this test, through the pipeline's interfaces. */
class DyadParserTest {
  private static SentenceSplitter splitter;
  private static DyadParser parser;

  @BeforeAll
  static void load() {
    splitter = Backend.DYAD.splitter();
    parser = new DyadParser();
  }

  private static Sentence parse(String text) {
    List<Sentence> s = splitter.split(new TextBlock(text, 0), 0);
    assertThat(s).hasSize(1);
    return parser.parse(s.get(0));
  }

  private static int at(Sentence s, String word) {
    for (Token t : s.tokens()) {
      if (t.text().equals(word)) {
        return t.index();
      }
    }
    throw new AssertionError(word + " not in " + s.text());
  }

  /** The relation from {@code head} to {@code dep}, or null when {@code dep} hangs elsewhere. */
  private static String relation(Sentence s, String head, String dep) {
    int h = at(s, head);
    int d = at(s, dep);
    for (Dependency x : s.dependencies()) {
      if (x.dep() == d) {
        return x.head() == h ? x.relation() : null;
      }
    }
    return null;
  }

  @Test
  void aSimpleClauseHasItsSubjectObjectAndPlace() {
    Sentence s = parse("Armed militants attacked a police station in the northern city on Sunday.");
    assertThat(relation(s, "attacked", "militants")).isEqualTo("nsubj");
    assertThat(relation(s, "attacked", "station")).isEqualTo("obj");
    assertThat(relation(s, "militants", "Armed")).isEqualTo("amod");
    assertThat(relation(s, "station", "police")).isEqualTo("compound");
    assertThat(relation(s, "city", "in")).isEqualTo("case");
    assertThat(relation(s, "attacked", "Sunday")).startsWith("obl");
  }

  @Test
  void everyTokenHasOneHeadAndThereIsOneRoot() {
    Sentence s = parse("The minister said on Tuesday that the two governments would resume talks next month.");
    assertThat(s.dependencies()).hasSize(s.tokens().size());
    assertThat(s.dependencies()).filteredOn(d -> d.head() < 0).hasSize(1)
        .first().extracting(Dependency::relation).isEqualTo("root");
    assertThat(s.dependencies().stream().map(Dependency::dep).distinct().count()).isEqualTo(s.tokens().size());
    assertThat(relation(s, "said", "resume")).isEqualTo("ccomp");
    assertThat(relation(s, "said", "minister")).isEqualTo("nsubj");
  }

  @Test
  void aPassiveSubjectAndItsAuxiliary() {
    Sentence s = parse("Two soldiers were killed by a roadside bomb.");
    assertThat(relation(s, "killed", "soldiers")).isEqualTo("nsubj:pass");
    assertThat(relation(s, "killed", "were")).isEqualTo("aux:pass");
    assertThat(relation(s, "killed", "bomb")).startsWith("obl");
  }

  @Test
  void tagsAndLemmasAreTheOnesThePatternsRead() {
    Sentence s = parser.tag(splitter.split(new TextBlock("The envoys met rebel leaders and promised more aid.", 0), 0).get(0));
    Token met = s.tokens().get(at(s, "met"));
    assertThat(met.pos()).isEqualTo("VBD");
    assertThat(met.lemma()).isEqualTo("meet");
    Token promised = s.tokens().get(at(s, "promised"));
    assertThat(promised.lemma()).isEqualTo("promise");
    Token leaders = s.tokens().get(at(s, "leaders"));
    assertThat(leaders.pos()).isEqualTo("NNS");
    assertThat(leaders.lemma()).isEqualTo("leader");
    assertThat(s.dependencies()).isEmpty();
  }

  @Test
  void aHyphenatedParticipleModifiesItsNoun() {
    Sentence s = parse("Government troops shelled Saudi-backed fighters near the border.");
    Token backed = s.tokens().get(at(s, "Saudi-backed"));
    assertThat(backed.pos()).isEqualTo("JJ");
    assertThat(relation(s, "fighters", "Saudi-backed")).isEqualTo("amod");
    assertThat(relation(s, "shelled", "fighters")).isEqualTo("obj");
  }

  @Test
  void aDatelineIsLeftOutOfTheTree() {
    Sentence s = parse("KABUL, May 2 (Reuters) - Gunmen kidnapped two aid workers.");
    int gunmen = at(s, "Gunmen");
    assertThat(s.dependencies()).allMatch(d -> d.dep() >= gunmen && (d.head() < 0 || d.head() >= gunmen));
    assertThat(relation(s, "kidnapped", "Gunmen")).isEqualTo("nsubj");
  }

  @Test
  void offsetsAndTokensAreKept() {
    Sentence in = splitter.split(new TextBlock("Police arrested three men.", 40), 3).get(0);
    Sentence out = parser.parse(in);
    assertThat(out.index()).isEqualTo(3);
    assertThat(out.start()).isEqualTo(40);
    assertThat(out.tokens()).extracting(Token::start).isEqualTo(in.tokens().stream().map(Token::start).toList());
  }
}
