package org.dyad.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * One phrase of an actor dictionary and what it means.
 *
 * @param kind    what sort of phrase it is
 * @param words   the phrase, as tokens
 * @param country the country/organisation code it stands for, "" for role nouns
 * @param role    the role code it carries (GOV for capitals, MIL for "army"), or ""
 * @param home    an organisation's home country (organisations.tsv's {@code home} column), or ""
 * @param from    first day the entry holds (people's offices), or null for always
 * @param to      last day the entry holds, or null for still
 * @param source  file and line the entry came from, reported with every coded actor
 */
public record Entry(Kind kind, List<String> words, String country, String role, String home,
    LocalDate from, LocalDate to, String source) {

  public enum Kind { COUNTRY, DEMONYM, CAPITAL, ORGANISATION, ROLE, PERSON }

  public boolean holdsOn(LocalDate date) {
    return date == null || (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  public String phrase() {
    return String.join(" ", words);
  }
}
