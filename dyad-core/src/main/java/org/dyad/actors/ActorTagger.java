package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Stage 4, actors: finds the actors of a sentence from its tokens alone (no parse needed, so it
 * also decides which sentences are worth parsing).
 *
 * <p>A mention is built left to right: a country word (name, demonym, capital) or organisation,
 * an optional possessive, a chain of role nouns ("Foreign Ministry spokeswoman"), and, after a
 * role, a person's name, which is then learned for the rest of the article. Known people are
 * coded by their office on the article's date; "he"/"she" take the last person mentioned.
 * Stateless apart from the {@link ArticleMemory} passed in; safe to share between threads.
 */
public final class ActorTagger {
  /** Words that may stand between a country and its role noun without changing the role. */
  static final Set<String> MODIFIERS = Set.of("top", "senior", "deputy", "first", "acting",
      "chief", "elite", "local", "own", "new", "former", "then", "main", "state-run", "official", "junior",
      "outgoing", "incoming", "interim", "caretaker", "visiting", "exiled");
  private static final Set<String> NAMED_THINGS = Set.of("process", "talks", "format", "agreement", "agreements",
      "accord", "accords", "summit", "meeting", "conference", "protocol", "declaration", "peace", "negotiations",
      "processes", "formats", "summits", "meetings");
  /** The country part of an actor known only by its role ("police" → "---COP"), PETRARCH's convention. */
  public static final String NO_COUNTRY = "---";
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him");
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her");
  static final Set<String> NOT_NAMES = Set.of("On", "In", "The", "A", "And", "But", "Monday", "Tuesday",
      "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
      "June", "July", "August", "September", "October", "November", "December");

  /**
   * Longest phrase first; among a person's offices that all hold (an undated article), the most
   * recent one, as news is mostly about the present.
   */
  private static final java.util.Comparator<Entry> LONGEST_THEN_LATEST_OFFICE =
      java.util.Comparator.comparingInt((Entry e) -> -e.words().size())
          .thenComparing(e -> e.from() == null ? LocalDate.MIN : e.from(), java.util.Comparator.reverseOrder());

