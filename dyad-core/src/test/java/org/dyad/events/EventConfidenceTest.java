package org.dyad.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.model.Event;
import org.dyad.testing.Coded;
import org.junit.jupiter.api.Test;

class EventConfidenceTest {
  private static double confidence(String text, String code) {
    return Coded.events(text).stream().filter(e -> e.code().code().equals(code)).findFirst()
        .map(Event::confidence).orElseThrow(() -> new AssertionError("no " + code + " in " + Coded.describe(text)));
  }

  @Test
  void dictionaryActorsInAnAssertedSentenceAreSure() {
    assertThat(confidence("Iraq accused Kuwait of stealing oil.", "112")).isEqualTo(1.0);
  }

  @Test
  void weakerEvidenceLowersIt() {
    assertThat(confidence("Nigeria said Cameroon attacked Chad.", "190")).isEqualTo(0.9);
    assertThat(confidence("Armenia will strike Azerbaijan unless its troops withdraw.", "1384")).isEqualTo(0.9);
    assertThat(confidence("Rebels accused Kuwait of stealing oil.", "112")).isLessThan(0.9);
  }

  @Test
  void theFactorDependsOnHowTheActorWasFoundNotOnTheTextOfItsEntry() {
    java.util.function.BiFunction<String, org.dyad.model.ActorMention.Found, org.dyad.model.ActorMention> m =
        (entry, found) -> new org.dyad.model.ActorMention(new org.dyad.model.Actor("IRQ", "GOV"), 0, 1, 0, 4, "Iraq",
            entry, false, false, found);
    assertThat(EventConfidence.actor(m.apply("inferred IRQ from a misleading text", org.dyad.model.ActorMention.Found.DICTIONARY)))
        .isEqualTo(1.0);
    assertThat(EventConfidence.actor(m.apply("roles.tsv:3 officials", org.dyad.model.ActorMention.Found.INFERRED_FROM_SENTENCE)))
        .isEqualTo(0.85);
    assertThat(EventConfidence.actor(m.apply("x", org.dyad.model.ActorMention.Found.PLACE_OF_EVENT))).isEqualTo(0.75);
    assertThat(EventConfidence.actor(m.apply("x", org.dyad.model.ActorMention.Found.DEFINITE))).isEqualTo(0.8);
  }

  @Test
  void aRoleWhoseCountryWasInferredIsBetweenARoleAloneAndADictionaryActor() {
    assertThat(confidence("Officials in Basra accused Kuwait of stealing oil.", "112")).isEqualTo(0.85);
  }
}
