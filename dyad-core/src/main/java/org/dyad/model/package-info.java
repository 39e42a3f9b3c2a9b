/**
 * The immutable records passed between the pipeline stages: {@code Article} (ingest) →
 * {@code CleanArticle} (clean) → {@code Sentence} (nlp) → {@code ActorMention} (actors) →
 * {@code Event} (events) → {@code CodedArticle}. No stage modifies its input.
 */
package org.dyad.model;
