/**
 * JMH micro-benchmarks of the inner loops that run for every sentence: actor dictionary matching
 * ({@link org.dyad.actors.ActorTagger#tag}) and event pattern matching
 * ({@link org.dyad.events.EventCoder#code}). Built only with the {@code jmh} Maven profile:
 * {@code mvn -Pjmh -pl dyad-jmh -am package}, then {@code java -jar dyad-jmh/target/benchmarks.jar}.
 */
package org.dyad.jmh;
