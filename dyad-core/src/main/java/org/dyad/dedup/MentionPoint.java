package org.dyad.dedup;

import java.time.LocalDate;

/**
 * What event merging needs to know about one mention.
 *
 * @param mentionId   the mention's stable id
 * @param articleHash the content hash of the coded article it is in
 * @param date        the event date the mention resolved, or null
 * @param country     the country of its place (ISO alpha-3), or null when it was not placed
 * @param admin1      the first-level division of its place, or null
 */
public record MentionPoint(long mentionId, String articleHash, LocalDate date, String country, String admin1) {
  boolean placeCompatible(MentionPoint other) {
    if (country == null || other.country == null) {
      return true;
    }
    return country.equals(other.country)
        && (admin1 == null || other.admin1 == null || admin1.equals(other.admin1));
  }
}
