package org.dyad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.dyad.pipeline.StageTimes;

/**
 * Everything `dyad bench` measured, printed as a table or written as JSON (the same figures).
 *
 * @param machine          cores, JVM, OS, max heap, CoreNLP version
 * @param modelLoadSeconds time of {@code Pipeline.create}: dictionaries and CoreNLP models
 * @param corpora          each corpus's description, by name
 * @param runs             one result per corpus and thread count
 */
public record BenchReport(Map<String, String> machine, double modelLoadSeconds, Map<String, String> corpora,
    List<BenchResult> runs) {
  /** Stages outside the pipeline that bench times: they run in `dyad code --db`, measured by scripts/bench-store.sh. */
  public static final List<String> NOT_BUILT = List.of("dedup", "store");
  private static final String NOT_BUILT_TEXT = "n/a here (dyad code --db: scripts/bench-store.sh)";

  private static final List<Map.Entry<String, ToLongFunction<StageTimes>>> STAGES = List.of(
      Map.entry("clean", StageTimes::clean), Map.entry("split", StageTimes::split),
      Map.entry("actors", StageTimes::actors), Map.entry("parse", StageTimes::parse),
      Map.entry("events", StageTimes::events), Map.entry("geo", StageTimes::geo));

  /** The machine as the JVM sees it. */
  public static Map<String, String> describeMachine(String corenlpVersion) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    m.put("jvm", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
        + System.getProperty("java.runtime.version"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    m.put("max_heap", mb(Runtime.getRuntime().maxMemory()));
    m.put("corenlp", corenlpVersion);
    return m;
  }

  public void printTable(PrintStream out) {
    out.println("dyad bench");
    machine.forEach((k, v) -> out.printf("  %-9s %s%n", k, v));
    out.printf("  model load (Pipeline.create): %.2f s%n", modelLoadSeconds);
    out.println("corpora");
    corpora.forEach((k, v) -> out.printf("  %-10s %s%n", k, v));
    out.println();
    out.printf("%-10s %3s %6s %8s %17s %8s %7s %8s %7s %7s %8s %10s%n", "corpus", "thr", "warmup", "articles",
        "sentences parsed", "tokens", "events", "wall s", "art/s", "sent/s", "tok/s", "peak heap");
    for (BenchResult r : runs) {
      out.printf(Locale.ROOT, "%-10s %3d %6d %8d %8d %8s %8d %7d %8.1f %7.2f %7.1f %8.0f %10s%n", r.corpus(),
          r.threads(), r.warmupArticles(), r.articles(), r.sentences(),
          String.format(Locale.ROOT, "%.1f%%", 100 * r.parsedFraction()), r.tokens(), r.events(), r.seconds(),
          r.articlesPerSecond(), r.sentencesPerSecond(), r.tokensPerSecond(), mb(r.peakHeapBytes()));
      if (r.failed() > 0) {
        out.printf("  %d article(s) failed; first: %s%n", r.failed(), r.firstFailure());
      }
    }
    out.println();
    out.println("time per stage: ms per article (share of the stages' total), summed over threads");
    List<String> heads = new ArrayList<>();
    runs.forEach(r -> heads.add(r.corpus() + "/" + r.threads() + "t"));
    StringBuilder h = new StringBuilder(String.format("%-7s", "stage"));
    heads.forEach(x -> h.append(String.format(" %18s", x)));
    out.println(h);
    for (var stage : STAGES) {
      StringBuilder line = new StringBuilder(String.format("%-7s", stage.getKey()));
      for (BenchResult r : runs) {
        long t = stage.getValue().applyAsLong(r.stages());
        double perArticle = t / 1e6 / Math.max(1, r.articles());
        double share = r.stages().total() == 0 ? 0 : 100.0 * t / r.stages().total();
        line.append(String.format(Locale.ROOT, " %18s", String.format(Locale.ROOT, "%.3f (%.1f%%)", perArticle, share)));
      }
      out.println(line);
    }
    for (String stage : NOT_BUILT) {
      out.printf("%-7s %18s%n", stage, NOT_BUILT_TEXT);
    }
    out.println();
    out.println("peak heap: sum of the heap pools' peaks during the timed run (an upper bound); stage times are"
        + " CPU-side sums, so with N threads they add up to about N x wall time");
  }

  /** The same figures as JSON (snake_case keys), with derived rates and per-stage figures spelled out. */
  public void writeJson(Path file) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("machine", machine);
    root.put("model_load_seconds", modelLoadSeconds);
    root.put("corpora", corpora);
    List<Map<String, Object>> rs = new ArrayList<>();
    for (BenchResult r : runs) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("corpus", r.corpus());
      m.put("threads", r.threads());
      m.put("warmup_articles", r.warmupArticles());
      m.put("articles", r.articles());
      m.put("failed", r.failed());
      m.put("sentences", r.sentences());
      m.put("sentences_parsed", r.parsed());
      m.put("parsed_fraction", r.parsedFraction());
      m.put("tokens", r.tokens());
      m.put("events", r.events());
      m.put("wall_seconds", r.seconds());
      m.put("articles_per_second", r.articlesPerSecond());
      m.put("sentences_per_second", r.sentencesPerSecond());
      m.put("tokens_per_second", r.tokensPerSecond());
      m.put("peak_heap_bytes", r.peakHeapBytes());
      Map<String, Object> stages = new LinkedHashMap<>();
      for (var stage : STAGES) {
        long t = stage.getValue().applyAsLong(r.stages());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("total_seconds", t / 1e9);
        figures.put("ms_per_article", t / 1e6 / Math.max(1, r.articles()));
        figures.put("share", r.stages().total() == 0 ? 0.0 : (double) t / r.stages().total());
        stages.put(stage.getKey(), figures);
      }
      NOT_BUILT.forEach(s -> stages.put(s, NOT_BUILT_TEXT));
      m.put("stages", stages);
      m.put("first_failure", r.firstFailure());
      rs.add(m);
    }
    root.put("runs", rs);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
  }
}
