package org.dyad.model;

/**
 * An actor found in a sentence.
 *
 * @param actor      the coded actor
 * @param firstToken index of the first token of the mention
 * @param endToken   index after the last token of the mention
 * @param start      offset of the mention in the raw article
 * @param end        offset after the mention in the raw article
 * @param text       the mention as written
 * @param entry      which dictionary entry (or learned name) matched, for provenance
 * @param learned    true when the code was learned from an earlier mention in the same article
 * @param person     true when the mention names a person (used to resolve "he"/"she")
 * @param found      how the actor was found, the typed counterpart of {@code entry}'s text: rules
 *                   (confidence, dropping anonymous statements) decide on this, never on the text
 */
public record ActorMention(
    Actor actor,
    int firstToken,
    int endToken,
    int start,
    int end,
    String text,
    String entry,
    boolean learned,
    boolean person,
    Found found) {

  /** How an actor was found; the entry's text says the same for people. */
  public enum Found {
    /** a dictionary phrase (with role nouns, a title or a name after it) */
    DICTIONARY,
    /** a name learned earlier in the article ("Lavrov" after "Foreign Minister Sergei Lavrov") */
    LEARNED,
    /** "he", "she": the last person named */
    PRONOUN,
    /** "his country", "her government" */
    POSSESSIVE,
    /** "the minister", "the regime": a definite description */
    DEFINITE,
    /** a name with its title in an apposition ("Ana Ruiz, the Spanish foreign minister") */
    APPOSITION,
    /** a bare title whose country came from an apposition or the sentence */
    TITLE_AND_COUNTRY,
    /** a role-only actor given the country of a place in its own phrase ("Darfur rebels") */
    INFERRED_FROM_PHRASE,
    /** a role-only actor given the only country its sentence names */
    INFERRED_FROM_SENTENCE,
    /** a role-only actor given the country the article is about */
    INFERRED_FROM_ARTICLE,
    /** a people given the country where they live ("ethnic Albanians in Serbia") */
    INFERRED_PEOPLE,
    /** the event's place standing in for its target */
    PLACE_OF_EVENT,
    /** an actor the event's context supplies (the source's own country, the place's authorities) */
    CONTEXT;

    /** True for the kinds whose country was inferred from outside the actor's own words. */
    public boolean inferred() {
      return this == INFERRED_FROM_PHRASE || this == INFERRED_FROM_SENTENCE || this == INFERRED_FROM_ARTICLE
          || this == INFERRED_PEOPLE;
    }
  }

  /** A mention found in a dictionary ({@link Found#DICTIONARY}). */
  public ActorMention(Actor actor, int firstToken, int endToken, int start, int end, String text, String entry,
      boolean learned, boolean person) {
    this(actor, firstToken, endToken, start, end, text, entry, learned, person, Found.DICTIONARY);
  }

  /** No actor: the target of a monadic event ("Iran said on Monday ..." has no one acted upon). */
  public static final ActorMention NONE = new ActorMention(new Actor("", ""), -1, -1, -1, -1, "", "", false, false);

  public boolean covers(int token) {
    return token >= firstToken && token < endToken;
  }

  /** True for {@link #NONE}. */
  public boolean isNone() {
    return actor.country().isEmpty() && actor.role().isEmpty() && firstToken < 0;
  }
}
