package org.dyad.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dyad.store.ParquetImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad spark}: the Spark job's command line, for {@code spark-submit --class
 * org.dyad.spark.SparkMain} on a cluster or {@code ./dyad spark --master local[N]} on one machine.
 */
@Command(name = "dyad spark", mixinStandardHelpOptions = true,
    description = {"Codes a corpus on Apache Spark as 'dyad code --db' would, and writes the store's tables "
        + "(articles, minhashes, mentions, events, settings) as Parquet under --out, partitioned by date.",
        "Inputs: files or directories Spark can read (file:, hdfs://, s3a://) in any format dyad reads, "
        + "or Parquet tables of articles (a .parquet path, or parquet:DIR) with the JSON Lines field names."})
public final class SparkMain implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, directories, or parquet:DIR")
  List<String> inputs;

  @Option(names = "--out", required = true, description = "directory for the Parquet tables (overwritten)")
  String out;

  @Option(names = "--master", description = "Spark master when not run by spark-submit (default: local[*])")
  String master;

  @Option(names = "--partitions", description = "partitions to code in (default: 2 per core Spark has)")
  int partitions;

  @Option(names = "--near-duplicate-threshold", description = "as for dyad code (default 0.7; above 1: off)")
  double nearDuplicateThreshold = 0.7;

  @Option(names = "--merge-window-days", description = "as for dyad code (default 1)")
  int mergeWindowDays = 1;

  @Option(names = "--merge-family", description = "as for dyad code: root (default) or base")
  String mergeFamily = "root";

  @Option(names = "--language", description = "as for dyad code: en (default) or any")
  String language = "en";

  @Option(names = "--max-bytes", description = "as for dyad code (default 5000000)")
  long maxBytes = 5_000_000;

  @Option(names = "--text-field") String textField = "text";
  @Option(names = "--title-field") String titleField = "title";
  @Option(names = "--date-field") String dateField = "date";
  @Option(names = "--url-field") String urlField = "url";
  @Option(names = "--source-field") String sourceField = "source";
  @Option(names = "--id-field") String idField = "id";

  @Option(names = "--actors", description = "actor dictionaries (a directory every executor can read)")
  String actors;

  @Option(names = "--verbs", description = "verb patterns (a file every executor can read)")
  String verbs;

  @Option(names = "--db", description = "also load the tables into this new DuckDB file (local --out only)")
  Path db;

  @Override
  public Integer call() throws Exception {
    JobOptions o;
    try {
      o = new JobOptions(inputs, out, partitions, nearDuplicateThreshold, mergeWindowDays, mergeFamily, language,
          List.of(textField, titleField, dateField, urlField, sourceField, idField), maxBytes, actors, verbs);
    } catch (IllegalArgumentException e) {
      System.err.println("dyad spark: " + e.getMessage());
      return 2;
    }
    SparkSession.Builder b = SparkSession.builder().appName("dyad")
        .config("spark.sql.datetime.java8API.enabled", "true")
        .config("spark.ui.showConsoleProgress", "false");
    if (master != null) {
      b.master(master);
    } else if (System.getProperty("spark.master") == null) {
      b.master("local[*]");
    }
    try (SparkSession spark = b.getOrCreate()) {
      spark.sparkContext().setLogLevel("WARN");
      DyadSparkJob.Report r = DyadSparkJob.run(spark, o);
      r.problems().forEach(p -> System.err.println("dyad: " + p));
      System.err.println("dyad spark: " + r.summary());
      System.err.println("dyad spark: tables written under " + out);
      if (db != null) {
        Map<String, Long> n = ParquetImport.into(db, Path.of(out.replaceFirst("^file:", "")));
        System.err.println("dyad spark: loaded " + n + " into " + db);
      }
      return r.problems().isEmpty() && r.failed() == 0 ? 0 : 1;
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkMain()).execute(args));
  }
}
