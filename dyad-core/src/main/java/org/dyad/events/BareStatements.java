package org.dyad.events;

import java.util.List;
import org.dyad.model.ActorMention;
import org.dyad.model.Event;

/**
 * A bare statement (010, no target) by a speaker known only by a role ("police said", "officials
 * say", "a spokesman said") records nothing a user can count: no country, no one addressed, and
 * not what was said. On real news such sentences report something else, which either is coded
 * as its own event or is not an event at all, so these statements are dropped. Statements by a
 * speaker with a country ("Kenya's police said", "police in Nairobi said") or a name ("activist
 * Ana Ruiz said") are kept. A country the actor tagger only guessed from the rest of the sentence
 * or the article ("Police said … in two German towns") does not make the speaker known.
 */
final class BareStatements {
  private static final String STATEMENT = "010";
  /** How an actor with a role and no country is written ("---COP"), or left empty. */
  private static final java.util.Set<String> NO_COUNTRY = java.util.Set.of("", "---");

  private BareStatements() {}

  static List<Event> withoutAnonymous(List<Event> events) {
    return events.stream().filter(e -> !anonymous(e)).toList();
  }

  private static boolean anonymous(Event e) {
    return e.code().code().equals(STATEMENT) && e.target().isNone() && !e.source().isNone()
        && !e.source().person()
        && (NO_COUNTRY.contains(e.source().actor().country()) || guessedFromContext(e.source().found()));
  }

  /** A country {@code actors.RoleCountries} took from outside the actor's own phrase. */
  private static boolean guessedFromContext(ActorMention.Found found) {
    return found == ActorMention.Found.INFERRED_FROM_SENTENCE || found == ActorMention.Found.INFERRED_FROM_ARTICLE;
  }
}
