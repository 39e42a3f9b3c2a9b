package org.dyad.dedup;

import java.util.Locale;

/**
 * When two mentions, from any articles, are the same real-world event:
 * <ol>
 *   <li>the same source and the same target actor code (country and role: {@code RUSGOV} and
 *       {@code RUS} are different actors, as are source and target swapped);</li>
 *   <li>the same CAMEO code family: the root ({@code 111} criticise and {@code 112} accuse are one
 *       verbal-conflict event told two ways) or, with {@link Family#BASE}, the 3-digit code;</li>
 *   <li>dates at most {@code windowDays} apart, measured from the event's earliest mention (so an
 *       event never spans more than the window, however many mentions it has); mentions without a
 *       date merge only within their own article;</li>
 *   <li>compatible places when both were placed from their own sentence (location basis event or
 *       sentence): the same country, and the same first-level division when both name one.</li>
 * </ol>
 *
 * @param windowDays how many days apart two mentions' dates may be (0: the same day only)
 * @param family     how much of the CAMEO code must agree
 */
public record MergeRule(int windowDays, Family family) {
  public enum Family {
    /** The 2-digit root. */
    ROOT(2),
    /** The 3-digit base code (a 2-digit code stands for itself). */
    BASE(3);

    private final int digits;

    Family(int digits) {
      this.digits = digits;
    }

    public String of(String cameo) {
      return cameo.length() <= digits ? cameo : cameo.substring(0, digits);
    }

    public static Family parse(String s) {
      try {
        return valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown code family '" + s + "': use root or base", e);
      }
    }
  }

  public static final MergeRule DEFAULT = new MergeRule(1, Family.ROOT);

  public MergeRule {
    if (windowDays < 0 || windowDays > 366) {
      throw new IllegalArgumentException("merge window must be 0 to 366 days, was " + windowDays);
    }
    if (family == null) {
      throw new IllegalArgumentException("code family must be given (root or base)");
    }
  }

  /** The key that mentions of one event share: source, target and code family. */
  public String groupKey(String source, String target, String cameo) {
    return source + "|" + target + "|" + family.of(cameo);
  }
}
