package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dyad.dedup.EventClusterer;
import org.dyad.dedup.MentionPoint;
import org.dyad.dedup.MergeRule;

/**
 * Rebuilds the events of the groups a batch touched (see {@link MergeRule}): reads every counted
 * mention of those groups, clusters them with {@link EventClusterer}, replaces the groups' event
 * rows and points each mention at its event. Counts take near-duplicate copies into account: an
 * event in an article that three outlets carried has three articles and three sources.
 */
public final class EventMerger {
  private final Connection conn;
  private final EventClusterer clusterer;

  EventMerger(Connection conn, MergeRule rule) {
    this.conn = conn;
    this.clusterer = new EventClusterer(rule);
  }

  /**
   * A counted mention as merging sees it. Public, with {@link #mergeGroup}, so that the Spark job
   * merges with this code rather than a copy of it.
   */
  public record Row(MentionPoint point, String group, String datePrecision, String source, String sourceCountry,
      String sourceName, String target, String targetCountry, String targetName, String code, int quadClass,
      double goldstein, int sentenceIndex, String place, Double lat, Double lon, String gazetteerId) {

    /**
     * A row from a mention's stored values. Only places the sentence itself gave (location basis
     * {@code event} or {@code sentence}) can keep mentions apart; a target's country or a dateline
     * is a fallback guess, not evidence of a different event.
     */
    public static Row of(long mentionId, String articleHash, LocalDate date, String placeCountry, String admin1,
        String locationBasis, String group, String datePrecision, String source, String sourceCountry,
        String sourceName, String target, String targetCountry, String targetName, String code, int quadClass,
        double goldstein, int sentenceIndex, String place, Double lat, Double lon, String gazetteerId) {
      boolean evidence = "event".equals(locationBasis) || "sentence".equals(locationBasis);
      MentionPoint p = new MentionPoint(mentionId, articleHash, date, evidence ? placeCountry : null,
          evidence ? admin1 : null);
      return new Row(p, group, datePrecision, source, sourceCountry, sourceName, target, targetCountry, targetName,
          code, quadClass, goldstein, sentenceIndex, place, lat, lon, gazetteerId);
    }
  }

  /** An article that carried a coded article's text: the original itself or one of its copies. */
  public record Carrier(String id, String source, String url, LocalDate date) {}

  /**
   * One merged event: its row of the events table (31 values in column order) and the ids of its
   * mentions.
   */
  public record Merged(Object[] row, List<Long> mentionIds) {}

  /**
   * The events of one merge group: its counted mentions clustered, each cluster made an event.
   *
   * @param rows     every counted mention of the group
   * @param carriers for each coded article's content hash, the articles that carried it
   */
  public static List<Merged> mergeGroup(EventClusterer clusterer, List<Row> rows, Map<String, List<Carrier>> carriers) {
    Map<Long, Row> byId = new HashMap<>();
    rows.forEach(r -> byId.put(r.point().mentionId(), r));
    List<Merged> out = new ArrayList<>();
    for (List<MentionPoint> cluster : clusterer.cluster(rows.stream().map(Row::point).toList())) {
      List<Row> members = cluster.stream().map(p -> byId.get(p.mentionId())).toList();
      long eventId = Ids.longId(members.get(0).group(), members.get(0).point().mentionId());
      out.add(new Merged(event(eventId, members, carriers), members.stream().map(m -> m.point().mentionId()).toList()));
    }
    return out;
  }

