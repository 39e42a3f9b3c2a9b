package org.dyad.model;

import java.util.List;

/**
 * What the pipeline made of one article.
 *
 * @param article   the cleaned article
 * @param sentences every sentence (parsed ones carry dependencies)
 * @param mentions  the actor mentions of each sentence, parallel to {@code sentences}
 * @param events    every candidate event, whatever its modality
 * @param times     time spent per stage
 */
public record CodedArticle(CleanArticle article, List<Sentence> sentences, List<List<ActorMention>> mentions,
    List<Event> events, org.dyad.pipeline.StageTimes times) {
  public CodedArticle {
    sentences = List.copyOf(sentences);
    mentions = mentions.stream().map(List::copyOf).toList();
    events = List.copyOf(events);
    if (mentions.size() != sentences.size()) {
      throw new IllegalArgumentException("mentions must be parallel to sentences: " + mentions.size()
          + " lists for " + sentences.size() + " sentences");
    }
  }

  /** An article coded without keeping its actor mentions. */
  public CodedArticle(CleanArticle article, List<Sentence> sentences, List<Event> events,
      org.dyad.pipeline.StageTimes times) {
    this(article, sentences, sentences.stream().map(s -> List.<ActorMention>of()).toList(), events, times);
  }

  public long parsedSentences() {
    return sentences.stream().filter(Sentence::isParsed).count();
  }
}
