package org.dyad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dyad.dict.DictionaryException;
import org.junit.jupiter.api.Test;

class VerbDictionaryTest {
  private final CameoCodebook codebook = CameoCodebook.builtIn();

  @Test
  void theCodebookHasEveryCameoCodeWithItsFigures() {
    assertThat(codebook.size()).isEqualTo(311);
    assertThat(codebook.lookup("041")).get().satisfies(c -> {
      assertThat(c.root()).isEqualTo("04");
      assertThat(c.quadClass()).isEqualTo(1);
      assertThat(c.goldstein()).isEqualTo(1.0);
    });
    assertThat(codebook.lookup("190").orElseThrow().quadClass()).isEqualTo(4);
  }

  @Test
  void aPatternReadsTriggerConstraintsAndTargets() {
    VerbPattern p = VerbDictionary.parse("190 launch obj:offensive|raid -> against|in", "x:1", codebook);
    assertThat(p.lemma()).isEqualTo("launch");
    assertThat(p.noun()).isFalse();
    assertThat(p.constraints()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo("obj");
      assertThat(c.lemmas()).containsExactlyInAnyOrder("offensive", "raid");
    });
    assertThat(p.targets()).containsExactly("against", "in");
    assertThat(VerbDictionary.parse("041 call/n mod:phone -> with", "x:2", codebook).noun()).isTrue();
  }

  @Test
  void mistakesAreReportedWithFileAndLine() {
    assertThatThrownBy(() -> VerbDictionary.parse("999 attack -> obj", "verbs.txt:7", codebook))
        .isInstanceOf(DictionaryException.class).hasMessageContaining("verbs.txt:7").hasMessageContaining("999");
    assertThatThrownBy(() -> VerbDictionary.parse("190 attack obj", "verbs.txt:8", codebook))
        .hasMessageContaining("verbs.txt:8").hasMessageContaining("->");
    assertThatThrownBy(() -> VerbDictionary.parse("190 attack via:x -> obj", "verbs.txt:9", codebook))
        .hasMessageContaining("unknown constraint 'via'");
  }

  @Test
  void aLemmaListMayNameWordClassesOfTheLexicon() throws Exception {
    VerbPattern p = VerbDictionary.parse("164 suspend obj:&talks|contact -> with", "x:1", codebook);
    assertThat(p.constraints().get(0).lemmas()).contains("talk", "negotiation", "contact");
    assertThatThrownBy(() -> VerbDictionary.parse("164 suspend obj:&tlaks -> with", "verbs.txt:12", codebook))
        .isInstanceOf(DictionaryException.class).hasMessageContaining("verbs.txt:12").hasMessageContaining("&tlaks");
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("lexicon");
    java.nio.file.Files.writeString(dir.resolve("talks.txt"), "&talks\nparley\n");
    VerbPattern extended = VerbDictionary.parse("164 suspend obj:&talks -> with", "x:2", codebook,
        org.dyad.lexicon.Lexicon.withDirectory(dir));
    assertThat(extended.constraints().get(0).lemmas()).contains("parley", "talk");
  }

  @Test
  void theBuiltInDictionaryLoadsAndCoversTheFoundationRoots() {
    VerbDictionary d = VerbDictionary.builtIn();
    assertThat(d.size()).isGreaterThan(80);
    for (String lemma : new String[] {"appeal", "meet", "criticize", "accuse", "reject", "threaten", "attack"}) {
      assertThat(d.verb(lemma)).as(lemma).isNotEmpty();
    }
  }
}
