package org.dyad.dict.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Modality;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.PipelineConfig;
import org.junit.jupiter.api.Test;

/** Imported PETRARCH patterns coded on real parses (CoreNLP), with dictionaries and sentences written for dyad. */
class PetrarchCodingTest {
  private static final String ACTORS = "NORTHLAND [NTH]\nSOUTHMARSH [SMR]\nEASTWOOD [EWD]\n";
  private static final String AGENTS = "PRESIDENT [~GOV]\n";
  private static final String VERBS = """
      &TIES
      +TRADE
      +CULTURAL

      --- PRAISE [051] ---
      PRAISE
      - * &TIES_DEAL [057]
      - WILL NOT * [0512]
      - NEVER * [---]
      --- VISIT [042:043] ---
      VISIT
      --- MEET [040] ---
      MEET {MET}
      - % * [046]
      --- WARN [160] ---
      WARN
      - * ABOUT ^ + [162]
      """;

  private static final class Holder {
    static final Pipeline PIPELINE = create();

    static Pipeline create() {
      PetrarchDictionaries d = PetrarchDictionaries.fromText(ACTORS, AGENTS, VERBS, null);
      return Pipeline.create(PipelineConfig.defaults(), d.actors(), d.verbs(), d.codebook());
    }
  }

  private static List<String> code(String text) {
    List<Event> events = Holder.PIPELINE.code(new Article("t", text), Optional.of(LocalDate.of(2020, 5, 4))).events();
    assertThat(events).allMatch(e -> e.modality() == Modality.ASSERTED);
    return events.stream().map(e -> e.source().actor().code() + ">" + e.target().actor().code() + " " + e.code().code())
        .toList();
  }

  @Test
  void theBareVerbCodesTheGroupCode() {
    assertThat(code("Northland praised Southmarsh on Monday.")).containsExactly("NTH>SMR 051");
  }

  @Test
  void theMostSpecificMatchingPatternWinsAndSynsetsMatchTheirMembers() {
    assertThat(code("Northland praised the cultural deal with Southmarsh.")).containsExactly("NTH>SMR 057");
    assertThat(code("Northland praised the cultural exchange deal with Southmarsh."))
        .as("'_' joins: no word may stand between the synset and DEAL").containsExactly("NTH>SMR 051");
  }

  @Test
  void negationIsWhatThePatternSays() {
    assertThat(code("Northland will not praise Southmarsh.")).containsExactly("NTH>SMR 0512");
    assertThat(code("Northland never praised Southmarsh.")).as("[---] matches and codes nothing").isEmpty();
  }

  @Test
  void pairedCodesGiveTheReverseEventToo() {
    assertThat(code("The Northland president visited Southmarsh.")).containsExactly("NTHGOV>SMR 042", "SMR>NTHGOV 043");
  }

  @Test
  void passiveByPhraseIsTheSource() {
    assertThat(code("Southmarsh was praised by Northland.")).containsExactly("NTH>SMR 051");
  }

  @Test
  void irregularFormsComeFromTheBraces() {
    assertThat(PetrarchDictionaries.fromText(ACTORS, AGENTS, VERBS, null).report().counts())
        .containsEntry("verb patterns", 9);
  }

  @Test
  void aCompoundBeforeTheVerbActsMutually() {
    assertThat(code("Northland and Southmarsh met on Tuesday.")).containsExactlyInAnyOrder("NTH>SMR 046", "SMR>NTH 046");
  }

  @Test
  void skipPassesOverTheFirstActor() {
    assertThat(code("Northland warned Eastwood about Southmarsh.")).as("no actor left for '+': the pattern does not match")
        .containsExactly("NTH>EWD 160");
    assertThat(code("Northland warned about Eastwood and its ally Southmarsh.")).containsExactly("NTH>SMR 162");
  }
}
