package org.dyad.actors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.WordClass;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Gives a country to actors the text names by their role alone ("rebels", "demonstrators",
 * "officials", "President Ana Ruiz" for someone no dictionary knows), which would otherwise be
 * coded {@code ---REB}, {@code ---OPP}, {@code ---GOV}. The first rule that finds one wins:
 * <ol>
 *   <li><b>own phrase</b>: a place in the actor's own noun phrase, before the role ("Darfur
 *       rebels"; "Vietnamese-led forces" are Vietnam's, "-backed" ones are not) or after it
 *       behind in/of/from/throughout/across/at/near, possibly inside a longer name
 *       ("demonstrators in Baghdad", "workers of the Central Bus Company of Tehran");</li>
 *   <li><b>sentence</b>: the only country the sentence names, by its other actors (a group's home
 *       country included; for a person, other people do not count) and the places it locates
 *       things in ("students throughout Peru ... the president's government", "police dispersed
 *       demonstrators in Lima");</li>
 *   <li><b>article</b>: when the sentence names no country, the country the article is clearly
 *       about: at least two of its country actors so far, and more than twice as many as any
 *       other country's.</li>
 * </ol>
 * CAMEO regions ("the Middle East") are never such a country. Otherwise the actor keeps
 * {@code ---}. The mention's entry starts with "inferred COUNTRY from …" (the rule and its
 * evidence, then the original entry), and such events get a lower confidence
 * ({@code events.EventConfidence}). A person resolved so is learned with the country for the rest
 * of the article. Unknown gunmen ({@code UAF}) are never given a country: who they are is exactly
 * what the text does not know. {@link ModifierMerger} runs first, so "French paper workers" is
 * already one actor.
 */
final class RoleCountries {
  private static final int MAX_NAME_SCAN = 8;
  private static final int MAX_PLACE_WORDS = 4;

  /**
   * Roles whose people are of the place where they act, so that a place named in the sentence
   * decides over a foreign actor beside them: rebels, police, civilians, opposition, courts. Not
   * governments or armies, which act abroad ("officials met in Geneva").
   */
  private static final Set<String> PLACED_ROLES = Set.of("REB", "COP", "CVL", "OPP", "JUD", "REF");

  private final ActorDictionary dictionary;
  private final PlaceCountries places;
  private final ActorTagger tagger;
  /** Prepositions after which a place belongs to the actor's own phrase ("rebels in Darfur"). */
  private final WordClass ownPlaceLeads;
  /** Prepositions that locate something in a place ("clashed in Monrovia"). */
  private final WordClass locatives;
  private final WordClass entering;
  /** Nouns whose "of" names a place: "the streets of Baghdad", "the outskirts of Gaza". */
  private final WordClass placeOf;
  /** Words a place may be reached through inside a name ("of the Central Bus Company of Tehran"). */
  private final WordClass nameGlue;
  /** Words that make role-only people foreign to where they act ("foreign forces in Syria"). */
  private final WordClass foreignWords;

  RoleCountries(ActorDictionary dictionary, PlaceCountries places, ActorTagger tagger, Lexicon lexicon) {
    this.ownPlaceLeads = lexicon.get("own-place-lead");
    this.locatives = lexicon.get("locative");
    this.entering = lexicon.get("entering");
    this.placeOf = lexicon.get("place-of");
    this.nameGlue = lexicon.get("name-glue");
    this.foreignWords = lexicon.get("foreign-word");
    this.dictionary = dictionary;
    this.places = places;
    this.tagger = tagger;
  }

