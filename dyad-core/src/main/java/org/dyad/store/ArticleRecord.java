package org.dyad.store;

import java.time.LocalDate;

/**
 * One row of the articles table: every article read, coded or not.
 *
 * @param contentHash     SHA-256 of the raw text
 * @param id              the reader's id (file name, file:line, URL...)
 * @param source          the outlet (container metadata, else the URL's host), or null
 * @param url             where it was published, or null
 * @param title           the headline from its container, or null
 * @param articleDate     the dateline's date, else the container's, or null
 * @param dateBasis       how the date was found: dateline, given, none
 * @param nearDuplicateOf the content hash of the coded article this one copies; null when it was coded itself
 * @param similarity      estimated Jaccard similarity to that article (1 for an exact copy), or null
 * @param docLen          length of the raw text in characters
 */
public record ArticleRecord(String contentHash, String id, String source, String url, String title,
    LocalDate articleDate, String dateBasis, String nearDuplicateOf, Double similarity, int docLen) {

  public boolean isCopy() {
    return nearDuplicateOf != null;
  }

  /** The key under which the store remembers having read this article: re-reading it adds nothing. */
  public String readKey() {
    return readKey(contentHash, id);
  }

  public static String readKey(String contentHash, String id) {
    return contentHash + "\u0000" + id;
  }
}
