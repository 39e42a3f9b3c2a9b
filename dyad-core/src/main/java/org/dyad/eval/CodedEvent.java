package org.dyad.eval;

import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.Modality;

/**
 * What the scorer needs of a coded event: small enough to build by hand in tests.
 *
 * @param source     the source actor
 * @param target     the target actor
 * @param code       the CAMEO code
 * @param modality   how the text commits to the event
 * @param rule       the dictionary entry that fired
 * @param trigger    the trigger word as written
 * @param sourceText the source mention as written
 * @param targetText the target mention as written
 */
public record CodedEvent(Actor source, Actor target, String code, Modality modality, String rule, String trigger,
    String sourceText, String targetText) {

  public static CodedEvent of(Event e) {
    return new CodedEvent(e.source().actor(), e.target().actor(), e.code().code(), e.modality(), e.rule(),
        e.trigger().text(), e.source().text(), e.target().text());
  }

  /** A hand-made asserted event, for tests and tools. */
  public static CodedEvent of(String source, String target, String code) {
    return new CodedEvent(actor(source), actor(target), code, Modality.ASSERTED, "test", "", source, target);
  }

  /** "USAGOV" → USA + GOV; codes of 3 letters or fewer are a country alone, "IGOUNO" stays whole. */
  static Actor actor(String code) {
    if (code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("IMG") || code.length() <= 3) {
      return new Actor(code, "");
    }
    return new Actor(code.substring(0, 3), code.substring(3));
  }
}
