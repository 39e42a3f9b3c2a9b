package org.dyad.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;

/**
 * What the actor tagger has learned so far in one article: people introduced with a title
 * ("Turkish Foreign Minister Mevlut Cavusoglu" makes "Cavusoglu" TURGOV for the rest of the
 * article), the last person mentioned (for "he"/"she"), the last actor named by each title noun
 * (for "the minister", "the deputy minister") and how often each country was an actor (for "the
 * regime"). One per article, never shared.
 */
public final class ArticleMemory {
  /** A learned name and where it was learned. */
  record Learned(Actor actor, String introducedAs) {}

  private final Map<String, Learned> names = new HashMap<>();
  private final Map<String, Learned> titles = new HashMap<>();
  private final Map<String, Integer> countries = new HashMap<>();
  private ActorMention lastPerson;
  private Actor lastCountryActor;

  void learn(List<String> nameTokens, Actor actor, String introducedAs) {
    Learned l = new Learned(actor, introducedAs);
    names.put(key(String.join(" ", nameTokens)), l);
    names.put(key(nameTokens.get(nameTokens.size() - 1)), l); // the surname alone
  }

  Optional<Learned> lookup(String name) {
    return Optional.ofNullable(names.get(key(name)));
  }

  void sawPerson(ActorMention m) {
    lastPerson = m;
  }

  Optional<ActorMention> lastPerson() {
    return Optional.ofNullable(lastPerson);
  }

  /** Remembers the head noun of a title ("minister" of "Deputy Foreign Minister") and who had it. */
  void sawTitle(String headNoun, Actor actor, String introducedAs) {
    titles.put(key(headNoun), new Learned(actor, introducedAs));
  }

  Optional<Learned> lastWithTitle(String headNoun) {
    return Optional.ofNullable(titles.get(key(headNoun)));
  }

  /** Counts a coded actor that belongs to a country (not an organisation or group). */
  void sawCountryActor(Actor actor) {
    countries.merge(actor.country(), 1, Integer::sum);
    lastCountryActor = actor;
  }

  /** The country mentioned most often so far as an actor (ties: the most recent), if any. */
  Optional<String> mainCountry() {
    return countries.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(e -> lastCountryActor != null && e.getKey().equals(lastCountryActor.country())))
        .map(Map.Entry::getKey);
  }

  /**
   * The country the article is clearly about so far: at least two of its country actors, and more
   * than twice as many as any other country's.
   */
  Optional<String> dominantCountry() {
    String top = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : countries.entrySet()) {
      if (e.getValue() > first) {
        second = first;
        first = e.getValue();
        top = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    return first >= 2 && first > 2 * second ? Optional.of(top) : Optional.empty();
  }

  /**
   * A name learned from {@code introducedAs} now stands for {@code actor} (its country was found
   * later in the sentence).
   */
  void recode(String introducedAs, Actor actor) {
    names.replaceAll((k, l) -> l.introducedAs().equals(introducedAs) ? new Learned(actor, l.introducedAs()) : l);
  }

  Optional<Actor> lastCountryActor() {
    return Optional.ofNullable(lastCountryActor);
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
