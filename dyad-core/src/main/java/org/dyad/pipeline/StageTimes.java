package org.dyad.pipeline;

/** Nanoseconds one article spent in each stage, for `dyad bench` and progress reports. */
public record StageTimes(long clean, long split, long actors, long parse, long events, long geo) {
  public static final StageTimes ZERO = new StageTimes(0, 0, 0, 0, 0, 0);

  /** Times of a pipeline without a geo stage. */
  public StageTimes(long clean, long split, long actors, long parse, long events) {
    this(clean, split, actors, parse, events, 0);
  }

  public StageTimes plus(StageTimes o) {
    return new StageTimes(clean + o.clean, split + o.split, actors + o.actors, parse + o.parse, events + o.events,
        geo + o.geo);
  }

  public long total() {
    return clean + split + actors + parse + events + geo;
  }
}
