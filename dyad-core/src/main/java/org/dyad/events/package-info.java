/**
 * Stage 5, events: dictionary patterns over dependency parses yield CAMEO events with source,
 * target, modality and the event's own date. Patterns live in verbs.txt; codes in cameo.tsv.
 */
package org.dyad.events;