  /** The sentence's mentions, with a country given to those found by role alone where a rule finds one. */
  List<ActorMention> resolve(Sentence s, List<ActorMention> sentenceMentions, ArticleMemory memory) {
    if (sentenceMentions.stream().noneMatch(RoleCountries::roleOnly)) {
      return sentenceMentions;
    }
    List<ActorMention> found = sentenceMentions;
    List<ActorMention> out = new ArrayList<>(found.size());
    Set<String> sentenceCountries = null;
    for (ActorMention m : found) {
      if (!roleOnly(m) || foreign(s, m)) {
        out.add(m);
        continue;
      }
      if (sentenceCountries == null) {
        sentenceCountries = sentenceCountries(s, found);
      }
      Optional<Inferred> inferred = ownPhrase(s, m, found, sentenceCountries);
      // a person is not given the country of another person of the sentence: a president and a
      // foreign leader he welcomes are of two countries
      Set<String> candidates = m.person() ? sentenceCountries(s, found, false) : sentenceCountries;
      if (inferred.isEmpty() && PLACED_ROLES.contains(m.actor().role())) {
        // "US troops battled militiamen in Najaf": people who are where they act are of that place,
        // whatever foreign actor the sentence also names
        Set<String> placed = placeCountries(s, found, sentenceCountries);
        if (placed.size() == 1) {
          inferred = Optional.of(new Inferred(placed.iterator().next(), "the only country the sentence places things in",
              ActorMention.Found.INFERRED_FROM_SENTENCE));
        }
      }
      if (inferred.isEmpty()) {
        if (candidates.size() == 1) {
          String c = candidates.iterator().next();
          inferred = Optional.of(new Inferred(c, "the only country in the sentence", ActorMention.Found.INFERRED_FROM_SENTENCE));
        } else if (candidates.isEmpty()) { // with several, the article cannot tell which
          inferred = memory.dominantCountry().filter(c -> !dictionary.isRegion(c))
              .map(c -> new Inferred(c, "the country the article is about", ActorMention.Found.INFERRED_FROM_ARTICLE));
        }
      }
      if (inferred.isEmpty()) {
        out.add(m);
        continue;
      }
      Actor actor = new Actor(inferred.get().country(), m.actor().role());
      String entry = "inferred " + actor.country() + " from " + inferred.get().evidence() + "; " + m.entry();
      ActorMention resolved = new ActorMention(actor, m.firstToken(), m.endToken(), m.start(), m.end(), m.text(),
          entry, m.learned(), m.person(), inferred.get().basis());
      if (m.person()) {
        memory.recode(m.text(), actor);
      }
      out.add(resolved);
    }
    return out;
  }

