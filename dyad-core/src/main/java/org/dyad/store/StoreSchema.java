package org.dyad.store;

import java.util.List;

/**
 * The tables of a dyad database. Every value is derived from the input's content (no wall-clock
 * times, no counters), so the same articles give the same database however the runs were split,
 * interrupted or parallelised.
 */
public final class StoreSchema {
  private StoreSchema() {}

  /** Bumped when a table changes incompatibly; a database of another version is refused. */
  public static final String VERSION = "3";

  /** The statements that create the tables (DuckDB SQL); the Spark job derives its Parquet schema from them. */
  public static final List<String> DDL = List.of(
      "CREATE TABLE IF NOT EXISTS settings (key VARCHAR, value VARCHAR)",
      """
      CREATE TABLE IF NOT EXISTS articles (
        content_hash VARCHAR NOT NULL, id VARCHAR NOT NULL, source VARCHAR, url VARCHAR, title VARCHAR,
        article_date DATE, date_basis VARCHAR, near_duplicate_of VARCHAR, similarity DOUBLE,
        doc_len INTEGER, num_sentences INTEGER, num_events INTEGER)""",
      "CREATE TABLE IF NOT EXISTS minhashes (content_hash VARCHAR NOT NULL, signature BLOB NOT NULL)",
      """
      CREATE TABLE IF NOT EXISTS sentences (
        article_hash VARCHAR NOT NULL, sentence_index INTEGER NOT NULL, start INTEGER NOT NULL,
        text VARCHAR NOT NULL, parsed BOOLEAN)""",
      """
      CREATE TABLE IF NOT EXISTS mentions (
        mention_id BIGINT NOT NULL, event_id BIGINT, article_hash VARCHAR NOT NULL, group_key VARCHAR,
        counted BOOLEAN,
        article VARCHAR, article_date DATE, article_date_basis VARCHAR, date DATE, date_precision VARCHAR,
        sentence_index INTEGER, sentence VARCHAR, sentence_start INTEGER,
        source VARCHAR, source_country VARCHAR, source_text VARCHAR, source_start INTEGER, source_entry VARCHAR,
        target VARCHAR, target_country VARCHAR, target_text VARCHAR, target_start INTEGER, target_entry VARCHAR,
        code VARCHAR, root VARCHAR, quad_class INTEGER, goldstein DOUBLE, plover VARCHAR, plover_mode VARCHAR, modality VARCHAR,
        reported_by VARCHAR, reported_by_text VARCHAR,
        trigger VARCHAR, trigger_start INTEGER, rule VARCHAR, confidence DOUBLE,
        place VARCHAR, place_country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE,
        geonames_id VARCHAR, location_basis VARCHAR)""",
      """
      CREATE TABLE IF NOT EXISTS events (
        event_id BIGINT NOT NULL, group_key VARCHAR NOT NULL, date DATE, date_precision VARCHAR,
        source VARCHAR, source_country VARCHAR, source_role VARCHAR, source_name VARCHAR,
        target VARCHAR, target_country VARCHAR, target_role VARCHAR, target_name VARCHAR,
        code VARCHAR, base_code VARCHAR, root VARCHAR, quad_class INTEGER, goldstein DOUBLE,
        num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER,
        first_seen DATE, last_seen DATE, is_root_event BOOLEAN,
        place VARCHAR, place_country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE, geonames_id VARCHAR,
        first_mention_id BIGINT, source_url VARCHAR)""",
      """
      CREATE OR REPLACE VIEW actors_seen AS
        SELECT actor, country, name, entry, count(*) AS mentions, min(date) AS first_date, max(date) AS last_date
        FROM (SELECT source AS actor, source_country AS country, source_text AS name, source_entry AS entry, date
                FROM mentions WHERE counted
              UNION ALL
              SELECT target, target_country, target_text, target_entry, date FROM mentions WHERE counted)
        GROUP BY actor, country, name, entry""");

  /** The data tables, in the order a comparison or a dump should list them. */
  public static final List<String> TABLES = List.of("articles", "minhashes", "sentences", "mentions", "events");
}
