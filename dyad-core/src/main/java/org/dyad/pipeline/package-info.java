/**
 * Assembles the stages into one coder that is built once per JVM and shared by threads
 * ({@link org.dyad.pipeline.Pipeline}), and runs it over a corpus into the store
 * ({@link org.dyad.pipeline.CorpusRun}).
 */
package org.dyad.pipeline;
