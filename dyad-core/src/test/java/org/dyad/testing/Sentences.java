package org.dyad.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/** Builds unparsed sentences for tests without loading CoreNLP: a simple regex tokenizer. */
public final class Sentences {
  private static final Pattern TOKEN = Pattern.compile("['’]s\\b|[\\p{L}\\p{N}]+(?:[-.][\\p{L}\\p{N}]+)*\\.?|\\S");

  private Sentences() {}

  public static Sentence of(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String w = m.group();
      if (w.endsWith(".") && w.length() > 1 && !w.matches("(\\p{L}\\.)+")) { // sentence-final period
        tokens.add(new Token(tokens.size(), w.substring(0, w.length() - 1), w.substring(0, w.length() - 1),
            m.start(), m.end() - 1, "", ""));
        tokens.add(new Token(tokens.size(), ".", ".", m.end() - 1, m.end(), "", ""));
      } else {
        tokens.add(new Token(tokens.size(), w, w, m.start(), m.end(), "", ""));
      }
    }
    return new Sentence(0, text, 0, tokens, List.of());
  }
}
