package org.dyad.model;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param text  the token exactly as written in the article
 * @param word  the tokenizer's normalised form (quotes and brackets normalised), used by the parser
 * @param start offset of the first character in the raw article
 * @param end   offset after the last character in the raw article
 * @param pos   Penn Treebank part-of-speech tag, or "" before parsing
 * @param lemma the lemma, or "" before parsing
 */
public record Token(int index, String text, String word, int start, int end, String pos, String lemma) {

  public Token withTags(String pos, String lemma) {
    return new Token(index, text, word, start, end, pos, lemma);
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
