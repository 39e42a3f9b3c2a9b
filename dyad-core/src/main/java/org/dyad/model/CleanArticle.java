package org.dyad.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The output of the clean stage: the blocks of an article that carry news text, and its date.
 *
 * @param article     the raw article, untouched
 * @param blocks      the kept text blocks in reading order, offsets into the raw text
 * @param date        the article's own date when a dateline was found in its text
 * @param dateBasis   how {@code date} was found ("dateline", "given" by the caller, "inferred: …" from
 *                    the text's dates, or "none…" with the reason), for provenance
 */
public record CleanArticle(
    Article article, List<TextBlock> blocks, Optional<LocalDate> date, String dateBasis) {
  public CleanArticle {
    blocks = List.copyOf(blocks);
  }
}
