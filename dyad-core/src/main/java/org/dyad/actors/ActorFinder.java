package org.dyad.actors;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.ActorMention;
import org.dyad.model.Sentence;

/**
 * Finds the actor mentions of a sentence. {@link ActorTagger} is dyad's own; an imported
 * dictionary format may bring its own grammar (PETRARCH's agents, for one). Implementations are
 * read-only and shared between threads; what they learn within an article goes in the memory.
 */
@FunctionalInterface
public interface ActorFinder {
  /**
   * @param date the date to code dated entries on (the article date), or null when unknown
   */
  List<ActorMention> tag(Sentence sentence, ArticleMemory memory, LocalDate date);
}
