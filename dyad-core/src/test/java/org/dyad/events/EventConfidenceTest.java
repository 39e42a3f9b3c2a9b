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
  void aRoleWhoseCountryWasInferredIsBetweenARoleAloneAndADictionaryActor() {
    assertThat(confidence("Officials in Basra accused Kuwait of stealing oil.", "112")).isEqualTo(0.85);
  }
}
