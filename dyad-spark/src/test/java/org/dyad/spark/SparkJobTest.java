package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.clean.LanguageFilter;
import org.dyad.dedup.MergeRule;
import org.dyad.ingest.ArticleReaders;
import org.dyad.ingest.ReaderOptions;
import org.dyad.pipeline.CorpusRun;
import org.dyad.store.EventStore;
import org.dyad.store.ParquetImport;
import org.dyad.store.StoreContents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2] against {@code dyad code --db} (the same {@link CorpusRun} the command
 * runs) on one input: every row of articles, minhashes, mentions and events must be equal, and so
 * must the problems reported.
 */
class SparkJobTest {
  static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("dyad-test")
        .config("spark.sql.datetime.java8API.enabled", "true")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static Path shared() {
    return Path.of(System.getProperty("dyad.shared", "../shared")).toAbsolutePath().normalize();
  }

  /**
   * A JSON Lines file written for the test: a source whose footer must be learned as boilerplate
   * (130 dated stories of our own), an exact copy and an edited repost of a seed article under other
   * ids, an article in French, and a truncated line; plus the first 300 AG News items when
   * {@code agnews} is given.
   */
  private Path corpus(Path seeds, Path agnews) throws Exception {
    List<String> lines = new ArrayList<>();
    String[] countries = {"Chile", "Peru", "Bolivia", "Ecuador", "Uruguay", "Paraguay"};
    for (int i = 1; i <= 130; i++) {
      String story = "Dispatch " + i + ": " + countries[i % 6] + " accused " + countries[(i + 2) % 6]
          + " of smuggling on Tuesday.";
      lines.add("{\"id\":\"w" + i + "\",\"source\":\"Andes Courier\",\"date\":\"2024-05-" + (10 + i % 3) + "\","
          + "\"text\":\"" + story + "\\nIn other news, Brazil criticised Argentina over tariffs.\"}");
    }
    if (agnews != null) {
      try (Stream<String> s = Files.lines(agnews)) {
        s.limit(300).forEach(lines::add);
      }
    }
    if (seeds != null) {
      String seed0 = Files.readString(seeds.resolve("000_8ed4ea19da76fcdc.txt"));
      String seed1 = Files.readString(seeds.resolve("001_caba7b9c3f013d6f.txt"));
      lines.add("{\"id\":\"exact-copy\",\"source\":\"Mirror Daily\",\"text\":" + json(seed0) + "}");
      lines.add("{\"id\":\"edited-repost\",\"source\":\"Echo Times\",\"text\":"
          + json(seed1.replaceFirst("\\.", ", officials said.")) + "}");
    }
    lines.add("{\"id\":\"fr\",\"text\":\"Le gouvernement a annoncé mardi que les négociations avec les syndicats "
        + "reprendront la semaine prochaine dans la capitale, selon le ministre.\"}");
    lines.add("{\"id\":\"broken\",\"text\":\"The line ends before its quote closes");
    return Files.write(dir.resolve("extra.jsonl"), lines, StandardCharsets.UTF_8);
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
        .replace("\t", "\\t") + "\"";
  }

  /** Codes the inputs as dyad code --db does; returns the problems it reported. */
  private List<String> codeDb(List<String> inputs, Path db) throws Exception {
    List<String> problems = new ArrayList<>();
    try (EventStore store = EventStore.open(db, MergeRule.DEFAULT)) {
      new CorpusRun(Pipelines.get(JobOptions.of(inputs, "").pipelineConfig()),
          new ArticleReaders(ReaderOptions.defaults()), store, new CorpusRun.Options(2, 100, 0.7),
          new LanguageFilter(ReaderOptions.defaults().language()))
          .runInputs(ArticleReaders.expand(inputs), new CorpusRun.Listener() {
            @Override
            public void problem(String message) {
              problems.add(message);
            }
          });
    }
    return problems;
  }

  private static Map<String, List<String>> contents(Path db) throws Exception {
    try (Connection c = EventStore.openReadOnly(db)) {
      Map<String, List<String>> all = StoreContents.of(c);
      all.remove("sentences"); // the job does not write sentences
      return all;
    }
  }

