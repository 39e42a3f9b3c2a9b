/**
 * Measuring dyad's speed: reproducible corpora (a seeded synthetic news generator, JSON Lines and
 * text-file corpora) and a runner that codes them on a fixed thread pool sharing one
 * {@link org.dyad.pipeline.Pipeline}, reporting throughput, time per stage and peak heap.
 */
package org.dyad.bench;
