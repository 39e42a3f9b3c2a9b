/**
 * Deduplication, between coding and the store: {@link org.dyad.dedup.MinHash} and
 * {@link org.dyad.dedup.NearDuplicateIndex} find syndicated copies and lightly edited reposts
 * before they are coded; {@link org.dyad.dedup.EventClusterer} merges mentions of one real-world
 * event across articles under a {@link org.dyad.dedup.MergeRule}.
 */
package org.dyad.dedup;
