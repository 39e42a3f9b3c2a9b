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

/**
 * Writes an evaluation: a compact summary for the terminal, and with a report directory
 * {@code summary.json} (every figure) and {@code failures.jsonl} (one line per record that was
 * not fully right, with the expected events and every coded event with its rule and trigger).
 */
public final class ReportWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportWriter() {}

  /** Everything {@code summary.json} holds. */
  public static Map<String, Object> summary(Evaluation e, double seconds) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gold_file", e.file().path().toString());
    EvalOptions o = e.scorer().options();
    m.put("level", o.level().name().toLowerCase(Locale.ROOT));
    m.put("actor_match", o.actors().name().toLowerCase(Locale.ROOT));
    m.put("all_modalities", o.allModalities());
    m.putAll(e.total().figures());
    m.put("error_records", e.errorRecords());
    m.put("unannotated_records", e.unannotatedRecords());
    m.put("unannotated_coded_events", e.unannotatedCoded());
    m.put("crashed_records", e.crashed());
    m.put("malformed_lines", e.file().errors().size());
    m.put("malformed", e.file().errors());
    m.put("seconds", Math.round(seconds * 10) / 10.0);
    m.put("per_category", figures(e.perCategory()));
    m.put("per_root", figures(e.perRoot()));
    m.put("root_confusion", e.confusion());
    return m;
  }

  private static Map<String, Object> figures(Map<String, Counts> groups) {
    Map<String, Object> m = new LinkedHashMap<>();
    groups.forEach((k, c) -> {
      Map<String, Object> f = c.figures();
      if (c.records() == 0) { // per-root groups count events, not records
        f.remove("records_total");
        f.remove("records_right");
      }
      m.put(k, f);
    });
    return m;
  }

  /** Writes summary.json and failures.jsonl into {@code dir}, creating it. */
  public static void write(Evaluation e, double seconds, Path dir) throws IOException {
    Files.createDirectories(dir);
    JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(dir.resolve("summary.json").toFile(), summary(e, seconds));
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("failures.jsonl"), StandardCharsets.UTF_8)) {
      for (RecordResult r : e.failures()) {
        w.write(JSON.writeValueAsString(failure(r, e.scorer())));
        w.write('\n');
      }
      for (RecordResult r : e.unscored()) {
        Map<String, Object> f = failure(r, e.scorer());
        f.put("unscored", "the record has no annotation");
        w.write(JSON.writeValueAsString(f));
        w.write('\n');
      }
    }
  }

  static Map<String, Object> failure(RecordResult r, Scorer scorer) {
    GoldRecord g = r.record();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", g.id());
    m.put("at", g.source());
    m.put("category", g.category());
    m.put("text", g.text());
    m.put("level", r.level().name().toLowerCase(Locale.ROOT));
    m.put("noevents", g.noevents());
    if (r.error() != null) {
      m.put("error", r.error());
    }
    List<Map<String, Object>> expected = new ArrayList<>();
    for (int i = 0; i < g.expected().size(); i++) {
      GoldEvent ev = g.expected().get(i);
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("source", ev.source());
      x.put("target", ev.target());
      x.put("code", ev.code());
      if (ev.plover() != null || r.level() == CodeLevel.PLOVER) {
        x.put("plover", scorer.label(ev, CodeLevel.PLOVER));
      }
      x.put("matched", r.goldTo()[i] >= 0);
      expected.add(x);
    }
    m.put("expected", expected);
    List<Map<String, Object>> coded = new ArrayList<>();
    for (CodedEvent c : r.coded()) {
      int j = -1;
      for (int k = 0; k < r.counted().size(); k++) {
        if (r.counted().get(k) == c) { // identity: two equal events are two events
          j = k;
        }
      }
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("source", c.source().code());
      x.put("target", c.target().code());
      x.put("code", c.code());
      if (r.level() == CodeLevel.PLOVER) {
        x.put("plover", scorer.label(c, CodeLevel.PLOVER));
      }
      x.put("modality", c.modality().label());
      x.put("counted", j >= 0);
      x.put("matched", j >= 0 && r.codedTo()[j] >= 0);
      x.put("rule", c.rule());
      x.put("trigger", c.trigger());
      x.put("source_text", c.sourceText());
      x.put("target_text", c.targetText());
      coded.add(x);
    }
    m.put("coded", coded);
    return m;
  }

  /** The terminal summary: a header line, then records right, P/R/F1, extra rate and a per-root table. */
  public static void print(Evaluation e, double seconds, PrintStream out) {
    Counts t = e.total();
    GoldFile f = e.file();
    out.printf(Locale.ROOT, "== %s: %d records scored, %d error-path, %d unannotated, %d malformed line(s), "
            + "%d crashed; %.1f s%n", f.path().getFileName(), t.records(), e.errorRecords(), e.unannotatedRecords(),
        f.errors().size(), e.crashed(), seconds);
    if (t.records() > 0) {
      out.printf(Locale.ROOT, "records right %d/%d (%s)%n", t.recordsRight(), t.records(),
          pct((double) t.recordsRight() / t.records()));
      out.printf(Locale.ROOT, "events gold %d, coded %d, correct %d: P %s R %s F1 %s, extra rate %s%n",
          t.gold(), t.coded(), t.correct(), num(t.precision()), num(t.recall()), num(t.f1()), pct(t.extraRate()));
    }
    if (e.unannotatedRecords() > 0) {
      out.printf(Locale.ROOT, "unannotated (smoke test): %d records, %d events coded%n", e.unannotatedRecords(),
          e.unannotatedCoded());
    }
    if (!e.perRoot().isEmpty()) {
      out.printf(Locale.ROOT, "  %-11s %5s %5s %5s %6s %6s %6s%n", "root/type", "gold", "coded", "right", "P", "R",
          "F1");
      e.perRoot().forEach((k, c) -> out.printf(Locale.ROOT, "  %-11s %5d %5d %5d %6s %6s %6s%n", k, c.gold(),
          c.coded(), c.correct(), num(c.precision()), num(c.recall()), num(c.f1())));
    }
  }

  private static String num(double d) {
    return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
  }

  private static String pct(double d) {
    return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * d);
  }
}
