package org.dyad.store;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Optional;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Sentence;

/** Collects the rows of one batch and inserts them table by table when closed. */
final class BatchInserter implements AutoCloseable {
  private final PreparedStatement articles;
  private final PreparedStatement minhashes;
  private final PreparedStatement sentences;
  private final PreparedStatement mentions;

  BatchInserter(Connection conn) throws SQLException {
    articles = conn.prepareStatement("INSERT INTO articles VALUES (" + marks(12) + ")");
    minhashes = conn.prepareStatement("INSERT INTO minhashes VALUES (?, ?)");
    sentences = conn.prepareStatement("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)");
    mentions = conn.prepareStatement("INSERT INTO mentions VALUES (" + marks(38) + ")");
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  void article(StoreItem item) throws SQLException {
    ArticleRecord a = item.article();
    bind(articles, a.contentHash(), a.id(), a.source(), a.url(), a.title(), a.articleDate(), a.dateBasis(),
        a.nearDuplicateOf(), a.similarity(), a.docLen(),
        item.coded() == null ? null : item.coded().sentences().size(),
        item.coded() == null ? null : (int) item.coded().events().stream().filter(e -> e.modality().countsAsEvent()).count());
  }

  void signature(String hash, long[] sig) throws SQLException {
    ByteBuffer b = ByteBuffer.allocate(sig.length * Long.BYTES);
    b.asLongBuffer().put(sig);
    bind(minhashes, hash, b.array());
  }

  void sentence(String hash, Sentence s) throws SQLException {
    bind(sentences, hash, s.index(), s.start(), s.text(), s.isParsed());
  }

  void mention(String hash, String group, Event e) throws SQLException {
    long id = Ids.longId(hash, e.sentence().index(), e.trigger().start(), e.source().start(), e.target().start(),
        e.source().actor().code(), e.target().actor().code(), e.code().code(), e.modality().label());
    Optional<Location> l = e.location();
    bind(mentions, id, null, hash, group, group != null,
        e.article(), e.articleDate().orElse(null), e.date().orElse(null), e.datePrecision(),
        e.sentence().index(), e.sentence().text(), e.sentence().start(),
        e.source().actor().code(), e.source().actor().country(), e.source().text(), e.source().start(), e.source().entry(),
        e.target().actor().code(), e.target().actor().country(), e.target().text(), e.target().start(), e.target().entry(),
        e.code().code(), e.code().root(), e.code().quadClass(), e.code().goldstein(), e.modality().label(),
        e.trigger().text(), e.trigger().start(), e.rule(), e.confidence(),
        l.map(Location::place).orElse(null), l.map(Location::country).orElse(null),
        l.flatMap(Location::admin1).orElse(null), l.map(Location::lat).orElse(null), l.map(Location::lon).orElse(null),
        l.map(Location::gazetteerId).orElse(null), l.map(Location::basis).orElse(null));
  }

  static void bind(PreparedStatement ps, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        ps.setNull(i + 1, Types.NULL);
      } else if (v instanceof LocalDate d) {
        ps.setObject(i + 1, d);
      } else {
        ps.setObject(i + 1, v);
      }
    }
    ps.addBatch();
  }

  @Override
  public void close() throws SQLException {
    try {
      articles.executeBatch();
      minhashes.executeBatch();
      sentences.executeBatch();
      mentions.executeBatch();
    } finally {
      articles.close();
      minhashes.close();
      sentences.close();
      mentions.close();
    }
  }
}
