package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * A people named by a demonym is not always that state: the rules that tell where such a group
 * belongs, applied to a sentence's mentions before {@link RoleCountries}.
 * <ol>
 *   <li><b>A place's people</b>: a country name or demonym right before another people's demonym
 *       in the plural or before a role ("Bosnian Serbs", "Kosovo Albanians", "Croatian Serb
 *       refugees", "Bosnian Serb forces") is one actor, of the first country (BIH, KSV, HRV + REF,
 *       BIH + MIL), not two. Where news uses the opposite order, the phrase is in organisations.tsv
 *       ("Turkish Cypriots" are CYP).</li>
 *   <li><b>Where they live</b>: an "ethnic X" ("ethnic Albanians in southern Serbia") or a people
 *       "of" a place ("the Albanians of Macedonia") belongs to the country of that place. A people
 *       merely "in" a place keeps its own country ("Americans in Iraq" are Americans).</li>
 *   <li><b>An ethnic group and one other country</b>: an "ethnic X" with no place of its own takes
 *       the only other country its sentence names by actors and places ("ethnic Albanians
 *       demonstrated in Serbia" → SRB); with none or several it stays X.</li>
 * </ol>
 * The mention's entry says which rule applied.
 */
final class EthnicGroups {

  private final ActorDictionary dictionary;
  private final RoleCountries places;

  /** "ethnic Albanians in/of/from X" (&home-preposition); a people merely "of" a place otherwise. */
  private final org.dyad.lexicon.WordClass homePrepositions;

  EthnicGroups(ActorDictionary dictionary, RoleCountries places, org.dyad.lexicon.Lexicon lexicon) {
    this.homePrepositions = lexicon.get("home-preposition");
    this.dictionary = dictionary;
    this.places = places;
  }

  List<ActorMention> resolve(Sentence s, List<ActorMention> found) {
    if (found.isEmpty()) {
      return found;
    }
    List<ActorMention> merged = placesPeople(s, found);
    List<ActorMention> out = new ArrayList<>(merged.size());
    for (ActorMention m : merged) {
      out.add(residence(s, m, merged).orElse(m));
    }
    return out;
  }

  /** Rule 1: "Bosnian Serbs" is one actor of Bosnia. */
  private List<ActorMention> placesPeople(Sentence s, List<ActorMention> found) {
    List<ActorMention> out = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      ActorMention a = found.get(i);
      ActorMention b = i + 1 < found.size() ? found.get(i + 1) : null;
      if (b != null && b.firstToken() == a.endToken() && isPlaceWord(s, a) && isPeopleWord(s, b)
          && !a.actor().country().equals(b.actor().country())) {
        Actor actor = new Actor(a.actor().country(), b.actor().role());
        out.add(ActorTagger.mention(s, a.firstToken(), b.endToken(), actor,
            "people of a place: " + a.text() + " (" + a.entry() + ") + " + b.text(), false, false));
        i++;
      } else {
        out.add(a);
      }
    }
    return out;
  }

  /** A bare country name or demonym ("Bosnian", "Kosovo"), no role, no person. */
  private boolean isPlaceWord(Sentence s, ActorMention a) {
    return a.actor().role().isEmpty() && !a.person() && ActorTagger.isNational(a.actor())
        && !dictionary.isRegion(a.actor().country())
        && entryAt(s, a).filter(e -> e.kind() == Entry.Kind.COUNTRY || e.kind() == Entry.Kind.DEMONYM).isPresent();
  }

  /** Another people's demonym in the plural ("Serbs") or before a role ("Serb refugees"). */
  private boolean isPeopleWord(Sentence s, ActorMention b) {
    Optional<Entry> e = entryAt(s, b).filter(x -> x.kind() == Entry.Kind.DEMONYM);
    if (e.isEmpty() || !ActorTagger.isNational(b.actor()) || dictionary.isRegion(b.actor().country()) || b.person()) {
      return false;
    }
    String word = e.get().words().get(e.get().words().size() - 1);
    return !b.actor().role().isEmpty() || word.endsWith("s") && !word.endsWith("ss");
  }

  /** Rules 2 and 3 for a demonym mention. */
  private Optional<ActorMention> residence(Sentence s, ActorMention m, List<ActorMention> found) {
    Optional<Entry> e = entryAt(s, m).filter(x -> x.kind() == Entry.Kind.DEMONYM);
    if (e.isEmpty() || m.person() || !ActorTagger.isNational(m.actor())) {
      return Optional.empty();
    }
    List<Token> t = s.tokens();
    boolean ethnic = m.firstToken() > 0 && t.get(m.firstToken() - 1).text().toLowerCase(Locale.ROOT).equals("ethnic");
    String own = m.actor().country();
    boolean ofPlace = m.endToken() < t.size() && t.get(m.endToken()).text().equalsIgnoreCase("of");
    if (!ethnic && !ofPlace) {
      return Optional.empty(); // the common case, decided without scanning the sentence
    }
    Set<String> named = places.sentenceCountries(s, found);
    Optional<RoleCountries.Inferred> lives = places.placeAfter(s, m, found, ethnic ? homePrepositions::contains : "of"::equals, named)
        .filter(p -> !p.country().equals(own));
    if (lives.isPresent()) {
      return Optional.of(recoded(m, lives.get().country(), "where they live: " + lives.get().evidence()));
    }
    if (!ethnic) {
      return Optional.empty();
    }
    Set<String> others = new java.util.HashSet<>(named);
    others.remove(own);
    if (others.size() != 1) {
      return Optional.empty();
    }
    return Optional.of(recoded(m, others.iterator().next(),
        "an ethnic group and the only other country in the sentence"));
  }

  private static ActorMention recoded(ActorMention m, String country, String why) {
    return new ActorMention(new Actor(country, m.actor().role()), m.firstToken(), m.endToken(), m.start(), m.end(),
        m.text(), "inferred " + country + " from " + why + "; " + m.entry(), m.learned(), m.person(),
        ActorMention.Found.INFERRED_PEOPLE);
  }

  /** The longest dictionary entry the mention starts with. */
  private Optional<Entry> entryAt(Sentence s, ActorMention m) {
    return dictionary.actors().matchesAt(s.tokens(), m.firstToken()).stream()
        .max(java.util.Comparator.comparingInt(x -> x.words().size()));
  }
}
