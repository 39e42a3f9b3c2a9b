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
 * article) and the last person mentioned (for "he"/"she"). One per article, never shared.
 */
public final class ArticleMemory {
  /** A learned name and where it was learned. */
  record Learned(Actor actor, String introducedAs) {}

  private final Map<String, Learned> names = new HashMap<>();
  private ActorMention lastPerson;

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

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
