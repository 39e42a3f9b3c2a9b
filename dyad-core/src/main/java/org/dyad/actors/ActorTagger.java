package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.WordClass;
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
  /** The country part of an actor known only by its role ("police" → "---COP"), PETRARCH's convention. */
  public static final String NO_COUNTRY = "---";

  /**
   * Longest phrase first; among a person's offices that all hold (an undated article), the most
   * recent one, as news is mostly about the present.
   */
  private static final java.util.Comparator<Entry> LONGEST_THEN_LATEST_OFFICE =
      java.util.Comparator.comparingInt((Entry e) -> -e.words().size())
          .thenComparing(e -> e.from() == null ? LocalDate.MIN : e.from(), java.util.Comparator.reverseOrder());


  private final ActorDictionary dictionary;
  private final References references;
  private final RoleCountries roleCountries;
  private final EthnicGroups ethnicGroups;
  private final ModifierMerger modifiers;
  /** The word classes this stage names (lexicon/NAME.txt). */
  final WordClass roleModifiers;
  private final WordClass processNouns;
  private final WordClass personPronouns;
  private final WordClass personPossessives;
  private final WordClass notNames;
  private final WordClass possessiveDeterminers;
  private final WordClass homePrepositions;
  /** Words that make role-only people foreign to where they act ("foreign troops in Syria"). */
  private final WordClass foreignWords;
  private final WordClass placeOf;
  final WordClass placeNouns;
  private final WordClass locatives;
  private final WordClass entering;
  private final WordClass surface;
  private final WordClass articles;
  final WordClass directions;
  private final WordClass months;
  private final WordClass monthAbbreviations;

  /** A tagger that knows places only from the actor dictionaries' countries and capitals. */
  public ActorTagger(ActorDictionary dictionary) {
    this(dictionary, PlaceCountries.NONE);
  }

  /**
   * @param places where place names lie, to give actors known only by their role the country of
   *               their place ("Darfur rebels"; see {@link RoleCountries})
   */
  public ActorTagger(ActorDictionary dictionary, PlaceCountries places) {
    this(dictionary, places, Lexicon.builtIn());
  }

  /** A tagger whose word classes (role modifiers, place nouns, month names...) come from {@code lexicon}. */
  public ActorTagger(ActorDictionary dictionary, PlaceCountries places, Lexicon lexicon) {
    this.roleModifiers = lexicon.get("role-modifier");
    this.processNouns = lexicon.get("process-noun");
    this.personPronouns = lexicon.get("person-pronoun");
    this.personPossessives = lexicon.get("person-possessive");
    this.notNames = lexicon.get("not-name");
    this.possessiveDeterminers = lexicon.get("possessive-determiner");
    this.homePrepositions = lexicon.get("home-preposition");
    this.foreignWords = lexicon.get("foreign-word");
    this.placeOf = lexicon.get("place-of");
    this.placeNouns = lexicon.get("place-noun");
    this.locatives = lexicon.get("locative");
    this.entering = lexicon.get("entering");
    this.surface = lexicon.get("surface-preposition");
    this.articles = lexicon.get("article");
    this.directions = lexicon.get("direction");
    this.months = lexicon.get("month");
    this.monthAbbreviations = lexicon.get("month-abbreviation");
    this.dictionary = dictionary;
    this.references = new References(dictionary, this, lexicon);
    this.roleCountries = new RoleCountries(dictionary, places, this, lexicon);
    this.ethnicGroups = new EthnicGroups(dictionary, roleCountries, lexicon);
    this.modifiers = new ModifierMerger(dictionary, lexicon);
  }

  /**
   * @param date the date to code people's offices on (the article date), or null when unknown
   */
  public List<ActorMention> tag(Sentence sentence, ArticleMemory memory, LocalDate date) {
    List<Token> tokens = sentence.tokens();
    List<ActorMention> found = new ArrayList<>();
    int i = org.dyad.model.Dateline.openingTokens(sentence); // "BAGHDAD, April 9 (Xinhua) --" is where, not who
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
    if (i > 0 && possessiveDeterminers.contains(tokens.get(i - 1).text())) {
      return Optional.empty(); // "unless its troops withdraw": someone's troops, not unknown ones
    }
    int end = i + best.words().size();
    if (end < tokens.size() && (end == tokens.size() - 1 || !isPossessive(tokens.get(end)))) {
      String next = tokens.get(end).text().toLowerCase(java.util.Locale.ROOT);
      int c = end + 1;
      if (c < tokens.size() && tokens.get(c).text().equalsIgnoreCase("the")) {
        c++;
      }
      // "foreign troops in Syria" are not Syria's: the place is where they are, not whose
      boolean foreign = i > 0 && !best.role().equals("GOV") && foreignWords.contains(tokens.get(i - 1).text());
      if (homePrepositions.contains(next) && c < tokens.size() && !foreign) {
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
              "learned: " + learned.get().introducedAs(), true, true, ActorMention.Found.LEARNED));
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
            "learned: " + learned.get().introducedAs(), true, true, ActorMention.Found.LEARNED));
      }
    }
    if (personPronouns.contains(t.text()) && memory.lastPerson().isPresent()) {
      ActorMention prev = memory.lastPerson().get();
      return Optional.of(new ActorMention(prev.actor(), i, i + 1, t.start(), t.end(), t.text(),
          "pronoun: " + prev.text(), true, true, ActorMention.Found.PRONOUN));
    }
    if (personPossessives.contains(t.text()) && i + 1 < tokens.size()
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
        "possessive: " + person.text(), true, false, ActorMention.Found.POSSESSIVE));
  }

  /**
   * A capital after a locative preposition is where something happened, not the government
   * acting: "talks in Vienna" (not after "to"/"from": "protested to Moscow" is the government);
   * nor is a capital named as a place ("the capital city of Algiers", "the streets of Cairo"), nor
   * a dateline's capital.
   */
  private boolean isPlace(List<Token> tokens, int i, Entry e) {
    return e.kind() == Entry.Kind.CAPITAL && (i > 0
        && (locatives.contains(tokens.get(i - 1).text()) || entering.contains(tokens.get(i - 1).text()))
        || i > 1 && tokens.get(i - 1).text().equalsIgnoreCase("of") && placeOf.contains(tokens.get(i - 2).text())
        || isDateline(tokens, i, i + e.words().size()));
  }

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

  /**
   * "Western Cambodia": a direction word that is also a region's demonym ("Western" of the West),
   * capitalised before a place, is part of the place's name, not the region acting.
   */
  private boolean isDirectionOfPlace(List<Token> tokens, int i, Entry e) {
    if (e.kind() != Entry.Kind.DEMONYM || e.words().size() != 1
        || !directions.contains(e.words().get(0))
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
    return next < tokens.size() && placeNouns.contains(tokens.get(next).text())
        && (next + 1 >= tokens.size() || dictionary.roles().matchesAt(tokens, next + 1).isEmpty());
  }

  /**
   * Prepositions that put a noun somewhere ("a stronghold on the Thai border"): &locative and
   * &surface-preposition, not &entering: "crossed into Iraqi territory" names the target.
   */
  private boolean locatedAt(String w) {
    return locatives.contains(w) || surface.contains(w);
  }

  /**
   * True when a locative preposition comes before position i, past an article, direction words
   * and up to two other lower-case words ("in the holy Iraqi city", "outside of the Iraqi city").
   * The object of a verb ("shelled Iraqi towns") is the place acted on, and stays an actor.
   */
  private boolean afterLocative(List<Token> tokens, int i) {
    int others = 0;
    for (int k = i - 1; k >= 0; k--) {
      String w = tokens.get(k).text().toLowerCase(java.util.Locale.ROOT);
      if (locatedAt(w)) {
        return true;
      }
      if (w.equals("of") && k > 0 && locatedAt(tokens.get(k - 1).text().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
      if (articles.contains(w) || directions.contains(w)) {
        continue;
      }
      if (!w.chars().allMatch(Character::isLowerCase) || ++others > 2) {
        return false;
      }
    }
    return false;
  }

  /**
   * "ISLAMABAD: ...", "BAGHDAD, April 9 (Xinhua) -- ...", "ANKARA (Reuters) - ...": a capital opening
   * the text and followed by a colon, dash, bracketed agency or date is the dateline's place,
   * not the government acting.
   */
  boolean isDateline(List<Token> tokens, int from, int to) {
    if (from != 0 || to >= tokens.size()) {
      return false;
    }
    String next = tokens.get(to).text();
    if (Set.of(":", "--", "-", "—", "–", "(", "-LRB-").contains(next)) {
      return true;
    }
    return next.equals(",") && to + 1 < tokens.size()
        && isMonth(tokens.get(to + 1).text().replace(".", ""));
  }

  private boolean isMonth(String w) {
    return months.contains(w) || monthAbbreviations.contains(w);
  }

  /** Actors that stand for a country (TURGOV, SYRREB), as opposed to IGOs and armed groups. */
  static boolean isNational(org.dyad.model.Actor a) {
    return a.country().length() == 3 && !a.country().equals(NO_COUNTRY);
  }

  /**
   * A capital naming a process or meeting rather than a government: "the Astana process",
   * "the Minsk agreements", "Geneva talks".
   */
  private boolean isNamedThing(List<Token> tokens, int i, Entry e) {
    if (e.kind() != Entry.Kind.CAPITAL) {
      return false;
    }
    // Look past "and Sochi" in "the Astana and Sochi processes".
    for (int next = i + e.words().size(); next < tokens.size() && next <= i + e.words().size() + 3; next++) {
      Token t = tokens.get(next);
      if (processNouns.contains(t.text())) {
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
      while (k < tokens.size() && (roleModifiers.contains(tokens.get(k).text())
          || portfolio < 2 && isPortfolioWord(tokens, k) && ++portfolio > 0)) {
        k++;
      }
      List<Entry> r = k < tokens.size() ? dictionary.roles().matchesAt(tokens, k) : List.of();
      if (r.isEmpty()) {
        break;
      }
      role = e.kind() == Entry.Kind.ORGANISATION ? RoleCodes.ofMember(e.role(), r.get(0).role()) : r.get(0).role();
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

  boolean isNameToken(Token t) {
    String w = t.text();
    if (isNotName(w) || w.length() < 2) {
      return false;
    }
    return Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).anyMatch(Character::isLowerCase)
        || w.matches("(al|el|bin|ben|de|van|von|abu)-\\p{Lu}.*");
  }

  /** A capitalised sentence opener, weekday or month ("On", "The", "Monday", "May"): never part of a name. */
  boolean isNotName(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && notNames.contains(w);
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
    return mention(s, from, to, actor, entry, learned, person, ActorMention.Found.DICTIONARY);
  }

  static ActorMention mention(Sentence s, int from, int to, Actor actor, String entry,
      boolean learned, boolean person, ActorMention.Found found) {
    List<Token> tokens = s.tokens();
    return new ActorMention(actor, from, to, tokens.get(from).start(), tokens.get(to - 1).end(),
        s.span(from, to), entry, learned, person, found);
  }
}
