package org.dyad.events;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dyad.model.Event;

/**
 * What each pass after matching did to each candidate event: kept, changed (recoded, given a
 * target, a place, a modality...) or dropped. {@link #NONE} records nothing (a normal run); a
 * recording trail is made per article by {@code dyad explain}. Not thread-safe: one per article.
 */
public class Trail {
  /** Records nothing. */
  public static final Trail NONE = new Trail() {
    @Override
    public List<Event> record(Pass pass, List<Event> before, List<Event> after) {
      return after;
    }

    @Override
    public void candidates(List<Event> events) {}
  };

  /** One thing a pass did to a candidate; {@code after} is null when the pass dropped it. */
  public record Step(Pass pass, Event before, Event after) {
    public boolean dropped() {
      return after == null;
    }

    /** What changed, in words: "dropped", "code 190 -> 1831", "modality future -> asserted", ... */
    public String describe() {
      if (after == null) {
        return "dropped";
      }
      List<String> d = new ArrayList<>();
      if (!before.code().code().equals(after.code().code())) {
        d.add("code " + before.code().code() + " -> " + after.code().code());
      }
      if (before.modality() != after.modality()) {
        d.add("modality " + before.modality().label() + " -> " + after.modality().label());
      }
      if (!before.source().actor().equals(after.source().actor())) {
        d.add("source " + before.source().actor() + " -> " + after.source().actor());
      }
      if (!before.target().actor().equals(after.target().actor()) || before.target().isNone() != after.target().isNone()) {
        d.add("target " + (before.target().isNone() ? "none" : before.target().actor()) + " -> "
            + (after.target().isNone() ? "none" : after.target().actor()));
      }
      if (!before.location().equals(after.location())) {
        d.add("place " + after.location().map(l -> l.place()).orElse("none"));
      }
      if (!Objects.equals(before.articleDateBasis(), after.articleDateBasis())) {
        d.add("article date basis " + after.articleDateBasis());
      }
      if (before.confidence() != after.confidence()) {
        d.add("confidence " + after.confidence());
      }
      if (!Objects.equals(before.reportedBy(), after.reportedBy())) {
        d.add("reported by " + (after.reportedBy().isNone() ? "an unnamed speaker" : after.reportedBy().text()));
      }
      return d.isEmpty() ? "changed (" + after.rule() + ")" : String.join(", ", d);
    }
  }

  /** A candidate and what the passes did to it (no step: kept unchanged by every pass). */
  public record Candidate(Event event, List<Step> steps) {
    public boolean dropped() {
      return !steps.isEmpty() && steps.get(steps.size() - 1).dropped();
    }
  }

  private final List<Candidate> candidates = new ArrayList<>();
  /** For each event now alive (by identity: equal events may be two candidates), its candidate. */
  private final Map<Event, Candidate> origin = new IdentityHashMap<>();

  /** A trail that records. */
  public static Trail recording() {
    return new Trail();
  }

  /** The events a sentence's patterns matched, before any pass. */
  public void candidates(List<Event> events) {
    for (Event e : events) {
      Candidate c = new Candidate(e, new ArrayList<>());
      candidates.add(c);
      origin.put(e, c);
    }
  }

  /**
   * Records what pass {@code pass} did, matching each output to its input by sentence, trigger,
   * source and target (then by sentence, trigger and source, for passes that change the target);
   * returns {@code after}.
   */
  public List<Event> record(Pass pass, List<Event> before, List<Event> after) {
    List<Event> unmatchedBefore = new ArrayList<>(before);
    Map<Event, Event> matched = new IdentityHashMap<>();
    for (int strict = 1; strict >= 0; strict--) {
      for (Event a : after) {
        if (matched.containsKey(a)) {
          continue;
        }
        for (int k = 0; k < unmatchedBefore.size(); k++) {
          if (same(a, unmatchedBefore.get(k), strict == 1)) {
            matched.put(a, unmatchedBefore.remove(k));
            break;
          }
        }
      }
    }
    for (Event a : after) {
      Event b = matched.get(a);
      Candidate from = b == null ? null : origin.get(b);
      if (from == null) {
        continue;
      }
      origin.put(a, from);
      if (a != b && !a.equals(b)) {
        from.steps().add(new Step(pass, b, a));
      }
    }
    for (Event b : unmatchedBefore) {
      Candidate from = origin.get(b);
      if (from != null) {
        from.steps().add(new Step(pass, b, null));
      }
    }
    return after;
  }

  private static boolean same(Event a, Event b, boolean strict) {
    return a.sentence().index() == b.sentence().index() && a.trigger().index() == b.trigger().index()
        && a.source().firstToken() == b.source().firstToken()
        && (!strict || a.target().firstToken() == b.target().firstToken());
  }

  /** Every candidate in the order matched, with its steps. */
  public List<Candidate> candidates() {
    return candidates;
  }
}
