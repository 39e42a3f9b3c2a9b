package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Bounds the work one sentence can cost. Tagging and parsing grow faster than the sentence's
 * length, so run-on text with no full stop (a 100 KB list, a page of table cells) would hold up
 * the whole run. A sentence of more than {@code maxTokens} tokens is split into pieces of at most
 * that many: after the last ';', ':' or ',' in the second half of the window, else at the cap.
 * Each piece is coded as a sentence of its own (offsets stay offsets into the raw text), so an
 * event whose words straddle a cut may be missed; real news sentences are far shorter.
 */
public final class SentenceCap {
  /** The default cap: the longest sentences of wire copy are about 80 tokens. */
  public static final int DEFAULT_MAX_TOKENS = 120;

  private final int maxTokens;

  public SentenceCap(int maxTokens) {
    if (maxTokens < 10) {
      throw new IllegalArgumentException("a sentence cap below 10 tokens would cut every sentence, was " + maxTokens);
    }
    this.maxTokens = maxTokens;
  }

  public int maxTokens() {
    return maxTokens;
  }

  /** The sentences with every long one split, numbered again from the first one's index. */
  public List<Sentence> apply(List<Sentence> sentences) {
    boolean any = false;
    for (Sentence s : sentences) {
      any |= s.tokens().size() > maxTokens;
    }
    if (!any) {
      return sentences;
    }
    List<Sentence> out = new ArrayList<>(sentences.size() + 16);
    int first = sentences.isEmpty() ? 0 : sentences.get(0).index();
    for (Sentence s : sentences) {
      for (Sentence piece : split(s)) {
        out.add(reindexed(piece, first + out.size()));
      }
    }
    return out;
  }

  private List<Sentence> split(Sentence s) {
    List<Token> tokens = s.tokens();
    if (tokens.size() <= maxTokens) {
      return List.of(s);
    }
    List<Sentence> pieces = new ArrayList<>();
    int from = 0;
    while (from < tokens.size()) {
      int to = Math.min(tokens.size(), from + maxTokens);
      if (to < tokens.size()) {
        for (int i = to - 1; i >= from + maxTokens / 2; i--) {
          String w = tokens.get(i).text();
          if (w.equals(";") || w.equals(":") || w.equals(",")) {
            to = i + 1;
            break;
          }
        }
      }
      pieces.add(piece(s, tokens.subList(from, to)));
      from = to;
    }
    return pieces;
  }

  private static Sentence piece(Sentence s, List<Token> part) {
    List<Token> tokens = new ArrayList<>(part.size());
    for (Token t : part) {
      tokens.add(new Token(tokens.size(), t.text(), t.word(), t.start(), t.end(), t.pos(), t.lemma()));
    }
    int from = part.get(0).start() - s.start();
    int to = part.get(part.size() - 1).end() - s.start();
    return new Sentence(s.index(), s.text().substring(from, to), part.get(0).start(), tokens, List.of());
  }

  private static Sentence reindexed(Sentence s, int index) {
    return s.index() == index ? s : new Sentence(index, s.text(), s.start(), s.tokens(), s.dependencies());
  }
}
