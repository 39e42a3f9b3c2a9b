package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores hand-written events against hand-written article gold (tiny-articles.json): every rule of
 * score_articles.py once. When the reference scorer is beside the clone, its figures must be ours.
 */
class ArticleScorerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Path resource(String name) throws Exception {
    return Path.of(ArticleScorerTest.class.getResource(name).toURI());
  }

  static List<Map<String, Object>> events(Path file) throws IOException {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(JSON.readValue(line, new TypeReference<Map<String, Object>>() {}));
      }
    }
    return out;
  }

  static ArticleScorer.Result score() throws Exception {
    ArticleGold gold = ArticleGold.read(resource("tiny-articles.json"));
    return ArticleScorer.score(gold, events(resource("tiny-articles-events.jsonl")).stream()
        .map(ArticleScorer.Coded::of).toList());
  }

  @Test
  void readsArticlesTitlesAndDates() throws Exception {
    Path file = resource("tiny-articles.json");
    assertThat(ArticleGold.isArticleSet(file)).isTrue();
    assertThat(ArticleGold.isArticleSet(resource("tiny-gold.jsonl"))).isFalse();
    ArticleGold gold = ArticleGold.read(file);
    assertThat(gold.errors()).isEmpty();
    assertThat(gold.articles()).extracting(ArticleGold.Article::id).containsExactly("a1", "a2", "b_1", "c1");
    ArticleGold.Article a1 = gold.articles().get(0);
    assertThat(a1.codedText()).isEqualTo("Freedonia shells border town\n\nFreedonian artillery shelled a town across "
        + "the border on Monday.");
    assertThat(a1.date()).contains(LocalDate.of(2021, 3, 10));
    assertThat(gold.articles().get(1).date()).isEmpty(); // "2021-04": a month is no article date
    assertThat(gold.articles().get(1).dateText()).isEqualTo("2021-04");
    assertThat(gold.articles().get(1).forbidden()).hasSize(1);
    assertThat(gold.articles().get(2).date()).isEqualTo(Optional.empty());
  }

  @Test
  void scoresAsTheReferenceScorer() throws Exception {
    ArticleScorer.Result r = score();
    assertThat(r.coreTotal()).isEqualTo(3);
    assertThat(r.coreHit()).isEqualTo(2);          // a1's shelling (by 194 and 190), a2's talks the other way (sym)
    assertThat(r.correct()).isEqualTo(4);          // 194, 190 (same root), 150 (optional), 043 (sym core)
    assertThat(r.wrong()).isEqualTo(2);            // optional PRT->ESP is not sym; b_7 goes to b_1 and fits nothing
    assertThat(r.forbidden()).isEqualTo(1);
    assertThat(r.noTarget()).isEqualTo(1);
    assertThat(r.noSource()).isEqualTo(1);
    assertThat(r.datedTotal()).isEqualTo(2);
    assertThat(r.datedHit()).isEqualTo(1);         // 2021-03-08 matched, a2's day was not
    assertThat(r.recall()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(r.precision()).isCloseTo(4 / 7.0, within(1e-9));
    assertThat(r.extraRate()).isCloseTo(1.0, within(1e-9));
    assertThat(r.referenceLine())
        .isEqualTo("core_recall=0.67 precision=0.57 f1=0.62 forbidden=1 dated_core=1/2 events=7");
    ArticleScorer.ArticleResult a1 = r.articles().get(0);
    assertThat(a1.misses()).isEqualTo(1);
    assertThat(a1.core().get(1).event().note()).isEqualTo("condemnation");
  }

  @Test
  void articleNamesFollowTheReferenceRule() {
    assertThat(ArticleScorer.sameArticle("a1", "dir/a1.txt")).isTrue();
    assertThat(ArticleScorer.sameArticle("a1", "a10")).isFalse();
    assertThat(ArticleScorer.sameArticle("x_1", "x_2.html")).isTrue();
    assertThat(ArticleScorer.sameArticle("x1", "x1_2")).isFalse(); // the prefix rule needs '_' in the gold id
  }

  @Test
  void aMalformedArticleIsNamedAndTheOthersAreRead(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("g.json");
    Files.writeString(f, "{\"articles\": {\"ok\": {\"title\": \"T\", \"text\": \"x\", \"core\": []},"
        + " \"bad\": {\"title\": \"T\", \"text\": \"x\", \"date\": \"last week\", \"core\": []},"
        + " \"bad2\": {\"text\": \"x\", \"core\": [{\"src\": [\"FRA\"], \"tgt\": [\"DEU\"], \"roots\": [\"190\"]}]}}}");
    ArticleGold g = ArticleGold.read(f);
    assertThat(g.articles()).extracting(ArticleGold.Article::id).containsExactly("ok");
    assertThat(g.errors()).hasSize(2);
    assertThat(g.errors().get(0)).contains("g.json: articles.bad: 'date' is 'last week'");
    assertThat(g.errors().get(1)).contains("articles.bad2: core[0].roots has '190', expected two digits");
  }

  @Test
  void reportHasMissesWrongEventsAndAFileTheReferenceReads(@TempDir Path dir) throws Exception {
    ArticleGold gold = ArticleGold.read(resource("tiny-articles.json"));
    List<Map<String, Object>> fields = events(resource("tiny-articles-events.jsonl"));
    ArticleScorer.Result r = ArticleScorer.score(gold, fields.stream().map(ArticleScorer.Coded::of).toList());
    ArticleReport.write(gold, r, fields, 1.0, dir);
    List<Map<String, Object>> failures = events(dir.resolve("failures.jsonl"));
    assertThat(failures).extracting(m -> m.get("id")).containsExactly("a1", "a2", "b_1");
    assertThat(failures.get(1).get("wrong").toString()).contains("verdict=forbidden").contains("verdict=wrong");
    assertThat(events(dir.resolve("events.jsonl"))).hasSize(fields.size());
    Map<String, Object> summary = JSON.readValue(dir.resolve("summary.json").toFile(),
        new TypeReference<Map<String, Object>>() {});
    assertThat(summary.get("recall")).isEqualTo(0.6667);
    assertThat(summary.get("dated_core")).isEqualTo(1);
  }

  /** The reference scorer, when ../shared is beside the clone and python3 is installed, agrees line for line. */
  @Test
  void referenceScorerGivesTheSameFigures() throws Exception {
    Path script = Path.of("../../shared/gold/score_articles.py").toAbsolutePath().normalize();
    Assumptions.assumeTrue(Files.isRegularFile(script), "score_articles.py not beside the clone");
    Process p;
    try {
      p = new ProcessBuilder("python3", script.toString(), resource("tiny-articles.json").toString(),
          resource("tiny-articles-events.jsonl").toString(), "--quiet").redirectErrorStream(true).start();
    } catch (IOException e) {
      Assumptions.abort("python3 is not installed");
      return;
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    ArticleScorer.Result r = score();
    assertThat(lines.get(lines.size() - 1)).isEqualTo(r.referenceLine());
    assertThat(lines.get(lines.size() - 2)).isEqualTo("events_without_target=" + r.noTarget()
        + " events_without_source=" + r.noSource() + " (neither is judged)");
  }
}