  private static long count(Path db, String sql) throws Exception {
    try (Connection c = EventStore.openReadOnly(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void seedsAgNewsAndEveryFormatGiveTheSameTablesAsCodeDb() throws Exception {
    Path seeds = shared().resolve("corpus/seeds");
    Path agnews = shared().resolve("corpus/agnews_world.jsonl");
    assumeTrue(Files.isDirectory(seeds) && Files.isRegularFile(agnews), "../shared is not beside the clone");
    Path formats = Path.of("../dyad-core/src/test/resources/corpus").toAbsolutePath().normalize();
    List<String> inputs = List.of(seeds.toString(), corpus(seeds, agnews).toString(), formats.toString());

    Path expected = dir.resolve("code.duckdb");
    List<String> codeProblems = codeDb(inputs, expected);

    Path out = dir.resolve("parquet");
    DyadSparkJob.Report report = DyadSparkJob.run(spark, JobOptions.of(inputs, out.toUri().toString()));
    Path actual = dir.resolve("spark.duckdb");
    ParquetImport.into(actual, out);

    assertThat(report.problems()).containsExactlyInAnyOrderElementsOf(codeProblems);
    assertThat(report.problems()).anyMatch(p -> p.contains("extra.jsonl:") && p.contains("JSON"));
    assertThat(report.skipReasons()).containsKey("language fr (not en)");
    Map<String, List<String>> a = contents(actual);
    Map<String, List<String>> e = contents(expected);
    for (String table : e.keySet()) {
      assertThat(a.get(table)).as(table).containsExactlyElementsOf(e.get(table));
    }
    // what the comparison covered
    assertThat(count(actual, "SELECT count(*) FROM events")).isGreaterThan(50);
    assertThat(count(actual, "SELECT count(*) FROM events WHERE num_mentions > 1")).isPositive();
    assertThat(count(actual, "SELECT count(*) FROM articles WHERE id = 'exact-copy' AND similarity = 1")).isEqualTo(1);
    assertThat(count(actual, "SELECT count(*) FROM articles WHERE id = 'edited-repost' AND near_duplicate_of IS NOT NULL"))
        .as("the edited repost is linked, not coded").isEqualTo(1);
    assertThat(count(actual, "SELECT count(*) FROM mentions WHERE article = 'w130' AND source = 'BRA'"))
        .as("the footer was learned as boilerplate").isZero();
    assertThat(count(actual, "SELECT count(*) FROM mentions WHERE article = 'w1' AND source = 'BRA'"))
        .as("before it was learned it was coded").isPositive();
    assertThat(report.coded() + report.copies()).isEqualTo(count(actual, "SELECT count(*) FROM articles"));
  }

  @Test
  void parquetTablesOfArticlesAreReadByTheJsonLinesFieldNames() throws Exception {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("title", DataTypes.StringType)
        .add("text", DataTypes.StringType).add("date", DataTypes.StringType).add("source", DataTypes.StringType);
    List<Row> rows = List.of(
        RowFactory.create("p1", "Chile accuses Peru", "Chile accused Peru of smuggling on Tuesday.", "2024-05-14", "Andes Courier"),
        RowFactory.create("p2", null, "Bolivia praised Ecuador for its help on Monday.", "2024-05-13", null),
        RowFactory.create("p3", " ", null, "2024-05-13", null));
    Path table = dir.resolve("in.parquet");
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(table.toUri().toString());
    Path out = dir.resolve("out");
    DyadSparkJob.Report report = DyadSparkJob.run(spark,
        JobOptions.of(List.of("parquet:" + table.toUri()), out.toUri().toString()));
    assertThat(report.problems()).singleElement().asString().contains("in.parquet:3").contains("has neither");
    Path db = dir.resolve("p.duckdb");
    ParquetImport.into(db, out);
    assertThat(count(db, "SELECT count(*) FROM articles WHERE id IN ('p1', 'p2')")).isEqualTo(2);
    assertThat(count(db, "SELECT count(*) FROM articles")).isEqualTo(2);
    assertThat(count(db, "SELECT count(*) FROM events WHERE source = 'CHL' AND target = 'PER' AND date = '2024-05-14'"))
        .isEqualTo(1);
  }
}
