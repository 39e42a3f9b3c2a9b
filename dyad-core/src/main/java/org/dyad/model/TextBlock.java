package org.dyad.model;

/**
 * A run of article text that survived cleaning (usually a paragraph or line).
 *
 * @param text  the text, exactly as it appears in the raw article
 * @param start offset of {@code text} in {@link Article#text()}, so offsets survive cleaning
 */
public record TextBlock(String text, int start) {
  public int end() {
    return start + text.length();
  }
}
