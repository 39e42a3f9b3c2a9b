package org.dyad.eval;

import org.dyad.events.PloverMap;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Compares a record's coded events with its expected ones. A gold event matches a coded one when
 * the codes agree at the record's level and both actor lists match; matching is greedy and one to
 * one, gold events in order, each taking the first unmatched coded event that fits.
 */
public final class Scorer {
  private final EvalOptions options;
  private final PloverMap plover;

  public Scorer(EvalOptions options, PloverMap plover) {
    this.options = options;
    this.plover = plover;
  }

  public EvalOptions options() {
    return options;
  }

  public RecordResult score(GoldRecord record, List<CodedEvent> coded) {
    return score(record, coded, null);
  }

  /** Scores a record whose coding failed with {@code error} (it then has no coded events). */
  public RecordResult failed(GoldRecord record, String error) {
    return score(record, List.of(), error);
  }

  private RecordResult score(GoldRecord record, List<CodedEvent> coded, String error) {
    CodeLevel level = level(record);
    // At PLOVER level only events with a PLOVER type take part: a public statement (root 01) has
    // none, just as dyad's own PLOVER export leaves it out.
    List<CodedEvent> counted = coded.stream()
        .filter(e -> options.allModalities() || e.modality().countsAsEvent())
        .filter(e -> level != CodeLevel.PLOVER || plover.type(e.code()).isPresent()).toList();
    List<GoldEvent> gold = record.expected();
    int[][] m = match(gold, counted, level);
    // A gold event whose actor is a list ("Congo and Costa Rica") is one compound event; dyad codes
    // one event per member. Further members of a matched compound are neither right nor extra.
    List<CodedEvent> kept = new java.util.ArrayList<>();
    for (int j = 0; j < counted.size(); j++) {
      CodedEvent c = counted.get(j);
      boolean member = m[1][j] < 0 && java.util.stream.IntStream.range(0, gold.size()).anyMatch(i -> m[0][i] >= 0
          && (gold.get(i).source().size() > 1 || gold.get(i).target().size() > 1) && matches(gold.get(i), c, level));
      if (!member) {
        kept.add(c);
      }
    }
    int[][] k = kept.size() == counted.size() ? m : match(gold, kept, level);
    return new RecordResult(record, coded, List.copyOf(kept), level, k[0], k[1], error);
  }

  /** Greedy matching, gold events in order: {goldTo, codedTo}. */
  private int[][] match(List<GoldEvent> gold, List<CodedEvent> counted, CodeLevel level) {
    int[] goldTo = new int[gold.size()];
    int[] codedTo = new int[counted.size()];
    Arrays.fill(goldTo, -1);
    Arrays.fill(codedTo, -1);
    for (int i = 0; i < gold.size(); i++) {
      for (int j = 0; j < counted.size(); j++) {
        if (codedTo[j] < 0 && matches(gold.get(i), counted.get(j), level)) {
          goldTo[i] = j;
          codedTo[j] = i;
          break;
        }
      }
    }
    return new int[][] {goldTo, codedTo};
  }

  /**
   * The level a record is compared at: PLOVER when its events carry PLOVER types but no codes,
   * at least ROOT for records annotated at root level, else the chosen level.
   */
  public CodeLevel level(GoldRecord record) {
    List<GoldEvent> gold = record.expected();
    if (!gold.isEmpty() && gold.stream().allMatch(g -> g.code() == null && g.plover() != null)) {
      return CodeLevel.PLOVER;
    }
    return record.rootOnly() ? options.level().coarsest(CodeLevel.ROOT) : options.level();
  }

  public boolean matches(GoldEvent g, CodedEvent c, CodeLevel level) {
    return codeMatches(g, c, level) && actorsMatch(g, c);
  }

  public boolean actorsMatch(GoldEvent g, CodedEvent c) {
    return options.actors().matches(g.source(), c.source()) && options.actors().matches(g.target(), c.target());
  }

  boolean codeMatches(GoldEvent g, CodedEvent c, CodeLevel level) {
    if (g.code() == null) {
      // only a PLOVER type, or nothing, was annotated
      return g.plover() == null || g.plover().equals(plover.type(c.code()).orElse(null));
    }
    String gc = g.code();
    String cc = c.code();
    return switch (level) {
      case CODE -> gc.equals(cc);
      case BASE -> prefix(gc, 3).equals(prefix(cc, Math.min(3, gc.length())));
      case ROOT -> prefix(gc, 2).equals(prefix(cc, 2));
      case PLOVER -> {
        Optional<String> want = g.plover() != null ? Optional.of(g.plover()) : plover.type(gc);
        yield want.isPresent() && want.equals(plover.type(cc));
      }
    };
  }

  /** The class an expected event is counted under per root and in the confusion table. */
  public String label(GoldEvent g, CodeLevel level) {
    if (level == CodeLevel.PLOVER || g.code() == null) {
      return g.plover() != null ? g.plover() : plover.type(g.code()).orElse("-");
    }
    return prefix(g.code(), 2);
  }

  /** The class a coded event is counted under: its root, or its PLOVER type at PLOVER level ("-" if none). */
  public String label(CodedEvent c, CodeLevel level) {
    return level == CodeLevel.PLOVER ? plover.type(c.code()).orElse("-") : prefix(c.code(), 2);
  }

  private static String prefix(String code, int n) {
    return code.length() <= n ? code : code.substring(0, n);
  }
}
