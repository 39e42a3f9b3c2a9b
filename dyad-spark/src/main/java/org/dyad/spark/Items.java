package org.dyad.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.dyad.model.Article;
import org.dyad.model.ArticleMeta;
import org.dyad.store.ArticleRecord;

/** The plain, serializable values that travel between the job's stages. */
final class Items {
  private Items() {}

  /** One input file, numbered in the order {@code dyad code} would read it. */
  record InputFile(int index, String name, String uri) implements Serializable {}

  /**
   * One article as read, or a problem with an input (then {@code problem} is set and the rest is
   * empty).
   *
   * @param file the input's number; {@code seq} the article's (or problem's) number within it
   */
  record Raw(int file, long seq, String id, String text, String title, LocalDate date, String url, String source,
      String problem) implements Serializable {
    static Raw of(int file, long seq, Article a) {
      ArticleMeta m = a.meta();
      return new Raw(file, seq, a.id(), a.text(), m.title().orElse(null), m.date().orElse(null), m.url().orElse(null),
          m.source().orElse(null), null);
    }

    static Raw problem(int file, long seq, String message) {
      return new Raw(file, seq, null, null, null, null, null, null, message);
    }

    Article article() {
      return article(text);
    }

    Article article(String withText) {
      return new Article(id, withText, new ArticleMeta(Optional.ofNullable(title), Optional.ofNullable(date),
          Optional.ofNullable(url), Optional.ofNullable(source)));
    }
  }

  /** A raw article with its position in the whole corpus's reading order. */
  record Numbered(long order, Raw raw) implements Serializable {}

  /**
   * An article after boilerplate, language and cleaning, before dedup decides whether it is coded.
   *
   * @param order     its position in the reading order
   * @param text      its text with learned boilerplate blanked (what is coded)
   * @param record    its articles row as a copy would have it (copy fields empty)
   * @param signature its MinHash signature
   * @param skip      why it is not coded (another language), else null
   */
  record Prepared(long order, Raw raw, String text, Record record, long[] signature, String skip) implements Serializable {
    String hash() {
      return record.contentHash();
    }
  }

  /** {@link ArticleRecord} as plain values. */
  record Record(String contentHash, String id, String source, String url, String title, LocalDate articleDate,
      String dateBasis, String nearDuplicateOf, Double similarity, int docLen) implements Serializable {
    static Record of(ArticleRecord r) {
      return new Record(r.contentHash(), r.id(), r.source(), r.url(), r.title(), r.articleDate(), r.dateBasis(),
          r.nearDuplicateOf(), r.similarity(), r.docLen());
    }

    ArticleRecord toRecord() {
      return new ArticleRecord(contentHash, id, source, url, title, articleDate, dateBasis, nearDuplicateOf, similarity,
          docLen);
    }

    Record copyOf(String original, double sim) {
      return new Record(contentHash, id, source, url, title, articleDate, dateBasis, original, sim, docLen);
    }
  }

  /** A near-duplicate decision: the content hash of the original and the similarity. */
  record Copy(String original, double similarity) implements Serializable {}

  /** {@link org.dyad.store.EventMerger.Carrier} as plain values. */
  record Carrier(String id, String source, String url, LocalDate date) implements Serializable {
    org.dyad.store.EventMerger.Carrier toMerger() {
      return new org.dyad.store.EventMerger.Carrier(id, source, url, date);
    }
  }
}
