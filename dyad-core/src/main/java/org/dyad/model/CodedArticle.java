package org.dyad.model;

import java.util.List;

/**
 * What the pipeline made of one article.
 *
 * @param article   the cleaned article
 * @param sentences every sentence (parsed ones carry dependencies)
 * @param events    every candidate event, whatever its modality
 * @param times     time spent per stage
 */
public record CodedArticle(CleanArticle article, List<Sentence> sentences, List<Event> events,
    org.dyad.pipeline.StageTimes times) {
  public CodedArticle {
    sentences = List.copyOf(sentences);
    events = List.copyOf(events);
  }

  public long parsedSentences() {
    return sentences.stream().filter(Sentence::isParsed).count();
  }
}
