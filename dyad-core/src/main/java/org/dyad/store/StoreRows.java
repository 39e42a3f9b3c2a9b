package org.dyad.store;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.dyad.model.Event;
import org.dyad.model.Location;

/**
 * The values of one row of the {@code articles}, {@code minhashes} and {@code mentions} tables, in
 * the tables' column order ({@link StoreSchema}). The database writer and the Spark job both build
 * their rows here, so a row means the same wherever it was written.
 */
public final class StoreRows {
  private StoreRows() {}

  /** The articles row of an article (12 values). */
  public static Object[] article(StoreItem item) {
    ArticleRecord a = item.article();
    return new Object[] {a.contentHash(), a.id(), a.source(), a.url(), a.title(), a.articleDate(), a.dateBasis(),
        a.nearDuplicateOf(), a.similarity(), a.docLen(),
        item.coded() == null ? null : item.coded().sentences().size(),
        item.coded() == null ? null : (int) item.coded().events().stream().filter(e -> e.modality().countsAsEvent()).count()};
  }

  /** A MinHash signature as the minhashes table stores it. */
  public static byte[] signature(long[] sig) {
    ByteBuffer b = ByteBuffer.allocate(sig.length * Long.BYTES);
    b.asLongBuffer().put(sig);
    return b.array();
  }

  /** The stable id of a mention: a hash of its article and what was coded where. */
  public static long mentionId(String hash, Event e) {
    return Ids.longId(hash, e.sentence().index(), e.trigger().start(), e.source().start(), e.target().start(),
        e.source().actor().code(), e.target().actor().code(), e.code().code(), e.modality().label());
  }

  /**
   * The mentions row of a coded event (43 values), its event id not yet known.
   *
   * @param group the merge group (see {@link org.dyad.dedup.MergeRule#groupKey}) of a counted event, else null
   */
  public static Object[] mention(String hash, String dateBasis, String group, Event e) {
    Optional<Location> l = e.location();
    return new Object[] {mentionId(hash, e), null, hash, group, group != null,
        e.article(), e.articleDate().orElse(null), dateBasis, e.date().orElse(null), e.datePrecision(),
        e.sentence().index(), e.sentence().text(), e.sentence().start(),
        e.source().actor().code(), e.source().actor().country(), e.source().text(), e.source().start(), e.source().entry(),
        e.target().actor().code(), e.target().actor().country(), e.target().text(), e.target().start(), e.target().entry(),
        e.code().code(), e.code().root(), e.code().quadClass(), e.code().goldstein(),
        e.code().plover().isEmpty() ? null : e.code().plover(),
        e.code().ploverMode().isEmpty() ? null : e.code().ploverMode(), e.modality().label(),
        e.reportedBy().isNone() ? null : e.reportedBy().actor().code(),
        e.reportedBy().isNone() ? null : e.reportedBy().text(),
        e.trigger().text(), e.trigger().start(), e.rule(), e.confidence(),
        l.map(Location::place).orElse(null), l.map(Location::country).orElse(null),
        l.flatMap(Location::admin1).orElse(null), l.map(Location::lat).orElse(null), l.map(Location::lon).orElse(null),
        l.map(Location::gazetteerId).orElse(null), l.map(Location::basis).orElse(null)};
  }
}
