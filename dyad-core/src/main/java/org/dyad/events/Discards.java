package org.dyad.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Phrases that mark a sentence as no political event (sport, mostly: "Brazil beat Argentina 2-1
 * in the World Cup final"), from {@code discards.txt}. Read-only; safe to share.
 */
public final class Discards {
  private final List<List<String>> phrases;

  private Discards(List<List<String>> phrases) {
    this.phrases = List.copyOf(phrases);
  }

  public static Discards builtIn() {
    InputStream in = Discards.class.getResourceAsStream("/org/dyad/events/discards.txt");
    if (in == null) {
      throw new IllegalStateException("built-in discards.txt is missing from the classpath");
    }
    List<List<String>> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String p = line.strip().toLowerCase(Locale.ROOT);
        if (!p.isEmpty() && !p.startsWith("#")) {
          out.add(Arrays.asList(p.split("\\s+")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("discards.txt: cannot read", e);
    }
    return new Discards(out);
  }

  /** A discards list with nothing in it. */
  public static final Discards NONE = new Discards(List.of());

  /** The phrase that discards the sentence, or null. */
  public String phraseIn(Sentence s) {
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      for (List<String> p : phrases) {
        if (matchesAt(p, tokens, i)) {
          return String.join(" ", p);
        }
      }
    }
    return null;
  }

  private static boolean matchesAt(List<String> phrase, List<Token> tokens, int i) {
    if (i + phrase.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < phrase.size(); k++) {
      if (!tokens.get(i + k).text().toLowerCase(Locale.ROOT).equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }
}
