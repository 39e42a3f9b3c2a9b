package org.dyad.dedup;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the mentions of one group (same source, target and code family, see {@link MergeRule})
 * into events. The result depends only on the set of mentions, never on the order they arrived
 * in, so a store that re-clusters a group whenever it gains a mention ends the same however the
 * corpus was split into runs.
 */
public final class EventClusterer {
  private static final Comparator<MentionPoint> BY_DATE_THEN_ID =
      Comparator.comparing(MentionPoint::date, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingLong(MentionPoint::mentionId);

  private final MergeRule rule;

  public EventClusterer(MergeRule rule) {
    this.rule = rule;
  }

  /**
   * Events as lists of mentions, each list and the list of lists sorted by (date, mention id):
   * an event's first mention is its earliest. A dated mention joins the first event whose earliest
   * date is within the window and whose first placed mention has a compatible place; undated
   * mentions form one event per article.
   */
  public List<List<MentionPoint>> cluster(List<MentionPoint> mentions) {
    List<MentionPoint> sorted = new ArrayList<>(mentions);
    sorted.sort(BY_DATE_THEN_ID);
    List<List<MentionPoint>> events = new ArrayList<>();
    Map<String, List<MentionPoint>> undated = new LinkedHashMap<>();
    for (MentionPoint m : sorted) {
      if (m.date() == null) {
        undated.computeIfAbsent(m.articleHash(), k -> new ArrayList<>()).add(m);
        continue;
      }
      List<MentionPoint> home = null;
      for (List<MentionPoint> e : events) {
        if (ChronoUnit.DAYS.between(e.get(0).date(), m.date()) <= rule.windowDays() && placeFits(e, m)) {
          home = e;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        events.add(home);
      }
      home.add(m);
    }
    events.addAll(undated.values());
    return events;
  }

  private static boolean placeFits(List<MentionPoint> event, MentionPoint m) {
    for (MentionPoint p : event) {
      if (p.country() != null) {
        return p.placeCompatible(m);
      }
    }
    return true;
  }
}
