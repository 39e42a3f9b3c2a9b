package org.dyad.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One coded event, as mentioned in one sentence of one article.
 *
 * @param article       the article id
 * @param articleDate   the article's date, when known
 * @param date          the event's own date, when known
 * @param datePrecision "day" when the sentence names the day, "story" when the article date was used
 * @param sentence      the sentence it came from
 * @param source        the acting actor
 * @param target        the actor acted upon
 * @param code          the CAMEO code with its derived figures
 * @param modality      asserted, reported, negated, hypothetical or future
 * @param trigger       the token that fired the rule (verb or noun)
 * @param rule          the dictionary entry that fired, as written in the dictionary
 * @param confidence    how sure the coder is, 0..1 (how specific the rule was, how direct the parse)
 * @param location      where it happened, once the geo stage has placed it
 * @param articleDateBasis how the article date was found: "dateline", "given" (container metadata),
 *                      "inferred: …" from dates in the text, or "none…" with the reason
 * @param reportedBy    who the text says reported it ("X said Y attacked Z": X; a quote's speaker, also
 *                      across sentences), {@link ActorMention#NONE} when asserted by the article itself
 *                      or when the speaker is not a coded actor
 */
public record Event(
    String article,
    Optional<LocalDate> articleDate,
    Optional<LocalDate> date,
    String datePrecision,
    Sentence sentence,
    ActorMention source,
    ActorMention target,
    CameoCode code,
    Modality modality,
    Token trigger,
    String rule,
    double confidence,
    Optional<Location> location,
    String articleDateBasis,
    ActorMention reportedBy) {

  public Event(String article, Optional<LocalDate> articleDate, Optional<LocalDate> date,
      String datePrecision, Sentence sentence, ActorMention source, ActorMention target,
      CameoCode code, Modality modality, Token trigger, String rule, double confidence,
      Optional<Location> location, String articleDateBasis) {
    this(article, articleDate, date, datePrecision, sentence, source, target, code, modality,
        trigger, rule, confidence, location, articleDateBasis, ActorMention.NONE);
  }

  public Event(String article, Optional<LocalDate> articleDate, Optional<LocalDate> date,
      String datePrecision, Sentence sentence, ActorMention source, ActorMention target,
      CameoCode code, Modality modality, Token trigger, String rule, double confidence,
      Optional<Location> location) {
    this(article, articleDate, date, datePrecision, sentence, source, target, code, modality,
        trigger, rule, confidence, location, articleDate.isPresent() ? "given" : "none");
  }

  /** An event as the coder finds it: full confidence, not yet placed. */
  public Event(String article, Optional<LocalDate> articleDate, Optional<LocalDate> date,
      String datePrecision, Sentence sentence, ActorMention source, ActorMention target,
      CameoCode code, Modality modality, Token trigger, String rule) {
    this(article, articleDate, date, datePrecision, sentence, source, target, code, modality,
        trigger, rule, 1.0, Optional.empty());
  }

  public Event withLocation(Location where) {
    return new Event(article, articleDate, date, datePrecision, sentence, source, target, code,
        modality, trigger, rule, confidence, Optional.of(where), articleDateBasis, reportedBy);
  }

  public Event withConfidence(double c) {
    return new Event(article, articleDate, date, datePrecision, sentence, source, target, code,
        modality, trigger, rule, c, location, articleDateBasis, reportedBy);
  }

  public Event withArticleDateBasis(String basis) {
    return new Event(article, articleDate, date, datePrecision, sentence, source, target, code,
        modality, trigger, rule, confidence, location, basis, reportedBy);
  }

  /** The same event, reported by {@code speaker} (modality reported). */
  public Event withReporter(ActorMention speaker) {
    return new Event(article, articleDate, date, datePrecision, sentence, source, target, code,
        Modality.REPORTED, trigger, rule, confidence, location, articleDateBasis, speaker);
  }
}
