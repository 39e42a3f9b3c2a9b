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
  void aPatternReadsTriggerConstraintsAndTargetsIntoTypes() {
    VerbPattern p = VerbDictionary.parse("190 launch obj:offensive|raid -> against|in", "x:1", codebook);
    assertThat(p.lemma()).isEqualTo("launch");
    assertThat(p.noun()).isFalse();
    assertThat(p.constraints()).singleElement().isInstanceOfSatisfying(VerbPattern.DirectObject.class,
        c -> assertThat(c.lemmas().words()).containsExactlyInAnyOrder("offensive", "raid"));
    assertThat(p.targets()).containsExactly(new VerbPattern.Behind("against"), new VerbPattern.Behind("in"));
    VerbPattern call = VerbDictionary.parse("041 call/n mod:phone -> with|clause|mutual|-", "x:2", codebook);
    assertThat(call.noun()).isTrue();
    assertThat(call.constraints().get(0)).isInstanceOf(VerbPattern.Modifier.class);
    assertThat(call.targets()).containsExactly(new VerbPattern.Behind("with"), VerbPattern.Role.CLAUSE,
        VerbPattern.Role.MUTUAL, VerbPattern.Role.NONE);
    assertThat(VerbDictionary.parse("041 talk by+phone -> with", "x:3", codebook).constraints().get(0))
        .isEqualTo(new VerbPattern.Prepositional("by", new VerbPattern.Lemmas(java.util.Set.of("phone"), "phone")));
  }

  @Test
  void everyPatternPrintsItselfBackInTheDictionarysSyntax() {
    for (String line : new String[] {"190 launch obj:offensive|raid -> against|in", "041 call/n mod:&phone -> with|to",
        "161 break prt:off obj:&relations -> with", "010 say caux:must|should -> clause|-",
        "0356 agree to+&ceasefire -> with|mutual", "030 pledge -> to|clause|purpose|iobj"}) {
      VerbPattern p = VerbDictionary.parse(line, "x:1", codebook);
      assertThat(p.syntax()).isEqualTo(line);
      assertThat(VerbDictionary.parse(p.syntax(), "x:2", codebook)).usingRecursiveComparison().ignoringFields("text")
          .isEqualTo(p);
    }
  }

  @Test
  void theBuiltInPatternsRoundTrip() throws Exception {
    try (var in = VerbDictionary.class.getResourceAsStream("/org/dyad/events/verbs.txt")) {
      String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
      int n = 0;
      for (int i = 0; i < lines.length; i++) {
        String body = lines[i].replaceFirst("#.*", "").strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        if (body.isEmpty()) {
          continue;
        }
        VerbPattern p = VerbDictionary.parse(body, "verbs.txt:" + (i + 1), codebook);
        assertThat(p.syntax()).as("verbs.txt:" + (i + 1)).isEqualTo(body.replaceAll(" ?\\| ?", "|"));
        n++;
      }
      assertThat(n).isEqualTo(VerbDictionary.builtIn().size());
    }
  }

  @Test
  void mistakesAreReportedWithFileLineAndValue() {
    assertThatThrownBy(() -> VerbDictionary.parse("999 attack -> obj", "verbs.txt:7", codebook))
        .isInstanceOf(DictionaryException.class).hasMessageContaining("verbs.txt:7").hasMessageContaining("999");
    assertThatThrownBy(() -> VerbDictionary.parse("190 attack obj", "verbs.txt:8", codebook))
        .hasMessageContaining("verbs.txt:8").hasMessageContaining("->");
    assertThatThrownBy(() -> VerbDictionary.parse("190 attack via:x -> obj", "verbs.txt:9", codebook))
        .hasMessageContaining("unknown constraint 'via'");
    assertThatThrownBy(() -> VerbDictionary.parse("112 accuse -> obj|caluse", "verbs.txt:10", codebook))
        .isInstanceOf(DictionaryException.class).hasMessageContaining("verbs.txt:10")
        .hasMessageContaining("unknown target slot 'caluse'");
    assertThatThrownBy(() -> VerbDictionary.parse("041 talk bye+phone -> with", "verbs.txt:11", codebook))
        .hasMessageContaining("verbs.txt:11").hasMessageContaining("unknown preposition 'bye'");
    assertThatThrownBy(() -> VerbDictionary.parse("041 talk obj: -> with", "verbs.txt:12", codebook))
        .hasMessageContaining("verbs.txt:12").hasMessageContaining("no lemma");
  }

  @Test
  void aLemmaListMayNameWordClassesOfTheLexicon() throws Exception {
    VerbPattern p = VerbDictionary.parse("164 suspend obj:&talks|contact -> with", "x:1", codebook);
    assertThat(p.constraints().get(0).lemmas().words()).contains("talk", "negotiation", "contact");
    assertThatThrownBy(() -> VerbDictionary.parse("164 suspend obj:&tlaks -> with", "verbs.txt:12", codebook))
        .isInstanceOf(DictionaryException.class).hasMessageContaining("verbs.txt:12").hasMessageContaining("&tlaks");
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("lexicon");
    java.nio.file.Files.writeString(dir.resolve("talks.txt"), "&talks\nparley\n");
    VerbPattern extended = VerbDictionary.parse("164 suspend obj:&talks -> with", "x:2", codebook,
        org.dyad.lexicon.Lexicon.withDirectory(dir));
    assertThat(extended.constraints().get(0).lemmas().words()).contains("parley", "talk");
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
