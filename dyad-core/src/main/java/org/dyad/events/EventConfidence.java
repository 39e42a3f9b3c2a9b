package org.dyad.events;

import org.dyad.model.ActorMention;
import org.dyad.model.Event;
import org.dyad.model.Modality;

/**
 * How sure dyad is of an event, 0..1: the product of one factor per piece of evidence that is
 * weaker than a dictionary match in a plainly asserted sentence. The factors are few and written
 * here so users can read them (and filter on the result):
 * <ul>
 *   <li>an actor learned earlier in the article (a titled name used again) 0.95; a pronoun or
 *       "his country" 0.85; a title or apposition that gave the country 0.85; a definite
 *       description ("the regime") 0.8; a role without a country ("officials", {@code ---GOV}) 0.8,
 *       and 0.85 when its country was inferred from its place, sentence or article;
 *       the event's place standing in for its target 0.75; an unknown doer (agentless passive)
 *       0.8;</li>
 *   <li>reported by someone in the text 0.9; an announcement or condition recoded as intent or
 *       threat 0.9.</li>
 * </ul>
 */
public final class EventConfidence {
  private EventConfidence() {}

  public static double of(Event e) {
    double c = actor(e.source()) * (e.target().isNone() ? 1.0 : actor(e.target()));
    // (a monadic event's missing target is no doubt about it; an unknown doer is)
    if (e.modality() == Modality.REPORTED) {
      c *= 0.9;
    }
    if (e.rule().contains(" as intent: ")) {
      c *= 0.9;
    }
    return Math.round(c * 100) / 100.0;
  }

  static double actor(ActorMention m) {
    if (m.isNone()) {
      return 0.8; // the doer of an agentless passive is not known
    }
    if (m.found() == ActorMention.Found.PLACE_OF_EVENT) {
      return 0.75;
    }
    if (m.actor().country().startsWith("-")) {
      return 0.8;
    }
    if (m.found().inferred()) {
      return 0.85; // a role whose country came from its place, its sentence or its article
    }
    return switch (m.found()) {
      case DEFINITE -> 0.8;
      case PRONOUN, POSSESSIVE, APPOSITION, TITLE_AND_COUNTRY -> 0.85;
      default -> m.learned() ? 0.95 : 1.0;
    };
  }
}