  /**
   * A role-only actor the text calls foreign to where it acts: a word of lexicon class
   * foreign-word inside its phrase or just before it ("foreign troops", "the international
   * forces"). No rule may give it a country: the text says it is not the place's. Not for
   * governments, whose role nouns hold the word ("the foreign minister").
   */
  private boolean foreign(Sentence s, ActorMention m) {
    if (m.actor().role().equals("GOV")) {
      return false;
    }
    List<Token> tokens = s.tokens();
    for (int i = Math.max(0, m.firstToken() - 1); i < m.endToken() && i < tokens.size(); i++) {
      if (foreignWords.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** An actor known by its role and no country, other than unknown gunmen. */
  static boolean roleOnly(ActorMention m) {
    return m.actor().country().equals(ActorTagger.NO_COUNTRY) && !m.actor().role().equals("UAF");
  }

  record Inferred(String country, String evidence, ActorMention.Found basis) {
    Inferred(String country, String evidence) {
      this(country, evidence, ActorMention.Found.INFERRED_FROM_PHRASE);
    }
  }

  private record PlaceAt(String country, int end, String text) {}

  /** "Darfur rebels", "demonstrators in Baghdad", "workers of the Central Bus Company of Tehran". */
  private Optional<Inferred> ownPhrase(Sentence s, ActorMention m, List<ActorMention> found, Set<String> named) {
    return placeBefore(s, m, found, named).or(() -> placeAfter(s, m, found, ownPlaceLeads::contains, named));
  }

  private Optional<Inferred> placeBefore(Sentence s, ActorMention m, List<ActorMention> found, Set<String> named) {
    List<Token> t = s.tokens();
    if (m.firstToken() > 0 && t.get(m.firstToken() - 1).text().endsWith("-led")) { // "Vietnamese-led forces"
      String leader = t.get(m.firstToken() - 1).text();
      Optional<Entry> e = dictionary.lookup(leader.substring(0, leader.length() - "-led".length()))
          .filter(x -> x.kind() != Entry.Kind.PERSON && ActorTagger.isNational(new Actor(x.country(), ""))
              && !dictionary.isRegion(x.country()));
      if (e.isPresent()) {
        return Optional.of(new Inferred(e.get().country(), "who leads it (" + leader + ")"));
      }
    }
    // before: a capitalised place right before a lower-case role noun ("Darfur rebels"; in "the
    // Food and Drug Administration" the capitalised role is part of a name)
    boolean lowerCaseRole = !t.get(m.firstToken()).isCapitalized();
    for (int from = Math.max(0, m.firstToken() - MAX_PLACE_WORDS); lowerCaseRole && from < m.firstToken(); from++) {
      if (!allCapitalised(t, from, m.firstToken()) || covered(found, from, m.firstToken())) {
        continue;
      }
      Optional<String> c = gazetteerCountry(t, from, m.firstToken(), named);
      if (c.isPresent()) {
        return Optional.of(new Inferred(c.get(), "the place in its phrase (" + s.span(from, m.firstToken()) + ")"));
      }
    }
    return Optional.empty();
  }

  /**
   * A place after the mention behind one of {@code leads}, possibly in a longer name or after a
   * direction word ("of the Central Bus Company of Tehran", "in southern Serbia"). Among places
   * of one name, one in a country the sentence names ({@code named}) is meant.
   */
  Optional<Inferred> placeAfter(Sentence s, ActorMention m, List<ActorMention> found,
      java.util.function.Predicate<String> leads,
      Set<String> named) {
    List<Token> t = s.tokens();
    int k = m.endToken();
    if (k >= t.size() || !leads.test(lower(t.get(k)))) {
      return Optional.empty();
    }
    for (k = k + 1; k < t.size() && k <= m.endToken() + MAX_NAME_SCAN; k++) {
      Optional<ActorMention> other = startingAt(found, k);
      if (other.isPresent()) {
        Actor a = other.get().actor();
        if (ActorTagger.isNational(a) && !other.get().person() && !dictionary.isRegion(a.country())) {
          return Optional.of(new Inferred(a.country(), "the place in its phrase (" + other.get().text() + ")"));
        }
        return Optional.empty(); // "officials of the African Union": an organisation's, not a country's
      }
      Optional<PlaceAt> p = placeAt(t, k, found, named);
      if (p.isPresent()) {
        return Optional.of(new Inferred(p.get().country(), "the place in its phrase (" + p.get().text() + ")"));
      }
      if (!t.get(k).isCapitalized() && !nameGlue.contains(lower(t.get(k))) && !tagger.directions.contains(lower(t.get(k)))) {
        break;
      }
    }
    return Optional.empty();
  }

  /** The countries of the sentence's national actors (and groups' homes) and of the places it locates things in. */
  Set<String> sentenceCountries(Sentence s, List<ActorMention> found) {
    return sentenceCountries(s, found, true);
  }

  private Set<String> sentenceCountries(Sentence s, List<ActorMention> found, boolean people) {
    Set<String> out = new LinkedHashSet<>();
    for (ActorMention a : found) {
      if (a.person() && !people) {
        continue;
      }
      if (!a.actor().home().isEmpty()) {
        out.add(a.actor().home());
      } else if (ActorTagger.isNational(a.actor()) && !dictionary.isRegion(a.actor().country())) {
        out.add(a.actor().country());
      }
    }
    List<Token> t = s.tokens();
    for (int k = 0; k < t.size(); k++) { // "on the Thai border", "the Iraqi city of Najaf"
      int at = k;
      dictionary.actors().matchesAt(t, k).stream()
          .filter(e -> e.kind() == Entry.Kind.DEMONYM && !dictionary.isRegion(e.country()) && e.country().length() == 3)
          .filter(e -> tagger.describesPlace(t, at, e)).findFirst().ifPresent(e -> out.add(e.country()));
    }
    out.addAll(placeCountries(s, found, Set.copyOf(out))); // a namesake place in one of these is meant
    return out;
  }

  /** The countries of the places the sentence locates things in ("in Najaf", "the city of Fallujah"). */
  private Set<String> placeCountries(Sentence s, List<ActorMention> found, Set<String> firm) {
    List<Token> t = s.tokens();
    Set<String> out = new LinkedHashSet<>();
    for (int k = 0; k + 1 < t.size(); k++) {
      boolean afterPlaceOf = k > 0 && lower(t.get(k)).equals("of") // "the city of Fallujah", "the streets of Baghdad"
          && placeOf.contains(lower(t.get(k - 1)));
      if (!locatives.contains(lower(t.get(k))) && !entering.contains(lower(t.get(k))) && !afterPlaceOf) {
        continue;
      }
      int p = k + 1;
      if (lower(t.get(p)).equals("the") && p + 1 < t.size()) {
        p++;
      }
      if (tagger.directions.contains(lower(t.get(p))) && p + 1 < t.size()) {
        p++; // "in southern Lebanon"
      }
      Optional<ActorMention> there = startingAt(found, p);
      if (there.isEmpty()) {
        placeAt(t, p, found, firm).ifPresent(x -> out.add(x.country()));
      } else if (!there.get().person() && ActorTagger.isNational(there.get().actor())
          && !dictionary.isRegion(there.get().actor().country()) && (there.get().actor().role().isEmpty()
          || dictionary.lookup(there.get().text()).filter(e -> e.kind() == Entry.Kind.CAPITAL).isPresent())) {
        out.add(there.get().actor().country()); // "in Iraq", "in Baghdad": a country or capital as the place
      }
    }
    return out;
  }

  /**
   * A place starting at token k: a country name or capital of the actor dictionaries (a capital
   * after "in" is a place, not a government), else the longest capitalised phrase the place lookup
   * knows.
   */
  private Optional<PlaceAt> placeAt(List<Token> t, int k, List<ActorMention> found, Set<String> named) {
    List<Entry> entries = dictionary.actors().matchesAt(t, k);
    if (!entries.isEmpty() && entries.stream().noneMatch(e -> e.kind() == Entry.Kind.CAPITAL
        || e.kind() == Entry.Kind.COUNTRY)) {
      return Optional.empty(); // a demonym, an organisation or a person: not a place ("Thai" is also a town)
    }
    Optional<Entry> known = entries.stream()
        .filter(e -> e.kind() == Entry.Kind.COUNTRY || e.kind() == Entry.Kind.CAPITAL)
        .filter(e -> e.country().length() == 3 && !dictionary.isRegion(e.country()))
        .max(java.util.Comparator.comparingInt(e -> e.words().size()));
    if (known.isPresent()) {
      int end = k + known.get().words().size();
      String country = known.get().country();
      if (known.get().kind() == Entry.Kind.CAPITAL && !named.contains(country)) {
        // "Tripoli" with "the north Lebanese port" in the sentence: Lebanon's, not Libya's capital
        Optional<String> namesake = places.countryOf(join(t, k, end), named).filter(named::contains);
        country = namesake.orElse(country);
      }
      return Optional.of(new PlaceAt(country, end, join(t, k, end)));
    }
    for (int end = Math.min(t.size(), k + MAX_PLACE_WORDS); end > k; end--) {
      if (allCapitalised(t, k, end) && !covered(found, k, end)) {
        Optional<String> c = gazetteerCountry(t, k, end, named);
        if (c.isPresent()) {
          return Optional.of(new PlaceAt(c.get(), end, join(t, k, end)));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> gazetteerCountry(List<Token> t, int from, int to, Set<String> named) {
    if (tagger.isNotName(t.get(from).text()) || !dictionary.actors().matchesAt(t, from).isEmpty()) {
      return Optional.empty(); // "Monday", "The"; a demonym or organisation is no place
    }
    return places.countryOf(join(t, from, to), named);
  }

  private static boolean allCapitalised(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = t.get(k).text();
      if (!t.get(k).isCapitalized() || !Character.isLetter(w.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean covered(List<ActorMention> found, int from, int to) {
    return found.stream().anyMatch(a -> a.firstToken() < to && from < a.endToken());
  }

  private static Optional<ActorMention> startingAt(List<ActorMention> found, int k) {
    return found.stream().filter(a -> a.firstToken() == k).findFirst();
  }

  private static String join(List<Token> t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(t.get(k).text());
    }
    return b.toString();
  }

  static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }
}
