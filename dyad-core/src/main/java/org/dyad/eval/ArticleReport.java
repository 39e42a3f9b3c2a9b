package org.dyad.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.eval.ArticleScorer.ArticleResult;
import org.dyad.eval.ArticleScorer.CoreResult;
import org.dyad.eval.ArticleScorer.Judged;
import org.dyad.eval.ArticleScorer.Result;
import org.dyad.eval.ArticleScorer.Verdict;

/**
 * Writes an article-level evaluation: a summary for the terminal, and in a report directory
 * {@code summary.json} (every figure), {@code failures.jsonl} (one line per article with a missed
 * core event or a wrong event: the misses with the coders' notes, the wrong events with the rule,
 * trigger, actor entries and sentence that made them) and {@code events.jsonl} (every event coded, in
 * dyad's output fields, which {@code score_articles.py GOLD events.jsonl} reads).
 */
public final class ArticleReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleReport() {}

  public static Map<String, Object> summary(ArticleGold gold, Result r, double seconds) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gold_file", gold.path().toString());
    m.put("format", "articles");
    m.put("articles", gold.articles().size());
    m.put("malformed_articles", gold.errors());
    m.put("core_events", r.coreTotal());
    m.put("core_matched", r.coreHit());
    m.put("judged_events", r.judged());
    m.put("correct_events", r.correct());
    m.put("wrong_events", r.wrong());
    m.put("forbidden_events", r.forbidden());
    m.put("events_without_target", r.noTarget());
    m.put("events_without_source", r.noSource());
    m.put("recall", round(r.recall()));
    m.put("precision", round(r.precision()));
    m.put("f1", round(r.f1()));
    m.put("extra_rate", Double.isNaN(r.extraRate()) ? null : round(r.extraRate()));
    m.put("dated_core", r.datedHit());
    m.put("dated_core_total", r.datedTotal());
    m.put("reference_line", r.referenceLine());
    m.put("seconds", Math.round(seconds * 10) / 10.0);
    return m;
  }

  /** Writes summary.json, failures.jsonl and events.jsonl into {@code dir}, creating it. */
  public static void write(ArticleGold gold, Result r, List<Map<String, Object>> events, double seconds, Path dir)
      throws IOException {
    Files.createDirectories(dir);
    JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(dir.resolve("summary.json").toFile(), summary(gold, r, seconds));
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("failures.jsonl"), StandardCharsets.UTF_8)) {
      for (ArticleResult a : r.articles()) {
        if (a.misses() > 0 || a.wrong() > 0) {
          w.write(JSON.writeValueAsString(failure(a)));
          w.write('\n');
        }
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("events.jsonl"), StandardCharsets.UTF_8)) {
      for (Map<String, Object> e : events) {
        w.write(JSON.writeValueAsString(e));
        w.write('\n');
      }
    }
  }

  static Map<String, Object> failure(ArticleResult a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.article().id());
    m.put("title", a.article().title());
    m.put("date", a.article().dateText());
    List<Map<String, Object>> misses = new ArrayList<>();
    for (CoreResult c : a.core()) {
      if (!c.hit()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("src", c.event().src());
        x.put("tgt", c.event().tgt());
        x.put("roots", c.event().roots());
        x.put("codes", c.event().codes());
        x.put("sym", c.event().sym());
        x.put("date", c.event().date());
        x.put("note", c.event().note());
        misses.add(x);
      }
    }
    m.put("missed", misses);
    List<Map<String, Object>> wrong = new ArrayList<>();
    List<Map<String, Object>> right = new ArrayList<>();
    for (Judged j : a.coded()) {
      Map<String, Object> f = j.event().fields();
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("verdict", j.verdict().name().toLowerCase(Locale.ROOT));
      for (String k : List.of("source", "target", "code", "modality", "date", "trigger", "rule", "source_text",
          "source_entry", "target_text", "target_entry", "sentence")) {
        x.put(k, f.get(k));
      }
      if (j.verdict() == Verdict.CORRECT) {
        right.add(x);
      } else if (j.verdict() == Verdict.WRONG || j.verdict() == Verdict.FORBIDDEN) {
        wrong.add(x);
      }
    }
    m.put("wrong", wrong);
    m.put("correct", right);
    return m;
  }

  public static void print(ArticleGold gold, Result r, double seconds, PrintStream out) {
    out.printf(Locale.ROOT, "== %s: %d articles, %d malformed; %.1f s%n", gold.path().getFileName(),
        gold.articles().size(), gold.errors().size(), seconds);
    out.printf(Locale.ROOT, "core events %d, matched %d; judged events %d, correct %d, wrong %d, forbidden %d%n",
        r.coreTotal(), r.coreHit(), r.judged(), r.correct(), r.wrong(), r.forbidden());
    out.printf(Locale.ROOT, "R %.3f P %.3f F1 %.3f, extra rate %s, dated core %d/%d%n", r.recall(), r.precision(),
        r.f1(), Double.isNaN(r.extraRate()) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * r.extraRate()),
        r.datedHit(), r.datedTotal());
    out.printf(Locale.ROOT, "events_without_target=%d events_without_source=%d (neither is judged)%n", r.noTarget(),
        r.noSource());
    out.println(r.referenceLine());
  }

  private static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }
}
