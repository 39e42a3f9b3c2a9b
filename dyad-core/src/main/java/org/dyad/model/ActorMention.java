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
    boolean person) {

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