  private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside", "inside", "via",
      "across", "around", "into");

  private final ActorDictionary dictionary;
  private final References references;
  private final RoleCountries roleCountries;
  private final EthnicGroups ethnicGroups;
  private final ModifierMerger modifiers;

  /** A tagger that knows places only from the actor dictionaries' countries and capitals. */
  public ActorTagger(ActorDictionary dictionary) {
    this(dictionary, PlaceCountries.NONE);
  }

  /**
   * @param places where place names lie, to give actors known only by their role the country of
   *               their place ("Darfur rebels"; see {@link RoleCountries})
   */
  public ActorTagger(ActorDictionary dictionary, PlaceCountries places) {
    this.dictionary = dictionary;
    this.references = new References(dictionary, this);
    this.roleCountries = new RoleCountries(dictionary, places, this);
    this.ethnicGroups = new EthnicGroups(dictionary, roleCountries);
    this.modifiers = new ModifierMerger(dictionary);
  }

  /**
   * @param date the date to code people's offices on (the article date), or null when unknown
   */
  public List<ActorMention> tag(Sentence sentence, ArticleMemory memory, LocalDate date) {
    List<Token> tokens = sentence.tokens();
    List<ActorMention> found = new ArrayList<>();
    int i = org.dyad.nlp.DatelinePrefix.tokens(sentence); // "BAGHDAD, April 9 (Xinhua) --" is where, not who
    while (i < tokens.size()) {
      Optional<ActorMention> m = mentionAt(sentence, i, memory, date, found);
      if (m.isPresent()) {
        found.add(m.get());
        if (m.get().person()) {
          memory.sawPerson(m.get());
        }
        if (isNational(m.get().actor())) {
          memory.sawCountryActor(m.get().actor());
        }
        i = m.get().endToken();
      } else {
        boolean afterActor = continuesMention(tokens, found, i);
        Optional<ActorMention> g = afterActor ? Optional.empty() : genericRole(sentence, i, memory);
        if (g.isPresent()) {
          found.add(g.get());
          i = g.get().endToken();
        } else {
          i++;
        }
      }
    }
    // peoples and states, then phrases the role chain cut short, then countries of role-only actors
    List<ActorMention> resolved = ethnicGroups.resolve(sentence, found);
    if (resolved.stream().anyMatch(RoleCountries::roleOnly)) {
      resolved = roleCountries.resolve(sentence, modifiers.merge(sentence, resolved), memory);
    }
    return resolved;
  }

  /**
   * "Iran's religious leader Ayatollah X": a role noun after an actor's possessive (with at most
   * one word between) belongs to that actor's phrase, which the event stage finds through the
   * parse; it is not another, country-less actor.
   */
  private static boolean continuesMention(List<Token> tokens, List<ActorMention> found, int i) {
    if (found.isEmpty()) {
      return false;
    }
    int from = found.get(found.size() - 1).endToken();
    return from < i && i - from <= 2 && isPossessive(tokens.get(from));
  }

  /**
   * A role noun standing alone ("Police arrested protesters", "officials said", "gunmen
   * attacked"): an actor with a role and no country, coded "---" + role as PETRARCH does
   * ("---COP"). Any role noun followed by "in"/"of"/"from" and a country takes that country
   * ("police in Guinea", "the president of Equatorial Guinea").
   * Only collective nouns and unnamed office holders qualify (roles.tsv's "alone" column); titles that
   * normally precede a name ("president", "minister") are left to the reference rules, and words
   * that are mostly adjectives before a noun ("official contacts", "military aid", "opposition
   * candidates") are left out, as the tagger runs before the parse and cannot tell.
   */
  private Optional<ActorMention> genericRole(Sentence s, int i, ArticleMemory memory) {
    List<Token> tokens = s.tokens();
    Entry best = null;
    for (Entry r : dictionary.roles().matchesAt(tokens, i)) {
      if (best == null || r.words().size() > best.words().size()) {
        best = r;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int titleEnd = i + best.words().size();
    int nameEnd = nameEnd(tokens, titleEnd);
    if (nameEnd > titleEnd && memory.lookup(tokens.get(titleEnd).text()).isEmpty()
        && dictionary.actors().matchesAt(tokens, titleEnd).isEmpty()) { // a known person is coded by the dictionary
      // "activist Joshua Wong", "mayor Ana Ruiz": a lower-case title before a name, no country
      Actor actor = new Actor(NO_COUNTRY, best.role());
      memory.learn(tokens.subList(titleEnd, nameEnd).stream().map(Token::text).toList(), actor, s.span(i, nameEnd));
      return Optional.of(mention(s, i, nameEnd, actor, best.source() + " " + best.phrase() + " + name, no country",
          false, true));
    }
    if (i > 0 && Set.of("its", "their", "our", "his", "her", "my", "your")
        .contains(tokens.get(i - 1).text().toLowerCase(java.util.Locale.ROOT))) {
      return Optional.empty(); // "unless its troops withdraw": someone's troops, not unknown ones
    }
    int end = i + best.words().size();
    if (end < tokens.size() && (end == tokens.size() - 1 || !isPossessive(tokens.get(end)))) {
      String next = tokens.get(end).text().toLowerCase(java.util.Locale.ROOT);
      int c = end + 1;
      if (c < tokens.size() && tokens.get(c).text().equalsIgnoreCase("the")) {
        c++;
      }
      if (Set.of("in", "of", "from").contains(next) && c < tokens.size()) {
        Optional<Entry> country = dictionary.actors().matchesAt(tokens, c).stream()
            .filter(e -> e.kind() == Entry.Kind.COUNTRY || e.kind() == Entry.Kind.DEMONYM)
            .max(java.util.Comparator.comparingInt(e -> e.words().size()));
        if (country.isPresent()) {
          int to = c + country.get().words().size();
          return Optional.of(mention(s, i, to, new Actor(country.get().country(), best.role()),
              best.source() + " " + best.phrase() + " + " + next + " " + country.get().phrase(), false, false));
        }
      }
    }
    if (!dictionary.standsAlone(best)) {
      return Optional.empty(); // "the president" alone is left to the reference rules
    }
    return Optional.of(mention(s, i, end, new Actor(NO_COUNTRY, best.role()),
        best.source() + " " + best.phrase() + " (no country)", false, false));
  }

  private Optional<ActorMention> mentionAt(Sentence s, int i, ArticleMemory memory, LocalDate date,
      List<ActorMention> before) {
    List<Token> tokens = s.tokens();
    Token t = tokens.get(i);
    List<Entry> entries = dictionary.actors().matchesAt(tokens, i).stream()
        .filter(e -> e.kind() != Entry.Kind.PERSON || e.holdsOn(date) || noOfficeHolds(tokens, i, e, date))
        .sorted(LONGEST_THEN_LATEST_OFFICE)
        .toList();
    if (!entries.isEmpty() && (isNamedThing(tokens, i, entries.get(0)) || isPlace(tokens, i, entries.get(0))
        || isDirectionOfPlace(tokens, i, entries.get(0)) || modifiesPlaceNoun(tokens, i, entries.get(0)))) {
      return Optional.empty();
    }
    if (!entries.isEmpty() && isBracketedAbbreviation(tokens, i, entries.get(0))) {
      return Optional.empty();
    }
    if (!entries.isEmpty()) {
      Entry e = entries.get(0);
      if (e.kind() == Entry.Kind.PERSON) {
        Optional<ArticleMemory.Learned> learned = memory.lookup(e.phrase());
        if (learned.isPresent()) { // the article's own title for this person wins
          return Optional.of(mention(s, i, i + e.words().size(), learned.get().actor(),
              "learned: " + learned.get().introducedAs(), true, true));
        }
        String role = e.holdsOn(date) ? e.role() : "ELI";
        return Optional.of(mention(s, i, i + e.words().size(), new Actor(e.country(), role, e.home()),
            e.source() + " " + e.phrase(), false, true));
      }
      return Optional.of(withRoleAndName(s, i, e, memory));
    }
    if (t.isCapitalized()) {
      Optional<ArticleMemory.Learned> learned = memory.lookup(t.text());
      if (learned.isPresent()) {
        int end = i + 1;
        return Optional.of(mention(s, i, end, learned.get().actor(),
            "learned: " + learned.get().introducedAs(), true, true));
      }
    }
    if (PRONOUNS.contains(t.text().toLowerCase(java.util.Locale.ROOT)) && memory.lastPerson().isPresent()) {
      ActorMention prev = memory.lastPerson().get();
      return Optional.of(new ActorMention(prev.actor(), i, i + 1, t.start(), t.end(), t.text(),
          "pronoun: " + prev.text(), true, true));
    }
    if (POSSESSIVE_PRONOUNS.contains(t.text().toLowerCase(java.util.Locale.ROOT)) && i + 1 < tokens.size()
        && memory.lastPerson().isPresent()) {
      Optional<ActorMention> own = ownCountry(s, i, memory.lastPerson().get());
      if (own.isPresent()) {
        return own;
      }
    }
    if (t.text().equalsIgnoreCase("the")) {
      return references.definiteDescription(s, i, memory);
    }
    if (t.isCapitalized()) {
      Optional<ActorMention> titled = references.titledName(s, i, memory, before);
      return titled.isPresent() ? titled : references.namedByApposition(s, i, memory);
    }
    return Optional.empty();
  }

  /** "his country" → the last person's country; "her government" → its government. */
  private static Optional<ActorMention> ownCountry(Sentence s, int i, ActorMention person) {
    String next = s.tokens().get(i + 1).text().toLowerCase(java.util.Locale.ROOT);
    String role = switch (next) {
      case "country", "nation" -> "";
      case "government", "administration" -> "GOV";
      default -> null;
    };
    if (role == null || !isNational(person.actor())) {
      return Optional.empty();
    }
    return Optional.of(mention(s, i, i + 2, new org.dyad.model.Actor(person.actor().country(), role),
        "possessive: " + person.text(), true, false));
  }

  /**
   * A capital after a locative preposition is where something happened, not the government
   * acting: "talks in Vienna" (not after "to"/"from": "protested to Moscow" is the government);
   * nor is a capital named as a place ("the capital city of Algiers", "the streets of Cairo"), nor
   * a dateline's capital.
   */
  private static boolean isPlace(List<Token> tokens, int i, Entry e) {
    return e.kind() == Entry.Kind.CAPITAL && (i > 0
        && LOCATIVES.contains(tokens.get(i - 1).text().toLowerCase(java.util.Locale.ROOT))
        || i > 1 && tokens.get(i - 1).text().equalsIgnoreCase("of")
            && PLACE_OF.contains(tokens.get(i - 2).text().toLowerCase(java.util.Locale.ROOT))
        || isDateline(tokens, i, i + e.words().size()));
  }

  /** Nouns whose "of" names a place: "the city of", "the streets of", "the outskirts of". */
  private static final Set<String> PLACE_OF = Set.of("city", "capital", "town", "streets", "outskirts", "suburbs",
      "centre", "center", "heart", "port", "province", "region", "area", "districts", "district");

  /**
   * "the Municipality Association (AKK)": capitals in brackets after a name abbreviate that name;
   * they are not the person whose initials they happen to be.
   */
  private static boolean isBracketedAbbreviation(List<Token> tokens, int i, Entry e) {
    String w = tokens.get(i).text();
    return e.kind() == Entry.Kind.PERSON && e.words().size() == 1 && i > 0
        && Set.of("(", "-LRB-").contains(tokens.get(i - 1).text()) && w.length() > 1
        && w.chars().allMatch(Character::isUpperCase);
  }

  /** Nouns for a stretch of land or sea: "the Thai border", "the Lebanese capital", "Iraqi airspace". */
  static final Set<String> PLACE_NOUNS = Set.of("border", "borders", "frontier", "port", "ports", "coast",
      "coastline", "city", "cities", "town", "towns", "village", "villages", "capital", "province", "provinces",
      "region", "regions", "territory", "territories", "waters", "airspace", "soil", "island", "islands",
      "countryside", "mainland", "enclave", "heartland", "interior", "highlands", "desert", "mountains");

  /**
   * "Western Cambodia": a direction word that is also a region's demonym ("Western" of the West),
   * capitalised before a place, is part of the place's name, not the region acting.
   */
  private boolean isDirectionOfPlace(List<Token> tokens, int i, Entry e) {
    if (e.kind() != Entry.Kind.DEMONYM || e.words().size() != 1
        || !RoleCountries.DIRECTIONS.contains(e.words().get(0).toLowerCase(java.util.Locale.ROOT))
        || i + 1 >= tokens.size() || !tokens.get(i + 1).isCapitalized()) {
      return false;
    }
    return dictionary.actors().matchesAt(tokens, i + 1).stream()
        .anyMatch(n -> n.kind() == Entry.Kind.COUNTRY || n.kind() == Entry.Kind.CAPITAL);
  }

  /**
   * "captured a stronghold on the Thai border", "shells hit the north Lebanese port": a demonym
   * describing a place noun names where, not who (unless a role follows: "Syrian border guards"
   * is left to the role chain). The country still counts as a place of the sentence.
   */
  boolean modifiesPlaceNoun(List<Token> tokens, int i, Entry e) {
    return describesPlace(tokens, i, e) && afterLocative(tokens, i);
  }

  /** "Thai border", "Iraqi city": a demonym before a place noun and no role after it. */
  boolean describesPlace(List<Token> tokens, int i, Entry e) {
    if (e.kind() != Entry.Kind.DEMONYM) {
      return false;
    }
    int next = i + e.words().size();
    return next < tokens.size() && PLACE_NOUNS.contains(tokens.get(next).text().toLowerCase(java.util.Locale.ROOT))
        && (next + 1 >= tokens.size() || dictionary.roles().matchesAt(tokens, next + 1).isEmpty());
  }

  /**
   * Prepositions that put a noun somewhere ("a stronghold on the Thai border"); not "into":
   * "crossed into Iraqi territory" names the target.
   */
  private static final Set<String> LOCATED_AT = Set.of("on", "in", "at", "near", "along", "outside", "inside", "within",
      "across", "around");

  /**
   * True when a locative preposition comes before position i, past an article, direction words
   * and up to two other lower-case words ("in the holy Iraqi city", "outside of the Iraqi city").
   * The object of a verb ("shelled Iraqi towns") is the place acted on, and stays an actor.
   */
  private static boolean afterLocative(List<Token> tokens, int i) {
    int others = 0;
    for (int k = i - 1; k >= 0; k--) {
      String w = tokens.get(k).text().toLowerCase(java.util.Locale.ROOT);
      if (LOCATED_AT.contains(w)) {
        return true;
      }
      if (w.equals("of") && k > 0 && LOCATED_AT.contains(tokens.get(k - 1).text().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
      if (Set.of("the", "a", "an").contains(w) || RoleCountries.DIRECTIONS.contains(w)) {
        continue;
      }
      if (!w.chars().allMatch(Character::isLowerCase) || ++others > 2) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> MONTH_ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august",
      "september", "october", "november", "december");

  /**
   * "ISLAMABAD: ...", "BAGHDAD, April 9 (Xinhua) -- ...", "ANKARA (Reuters) - ...": a capital opening
   * the text and followed by a colon, dash, bracketed agency or date is the dateline's place,
   * not the government acting.
   */
  static boolean isDateline(List<Token> tokens, int from, int to) {
    if (from != 0 || to >= tokens.size()) {
      return false;
    }
    String next = tokens.get(to).text();
    if (Set.of(":", "--", "-", "—", "–", "(", "-LRB-").contains(next)) {
      return true;
    }
    return next.equals(",") && to + 1 < tokens.size()
        && MONTH_ABBREVIATIONS.contains(tokens.get(to + 1).text().toLowerCase(java.util.Locale.ROOT).replace(".", ""));
  }

  /** Actors that stand for a country (TURGOV, SYRREB), as opposed to IGOs and armed groups. */
  static boolean isNational(org.dyad.model.Actor a) {
    return a.country().length() == 3 && !a.country().equals(NO_COUNTRY);
  }

  /**
   * A capital naming a process or meeting rather than a government: "the Astana process",
   * "the Minsk agreements", "Geneva talks".
   */
  private static boolean isNamedThing(List<Token> tokens, int i, Entry e) {
    if (e.kind() != Entry.Kind.CAPITAL) {
      return false;
    }
    // Look past "and Sochi" in "the Astana and Sochi processes".
    for (int next = i + e.words().size(); next < tokens.size() && next <= i + e.words().size() + 3; next++) {
      Token t = tokens.get(next);
      if (NAMED_THINGS.contains(t.text().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
      if (!t.text().equals("and") && !t.text().equals(",") && !t.isCapitalized()) {
        return false;
      }
    }
    return false;
  }

  /** True when every office of this person's is outside the date: still a match, coded ELI. */
  private boolean noOfficeHolds(List<Token> tokens, int i, Entry e, LocalDate date) {
    return dictionary.actors().matchesAt(tokens, i).stream()
        .filter(o -> o.kind() == Entry.Kind.PERSON && o.words().equals(e.words()))
        .noneMatch(o -> o.holdsOn(date));
  }

  /** Country or organisation, then optional "'s", role nouns and, after a role, a name. */
  ActorMention withRoleAndName(Sentence s, int i, Entry e, ArticleMemory memory) {
    List<Token> tokens = s.tokens();
    int end = i + e.words().size();
    String role = e.role();
    int j = end;
    if (j < tokens.size() && isPossessive(tokens.get(j)) && e.kind() != Entry.Kind.DEMONYM) {
      j++;
    }
    boolean sawRole = false;
    String headNoun = "";
    while (j < tokens.size()) {
      int k = j;
      int portfolio = 0; // "Oil Minister", "Energy Ministry": up to two title-case words before a role
      while (k < tokens.size() && (MODIFIERS.contains(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT))
          || portfolio < 2 && isPortfolioWord(tokens, k) && ++portfolio > 0)) {
        k++;
      }
      List<Entry> r = k < tokens.size() ? dictionary.roles().matchesAt(tokens, k) : List.of();
      if (r.isEmpty()) {
        break;
      }
      role = r.get(0).role();
      sawRole = true;
      headNoun = r.get(0).words().get(r.get(0).words().size() - 1);
      j = k + r.get(0).words().size();
      end = j;
    }
    Actor actor = new Actor(e.country(), role, e.home());
    if (sawRole && isNational(actor)) {
      memory.sawTitle(headNoun, actor, s.span(i, end));
    }
    if (sawRole) {
      int nameEnd = nameEnd(tokens, end);
      int nameStart = end;
      if (nameEnd == end && end + 1 < tokens.size() && tokens.get(end).text().equals(",")) {
        nameStart = end + 1; // "spokeswoman, Maria Zakharova,"
        nameEnd = nameEnd(tokens, nameStart);
      }
      if (nameEnd > nameStart) {
        List<String> name = tokens.subList(nameStart, nameEnd).stream().map(Token::text).toList();
        memory.learn(name, actor, s.span(i, nameEnd));
        return mention(s, i, nameEnd, actor, e.source() + " " + e.phrase() + " + title", false, true);
      }
    }
    return mention(s, i, end, actor, e.source() + " " + e.phrase(), false, false);
  }

  /** The end of a run of name-like tokens starting at {@code from} (== from when there is none). */
  int nameEnd(List<Token> tokens, int from) {
    int j = from;
    while (j < tokens.size() && j - from < 4 && isNameToken(tokens.get(j))) {
      List<Entry> known = dictionary.actors().matchesAt(tokens, j);
      if (!known.isEmpty() && known.stream().allMatch(e -> e.kind() != Entry.Kind.PERSON)) {
        break; // a country or organisation, not part of a name
      }
      j++;
    }
    return j;
  }

  static boolean isNameToken(Token t) {
    String w = t.text();
    if (NOT_NAMES.contains(w) || w.length() < 2) {
      return false;
    }
    return Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).anyMatch(Character::isLowerCase)
        || w.matches("(al|el|bin|ben|de|van|von|abu)-\\p{Lu}.*");
  }

  boolean isPortfolioWord(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    return t.isCapitalized() && t.text().chars().allMatch(Character::isLetter)
        && dictionary.actors().matchesAt(tokens, k).isEmpty() && dictionary.roles().matchesAt(tokens, k).isEmpty();
  }

  private static boolean isPossessive(Token t) {
    return t.text().equals("'s") || t.text().equals("’s") || t.text().equals("'");
  }

  static ActorMention mention(Sentence s, int from, int to, Actor actor, String entry,
      boolean learned, boolean person) {
    List<Token> tokens = s.tokens();
    return new ActorMention(actor, from, to, tokens.get(from).start(), tokens.get(to - 1).end(),
        s.span(from, to), entry, learned, person);
  }
}
