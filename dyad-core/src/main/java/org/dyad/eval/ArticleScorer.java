package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Scores coded events against an {@link ArticleGold} set exactly as {@code score_articles.py} (the
 * gold sets' reference scorer) does, so the figures are equal on the same events:
 *
 * <ul>
 *   <li>only events whose modality is asserted or reported (or missing) take part;</li>
 *   <li>actors compare on the first three letters of their country code (a country, IGO, NGO, IMG),
 *       roots on the first two digits of the code; a gold event marked {@code sym} also matches the
 *       other way round;</li>
 *   <li>an event belongs to a gold article when their ids are equal once a directory and an extension
 *       (.txt .html .htm .json .jsonl) are dropped, or, for a gold id with "_", when both agree up to
 *       the first "_";</li>
 *   <li>a coded event without a target (then without a source) is not judged;</li>
 *   <li>recall = core events some coded event matches / core events; precision = judged events that match a
 *       core or optional event (and no forbidden one) / judged events; {@code dated_core}: core events with
 *       a day that a matching coded event dates to that day.</li>
 * </ul>
 *
 * <p>The extra-event rate, dyad's figure beside recall everywhere, is judged events matching nothing
 * (wrong or forbidden) per core event, as the sentence sets count extras per expected event.
 */
public final class ArticleScorer {
  private ArticleScorer() {}

  /**
   * A coded event as the scorer sees it.
   *
   * @param article the article id it was coded from
   * @param src     the source's country code cut to three letters, upper case ("" when none)
   * @param tgt     the same for the target
   * @param root    the first two digits of the code
   * @param date    the event's date (YYYY-MM-DD) or null
   * @param fields  every field of the event as dyad writes it (rule, trigger, entries, sentence…)
   */
  public record Coded(String article, String src, String tgt, String root, String date, Map<String, Object> fields) {
    /** From dyad's event fields ({@link org.dyad.output.EventFields}); null when its modality is not counted. */
    public static Coded of(Map<String, Object> f) {
      String modality = f.get("modality") == null ? "asserted" : String.valueOf(f.get("modality"));
      modality = modality.isEmpty() ? "asserted" : modality.toLowerCase(Locale.ROOT);
      if (!modality.equals("asserted") && !modality.equals("reported")) {
        return null;
      }
      String code = f.get("code") == null ? "" : String.valueOf(f.get("code"));
      return new Coded(f.get("article") == null ? null : String.valueOf(f.get("article")),
          three(f.get("source_country")), three(f.get("target_country")), code.length() <= 2 ? code : code.substring(0, 2),
          f.get("date") == null ? null : String.valueOf(f.get("date")), f);
    }

    private static String three(Object country) {
      String s = country == null ? "" : String.valueOf(country);
      return (s.length() <= 3 ? s : s.substring(0, 3)).toUpperCase(Locale.ROOT);
    }
  }

  /** What became of one judged or unjudged coded event. */
  public enum Verdict { CORRECT, WRONG, FORBIDDEN, NO_TARGET, NO_SOURCE }

  /** A coded event of an article with its verdict. */
  public record Judged(Coded event, Verdict verdict) {}

  /** A core event and whether (and on its day) it was found. */
  public record CoreResult(ArticleGold.Event event, boolean hit, boolean datedHit) {}

  /** One gold article's results. */
  public record ArticleResult(ArticleGold.Article article, List<CoreResult> core, List<Judged> coded) {
    public long misses() {
      return core.stream().filter(c -> !c.hit()).count();
    }

    public long wrong() {
      return coded.stream().filter(j -> j.verdict() == Verdict.WRONG || j.verdict() == Verdict.FORBIDDEN).count();
    }
  }

  /** The whole set's figures. */
  public record Result(List<ArticleResult> articles, int coreTotal, int coreHit, int datedTotal, int datedHit,
      int correct, int wrong, int forbidden, int noTarget, int noSource) {
    public int judged() {
      return correct + wrong + forbidden;
    }

    public double recall() {
      return coreTotal == 0 ? 0.0 : (double) coreHit / coreTotal;
    }

    public double precision() {
      return judged() == 0 ? 0.0 : (double) correct / judged();
    }

    public double f1() {
      double r = recall();
      double p = precision();
      return r + p == 0 ? 0.0 : 2 * r * p / (r + p);
    }

    /** Judged events that match nothing, per core event (NaN without core events). */
    public double extraRate() {
      return coreTotal == 0 ? Double.NaN : (double) (wrong + forbidden) / coreTotal;
    }

    /** The reference scorer's summary line, figures rounded as it rounds them. */
    public String referenceLine() {
      return String.format(Locale.ROOT, "core_recall=%.2f precision=%.2f f1=%.2f forbidden=%d dated_core=%d/%d events=%d",
          recall(), precision(), f1(), forbidden, datedHit, datedTotal, judged());
    }
  }

  /** Scores {@code events} (every coded event of the run, any modality) against {@code gold}. */
  public static Result score(ArticleGold gold, List<Coded> events) {
    List<Coded> counted = events.stream().filter(Objects::nonNull).toList();
    List<ArticleResult> results = new ArrayList<>();
    int coreTotal = 0, coreHit = 0, datedTotal = 0, datedHit = 0, correct = 0, wrong = 0, forbidden = 0;
    int noTarget = 0, noSource = 0;
    for (ArticleGold.Article a : gold.articles()) {
      List<Coded> mine = counted.stream().filter(e -> sameArticle(a.id(), e.article())).toList();
      List<CoreResult> core = new ArrayList<>();
      for (ArticleGold.Event c : a.core()) {
        coreTotal++;
        List<Coded> hits = mine.stream().filter(e -> fits(e, c, true)).toList();
        boolean hit = !hits.isEmpty();
        coreHit += hit ? 1 : 0;
        boolean dated = false;
        if (c.date() != null && !c.date().isEmpty()) {
          datedTotal++;
          dated = hits.stream().anyMatch(e -> c.date().equals(e.date()));
          datedHit += dated ? 1 : 0;
        }
        core.add(new CoreResult(c, hit, dated));
      }
      List<Judged> judged = new ArrayList<>();
      for (Coded e : mine) {
        Verdict v;
        if (e.tgt().isEmpty()) {
          v = Verdict.NO_TARGET;
          noTarget++;
        } else if (e.src().isEmpty()) {
          v = Verdict.NO_SOURCE;
          noSource++;
        } else if (a.forbidden().stream().anyMatch(f -> fits(e, f, true))) {
          v = Verdict.FORBIDDEN;
          forbidden++;
        } else if (a.core().stream().anyMatch(c -> fits(e, c, true))
            || a.optional().stream().anyMatch(o -> fits(e, o, o.sym()))) {
          v = Verdict.CORRECT;
          correct++;
        } else {
          v = Verdict.WRONG;
          wrong++;
        }
        judged.add(new Judged(e, v));
      }
      results.add(new ArticleResult(a, core, judged));
    }
    return new Result(results, coreTotal, coreHit, datedTotal, datedHit, correct, wrong, forbidden, noTarget,
        noSource);
  }

  static boolean fits(Coded e, ArticleGold.Event g, boolean useSym) {
    boolean ok = g.src().contains(e.src()) && g.tgt().contains(e.tgt());
    if (!ok && useSym && g.sym()) {
      ok = g.src().contains(e.tgt()) && g.tgt().contains(e.src());
    }
    return ok && g.roots().contains(e.root());
  }

  /** The reference scorer's article-name rule (its {@code stem} and {@code same_article}). */
  static boolean sameArticle(String goldKey, String coded) {
    String g = stem(goldKey);
    String p = stem(coded);
    return g.equals(p) || (g.contains("_") && p.split("_", -1)[0].equals(g.split("_", -1)[0]));
  }

  static String stem(String name) {
    String s = name == null ? "" : name;
    String base = s.substring(s.lastIndexOf('/') + 1);
    for (String ext : List.of(".txt", ".html", ".htm", ".json", ".jsonl")) {
      if (base.endsWith(ext)) {
        base = base.substring(0, base.length() - ext.length());
      }
    }
    return base;
  }
}
