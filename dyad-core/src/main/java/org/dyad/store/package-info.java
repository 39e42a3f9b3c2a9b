/**
 * The embedded store, after the pipeline and dedup: a DuckDB file with tables articles,
 * sentences, mentions, events and the view actors_seen ({@link org.dyad.store.StoreSchema}).
 * {@link org.dyad.store.EventStore} writes one batch of articles per transaction and re-merges the
 * events they touch; {@link org.dyad.store.Exporter} and {@link org.dyad.store.DyadQuery} read it.
 */
package org.dyad.store;
