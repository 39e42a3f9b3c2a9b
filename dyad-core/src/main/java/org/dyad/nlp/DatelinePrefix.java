package org.dyad.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * A wire-service dateline at the start of an article's first sentences: "BAGHDAD, April 9 (Xinhua)
 * --", "TOWER, Minn. (AP) --", "(Reuters) -", "CUTTACK:". It is not part of the sentence's grammar
 * (parsed with it, "BAGHDAD" becomes a subject) nor an actor (the capital is where the story was
 * filed, not the government acting), so the parser and the actor tagger start after it. The
 * sentence keeps its text and offsets; geo still reads the dateline's place from it.
 *
 * <p>Only upper-case place names count (or an agency alone in brackets), so a headline such as
 * "Russia: No Plan for Joint Operations" is left alone.
 */
public final class DatelinePrefix {
  private static final String MONTH =
      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
  /** One upper-case word of 3+ letters, or several ("LA PAZ"): a lone "UN" or "US" is not a dateline. */
  private static final String PLACE = "(?:[A-Z][A-Z.'-]{2,}|[A-Z]{2}(?=[ -][A-Z]))(?:[ -][A-Z][A-Z.'-]+){0,3}";
  private static final String REGION = "(?:, (?:[A-Z][a-z]+\\.?(?: [A-Z][a-z]+\\.?)?|[A-Z]\\.[A-Z]\\.))?";
  private static final Pattern DATELINE = Pattern.compile("^(?:" + PLACE + REGION
      + "(?:,? " + MONTH + " \\d{1,2}(?:, \\d{4})?)?\\s*(?:\\([A-Za-z ]{2,25}\\))?\\s*(?:--|—|–|-|:)"
      + "|\\([A-Z][A-Za-z ]{1,25}\\)\\s*(?:--|—|–|-))\\s+(?=\\S)");
  /** Datelines open an article; later sentences are not searched. */
  private static final int FIRST_SENTENCES = 2;

  private DatelinePrefix() {}

  /** Characters of a leading dateline in {@code text}, or 0. */
  public static int length(String text) {
    Matcher m = DATELINE.matcher(text);
    return m.find() ? m.end() : 0;
  }

  /** How many of the sentence's leading tokens are a dateline (0 when it has none, or is not an opening sentence). */
  public static int tokens(Sentence s) {
    if (s.index() >= FIRST_SENTENCES) {
      return 0;
    }
    int chars = length(s.text());
    if (chars == 0) {
      return 0;
    }
    int end = s.start() + chars;
    int k = 0;
    for (Token t : s.tokens()) {
      if (t.start() >= end) {
        break;
      }
      k++;
    }
    return k < s.tokens().size() ? k : 0; // a sentence that is all dateline is left as it is
  }
}
