package org.dyad.events;

import java.util.Locale;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Whether a tagged sentence holds any word that a pattern of the dictionary could fire on (a verb
 * or noun lemma, or an imported pattern's word form). A sentence with none cannot yield an event,
 * so it is not parsed: on AG News 44 % of the sentences with two actors have no trigger, and the
 * parse is nearly all of the run time. The test is by lemma whatever the part of speech, so a
 * tagging error can only let a sentence through, never hold one back.
 */
public final class TriggerFilter {
  /** Lets every sentence through (for pipelines built without a verb dictionary). */
  public static final TriggerFilter NONE = new TriggerFilter(null);

  private final VerbDictionary verbs;

  public TriggerFilter(VerbDictionary verbs) {
    this.verbs = verbs;
  }

  public boolean mayFire(Sentence tagged) {
    if (verbs == null) {
      return true;
    }
    for (Token t : tagged.tokens()) {
      String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
      if (!verbs.verb(lemma).isEmpty() || !verbs.noun(lemma).isEmpty()
          || !verbs.form(t.text().toLowerCase(Locale.ROOT)).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