  void remergeAll() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TEMP TABLE IF NOT EXISTS affected_groups (group_key VARCHAR)");
      st.execute("DELETE FROM affected_groups");
      st.execute("INSERT INTO affected_groups SELECT DISTINCT group_key FROM mentions WHERE counted");
      st.execute("DELETE FROM events");
    }
    rebuild();
  }

  /**
   * @param groups          groups that gained mentions
   * @param copiedOriginals content hashes of coded articles that gained a copy (their counts change)
   */
  void remerge(Collection<String> groups, Collection<String> copiedOriginals) throws SQLException {
    if (groups.isEmpty() && copiedOriginals.isEmpty()) {
      return;
    }
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TEMP TABLE IF NOT EXISTS affected_groups (group_key VARCHAR)");
      st.execute("CREATE TEMP TABLE IF NOT EXISTS copied (article_hash VARCHAR)");
      st.execute("DELETE FROM affected_groups");
      st.execute("DELETE FROM copied");
    }
    insertAll("INSERT INTO affected_groups VALUES (?)", groups);
    insertAll("INSERT INTO copied VALUES (?)", copiedOriginals);
    try (Statement st = conn.createStatement()) {
      st.execute("""
          INSERT INTO affected_groups SELECT DISTINCT group_key FROM mentions
          WHERE counted AND article_hash IN (SELECT article_hash FROM copied)
            AND group_key NOT IN (SELECT group_key FROM affected_groups)""");
      st.execute("DELETE FROM events WHERE group_key IN (SELECT group_key FROM affected_groups)");
    }
    rebuild();
  }

  private void insertAll(String sql, Collection<String> values) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (String v : values) {
        ps.setString(1, v);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Clusters the mentions of affected_groups and writes their events. */
  private void rebuild() throws SQLException {
    Map<String, List<Row>> byGroup = new TreeMap<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("""
        SELECT mention_id, article_hash, CAST(date AS VARCHAR), place_country, admin1, location_basis, group_key,
               date_precision, source, source_country, source_text, target, target_country, target_text,
               code, quad_class, goldstein, sentence_index, place, lat, lon, geonames_id
        FROM mentions WHERE counted AND group_key IN (SELECT group_key FROM affected_groups)""")) {
      while (rs.next()) {
        String d = rs.getString(3);
        Row r = Row.of(rs.getLong(1), rs.getString(2), d == null ? null : LocalDate.parse(d), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
            rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getInt(16),
            rs.getDouble(17), rs.getInt(18), rs.getString(19), (Double) rs.getObject(20), (Double) rs.getObject(21),
            rs.getString(22));
        byGroup.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r);
      }
    }
    Map<String, List<Carrier>> carriers = new HashMap<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("""
        SELECT coalesce(near_duplicate_of, content_hash), id, source, url, CAST(article_date AS VARCHAR)
        FROM articles WHERE coalesce(near_duplicate_of, content_hash) IN
          (SELECT article_hash FROM mentions WHERE counted AND group_key IN (SELECT group_key FROM affected_groups))""")) {
      while (rs.next()) {
        String d = rs.getString(5);
        carriers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(new Carrier(rs.getString(2), rs.getString(3), rs.getString(4), d == null ? null : LocalDate.parse(d)));
      }
    }
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TEMP TABLE IF NOT EXISTS assignments (mention_id BIGINT, event_id BIGINT)");
      st.execute("DELETE FROM assignments");
    }
    List<Object[]> events = new ArrayList<>();
    List<Object[]> assign = new ArrayList<>();
    for (List<Row> rows : byGroup.values()) {
      for (Merged m : mergeGroup(clusterer, rows, carriers)) {
        events.add(m.row());
        for (long id : m.mentionIds()) {
          assign.add(new Object[] {id, m.row()[0]});
        }
      }
    }
    BatchInserter.insert(conn, "events", 31, events);
    BatchInserter.insert(conn, "assignments", 2, assign);
    try (Statement st = conn.createStatement()) {
      st.execute("UPDATE mentions SET event_id = assignments.event_id FROM assignments "
          + "WHERE mentions.mention_id = assignments.mention_id");
    }
  }

  private static Object[] event(long eventId, List<Row> members, Map<String, List<Carrier>> carriers) {
    Row first = members.get(0);
    // The event's code is its mentions' most frequent one; ties go to the lowest code.
    Map<String, Integer> votes = new TreeMap<>();
    members.forEach(m -> votes.merge(m.code(), 1, Integer::sum));
    String code = votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    Row coded = members.stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    Set<String> articles = new HashSet<>();
    Set<String> sources = new HashSet<>();
    LocalDate firstSeen = null;
    LocalDate lastSeen = null;
    String url = null;
    Map<String, Boolean> seenHashes = new LinkedHashMap<>();
    for (Row m : members) {
      seenHashes.put(m.point().articleHash(), true);
    }
    for (String hash : seenHashes.keySet()) {
      for (Carrier c : carriers.getOrDefault(hash, List.of())) {
        articles.add(hash + "\u0000" + c.id());
        // Without an outlet name an article counts as its own source.
        sources.add(c.source() != null ? "s:" + c.source() : "a:" + c.id());
        if (c.date() != null) {
          firstSeen = firstSeen == null || c.date().isBefore(firstSeen) ? c.date() : firstSeen;
          lastSeen = lastSeen == null || c.date().isAfter(lastSeen) ? c.date() : lastSeen;
        }
      }
    }
    for (Carrier c : carriers.getOrDefault(first.point().articleHash(), List.of())) {
      String u = c.url() != null ? c.url() : c.id();
      url = url == null || u.compareTo(url) < 0 ? u : url;
    }
    Row placed = members.stream().filter(m -> m.point().country() != null).findFirst().orElse(null);
    boolean lead = members.stream().anyMatch(m -> m.sentenceIndex() == 0);
    return new Object[] {eventId, first.group(), first.point().date(), first.datePrecision(),
        first.source(), first.sourceCountry(), role(first.source(), first.sourceCountry()), first.sourceName(),
        first.target(), first.targetCountry(), role(first.target(), first.targetCountry()), first.targetName(),
        code, code.length() > 3 ? code.substring(0, 3) : code, code.substring(0, 2), coded.quadClass(),
        coded.goldstein(), members.size(), sources.size(), articles.size(), firstSeen, lastSeen, lead,
        placed == null ? null : placed.place(), placed == null ? null : placed.point().country(),
        placed == null ? null : placed.point().admin1(), placed == null ? null : placed.lat(),
        placed == null ? null : placed.lon(), placed == null ? null : placed.gazetteerId(),
        first.point().mentionId(), url};
  }

  private static String role(String code, String country) {
    return code.startsWith(country) ? code.substring(country.length()) : "";
  }

}
