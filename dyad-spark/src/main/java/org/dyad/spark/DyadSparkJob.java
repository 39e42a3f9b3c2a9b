package org.dyad.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.dyad.clean.BoilerplateLearner;
import org.dyad.clean.Cleaner;
import org.dyad.clean.LanguageFilter;
import org.dyad.clean.LearnedBoilerplate;
import org.dyad.clean.LineCleaner;
import org.dyad.dedup.EventClusterer;
import org.dyad.dedup.MergeRule;
import org.dyad.dedup.MinHash;
import org.dyad.dedup.NearDuplicateIndex;
import org.dyad.ingest.ArticleReaders;
import org.dyad.ingest.InputException;
import org.dyad.model.Article;
import org.dyad.model.CleanArticle;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.pipeline.CorpusRun;
import org.dyad.pipeline.Pipeline;
import org.dyad.spark.Items.Carrier;
import org.dyad.spark.Items.Copy;
import org.dyad.spark.Items.InputFile;
import org.dyad.spark.Items.Numbered;
import org.dyad.spark.Items.Prepared;
import org.dyad.spark.Items.Raw;
import org.dyad.spark.Items.Record;
import org.dyad.store.EventMerger;
import org.dyad.store.Ids;
import org.dyad.store.StoreItem;
import org.dyad.store.StoreRows;
import org.dyad.store.StoreSchema;
import scala.Tuple2;

/**
 * {@code dyad code --db} as a Spark job: the same readers, the same boilerplate schedule, the same
 * language filter, exact and near-duplicate copies decided as the single-machine run decides them
 * in reading order, one {@link Pipeline} per executor JVM coding partitions, mentions merged into
 * events by {@link EventMerger#mergeGroup} per merge group, and the store's tables written as
 * Parquet partitioned by date ({@link StoreTables}).
 *
 * <p>Stages: list inputs (driver) → read files (one task per file) → number articles in reading
 * order → per source, replay the boilerplate learner and prepare (clean, hash, MinHash) → drop
 * re-read (hash, id) pairs → exact copies by hash, near-duplicates by LSH band candidates replayed
 * through {@link NearDuplicateIndex} on the driver → code originals → merge per group → write.
 */
public final class DyadSparkJob {
  private DyadSparkJob() {}

  /** What a run did, as {@code dyad code} reports it. */
  public record Report(long read, long coded, long copies, long alreadyRead, long skipped, long failed,
      List<String> problems, Map<String, Long> skipReasons, long mentions, long counted, long events, double seconds)
      implements Serializable {

    public String summary() {
      return String.format(java.util.Locale.ROOT,
          "%d articles read: %d coded, %d copies linked, %d read before, %d skipped %s, %d failed; "
              + "%d problems; %d mentions (%d counted) merged into %d events in %.1f s (%.1f articles/s)",
          read, coded, copies, alreadyRead, skipped, skipReasons, failed, problems.size(), mentions, counted, events,
          seconds, seconds > 0 ? read / seconds : 0);
    }
  }

  /** Runs the job; problems with inputs are reported, never fatal. */
  public static Report run(SparkSession spark, JobOptions o) {
    long t0 = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int partitions = o.partitions() > 0 ? o.partitions() : 2 * jsc.defaultParallelism();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<InputFile> files = new ArrayList<>();
    List<String> parquet = new ArrayList<>();
    List<String> listingProblems = new ArrayList<>();
    listInputs(o.inputs(), hadoop, files, parquet, listingProblems);

    // 1. Read: one task per file, through dyad's own readers.
    Broadcast<Map<String, String>> conf = jsc.broadcast(confMap(hadoop));
    JavaRDD<Raw> read = files.isEmpty() ? jsc.emptyRDD()
        : jsc.parallelize(files, files.size()).flatMap(f -> readFile(f, o, conf.value()).iterator());
    for (int i = 0; i < parquet.size(); i++) {
      read = read.union(readParquet(spark, parquet.get(i), files.size() + i, o));
    }
    read = read.persist(StorageLevel.MEMORY_AND_DISK_SER());
    List<String> problems = new ArrayList<>(listingProblems);
    read.filter(r -> r.problem() != null)
        .sortBy(r -> r.file() * (1L << 40) + r.seq(), true, 1).collect().forEach(r -> problems.add(r.problem()));

    // 2. Number articles in reading order: file by file, in each file as read.
    JavaRDD<Raw> articles = read.filter(r -> r.problem() == null);
    Map<Integer, Long> perFile = new TreeMap<>();
    articles.mapToPair(r -> new Tuple2<>(r.file(), 1L)).reduceByKey(Long::sum).collect()
        .forEach(t -> perFile.put(t._1(), t._2()));
    Map<Integer, Long> offsets = new HashMap<>();
    long total = 0;
    for (var e : perFile.entrySet()) {
      offsets.put(e.getKey(), total);
      total += e.getValue();
    }
    Broadcast<Map<Integer, Long>> offset = jsc.broadcast(offsets);
    JavaRDD<Numbered> numbered = articles.map(r -> new Numbered(offset.value().get(r.file()) + r.seq(), r));

    // 3. Per source, in reading order: boilerplate as CorpusRun learns it, language, cleaning, hashes.
    JavaRDD<Prepared> prepared = numbered
        .groupBy(n -> LearnedBoilerplate.sourceOf(n.raw().article()))
        .flatMap(g -> prepareSource(g._2(), o).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    Map<String, Long> skipReasons = new TreeMap<>(prepared.filter(p -> p.skip() != null)
        .map(Prepared::skip).countByValue());
    read.unpersist(); // only now: prepared is materialised, the files need not be read again
    long skipped = skipReasons.values().stream().mapToLong(Long::longValue).sum();

    // 4. Dedup. An article read again under the same id adds nothing; the first of a text is its
    //    leader; a leader may copy an earlier original (near-duplicate); other holders of the text copy
    //    what its leader is.
    JavaRDD<Prepared> kept = prepared.filter(p -> p.skip() == null)
        .mapToPair(p -> new Tuple2<>(p.hash() + "\u0000" + p.record().id(), p))
        .reduceByKey((a, b) -> a.order() <= b.order() ? a : b).values();
    JavaPairRDD<String, Long> leaders = kept.mapToPair(p -> new Tuple2<>(p.hash(), p.order())).reduceByKey(Math::min);
    JavaRDD<Tuple2<Prepared, Boolean>> withLeader = kept.mapToPair(p -> new Tuple2<>(p.hash(), p)).join(leaders)
        .values().map(t -> new Tuple2<>(t._1(), t._1().order() == t._2()))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    Broadcast<Map<String, Copy>> nearCopies = jsc.broadcast(nearDuplicates(withLeader, o.nearDuplicateThreshold()));
    JavaRDD<Tuple2<Prepared, Copy>> decided = withLeader.map(t -> {
      Prepared p = t._1();
      Copy near = nearCopies.value().get(p.hash());
      if (t._2()) {
        return new Tuple2<>(p, near); // null: an original, coded
      }
      return new Tuple2<>(p, new Copy(near != null ? near.original() : p.hash(), 1.0));
    });

    // 5. Code the originals, one pipeline per executor JVM; copies are stored as they are.
    StructType articleSchema = StoreTables.partitioned("articles");
    StructType mentionSchema = StoreTables.partitioned("mentions");
    StructType eventSchema = StoreTables.partitioned("events");
    StructType minhashSchema = StoreTables.partitioned("minhashes");
    MergeRule rule = o.rule();
    JavaRDD<Coded> coded = decided.filter(t -> t._2() == null).map(Tuple2::_1)
        .repartition(partitions)
        .mapPartitions(it -> code(it, o))
        .union(decided.filter(t -> t._2() != null).map(t -> Coded.copy(t._1(), t._2())))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    coded.filter(c -> c.problem != null).map(c -> c.problem).collect().stream().sorted().forEach(problems::add);
    long failed = coded.filter(c -> c.problem != null).count();

    // 6. Merge: the counted mentions of each group with the articles that carried them.
    JavaRDD<Row> articleRows = coded.filter(c -> c.article != null).map(c -> c.article);
    JavaRDD<Row> mentionRows = coded.flatMap(c -> c.mentions.iterator());
    Map<String, Integer> ac = columns(articleSchema);
    Map<String, Integer> mc = columns(mentionSchema);
    int idx = mc.get("counted");
    JavaPairRDD<String, List<Carrier>> carriers = articleRows.mapToPair(a -> {
      String copyOf = a.getString(ac.get("near_duplicate_of"));
      String original = copyOf != null ? copyOf : a.getString(ac.get("content_hash"));
      List<Carrier> one = new ArrayList<>();
      one.add(new Carrier(a.getString(ac.get("id")), a.getString(ac.get("source")),
          a.getString(ac.get("url")), (LocalDate) a.get(ac.get("article_date"))));
      return new Tuple2<>(original, one);
    }).reduceByKey((a, b) -> {
      List<Carrier> all = new ArrayList<>(a);
      all.addAll(b);
      return all;
    });
    JavaRDD<Row> counted = mentionRows.filter(m -> m.getBoolean(idx));
    JavaRDD<Row> uncounted = mentionRows.filter(m -> !m.getBoolean(idx));
    JavaPairRDD<String, Iterable<Tuple2<Row, List<Carrier>>>> groups = counted
        .mapToPair(m -> new Tuple2<>(m.getString(mc.get("article_hash")), m))
        .join(carriers)
        .mapToPair(t -> new Tuple2<>(t._2()._1().getString(mc.get("group_key")), t._2()))
        .groupByKey(partitions);
    JavaRDD<Merged> merged = groups.flatMap(g -> merge(g._2(), o.rule(), mc).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaRDD<Row> events = merged.filter(m -> m.event != null).map(m -> m.event);
    JavaRDD<Row> allMentions = merged.filter(m -> m.mention != null).map(m -> m.mention).union(uncounted);

    // 7. Write the store's tables as Parquet, partitioned by date.
    write(spark, articleRows, articleSchema, o.out(), "articles");
    write(spark, coded.filter(c -> c.minhash != null).map(c -> c.minhash), minhashSchema, o.out(), "minhashes");
    write(spark, allMentions, mentionSchema, o.out(), "mentions");
    write(spark, events, eventSchema, o.out(), "events");
    spark.createDataFrame(List.of(RowFactory.create("schema_version", StoreSchema.VERSION),
            RowFactory.create("merge_rule", rule.family().name().toLowerCase(java.util.Locale.ROOT) + "/" + rule.windowDays())),
        StoreTables.schema("settings")).coalesce(1).write().mode(SaveMode.Overwrite).parquet(o.out() + "/settings");

    long copies = coded.filter(c -> c.article != null && c.mentions.isEmpty() && c.minhash == null).count();
    long codedCount = coded.filter(c -> c.minhash != null).count();
    long mentionCount = spark.read().parquet(o.out() + "/mentions").count();
    long countedCount = counted.count();
    long eventCount = spark.read().parquet(o.out() + "/events").count();
    long keptCount = kept.count();
    long notSkipped = prepared.count() - skipped;
    prepared.unpersist();
    withLeader.unpersist();
    coded.unpersist();
    merged.unpersist();
    return new Report(total, codedCount, copies, notSkipped - keptCount, skipped, failed, List.copyOf(problems),
        skipReasons, mentionCount, countedCount, eventCount, (System.nanoTime() - t0) / 1e9);
  }

  // ---------------------------------------------------------------------------------------------
  // Inputs

  /** Files as {@code dyad code} would take them: directories walked for readable names in sorted order. */
  static void listInputs(List<String> inputs, Configuration conf, List<InputFile> files, List<String> parquet,
      List<String> problems) {
    for (String in : inputs) {
      if (in.startsWith("parquet:")) {
        parquet.add(in.substring("parquet:".length()));
        continue;
      }
      if (in.toLowerCase(java.util.Locale.ROOT).endsWith(".parquet")) {
        parquet.add(in);
        continue;
      }
      try {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(in);
        FileSystem fs = p.getFileSystem(conf);
        FileStatus st = fs.getFileStatus(p);
        if (!st.isDirectory()) {
          files.add(new InputFile(files.size(), st.getPath().getName(), st.getPath().toUri().toString()));
          continue;
        }
        String root = st.getPath().toUri().getPath();
        TreeMap<String, String> found = new TreeMap<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
        while (it.hasNext()) {
          LocatedFileStatus f = it.next();
          String path = f.getPath().toUri().getPath();
          String rel = path.substring(root.length()).replaceFirst("^/", "");
          if (ArticleReaders.isReadableName(rel)) {
            found.put(rel, f.getPath().toUri().toString());
          }
        }
        found.forEach((rel, uri) -> files.add(new InputFile(files.size(), rel, uri)));
      } catch (java.io.FileNotFoundException e) {
        problems.add(in + ": no such file or directory");
      } catch (IOException e) {
        problems.add(in + ": cannot be listed: " + e.getMessage());
      }
    }
  }

  private static Map<String, String> confMap(Configuration conf) {
    Map<String, String> m = new HashMap<>();
    conf.forEach(e -> m.put(e.getKey(), e.getValue()));
    return m;
  }

  /** Reads one file with dyad's readers: a local file as a file (zip, WARC seeking), anything else as a stream. */
  static List<Raw> readFile(InputFile f, JobOptions o, Map<String, String> confValues) {
    ArticleReaders readers = new ArticleReaders(o.readerOptions());
    List<Raw> out = new ArrayList<>();
    long[] articles = {0};
    long[] problems = {0};
    URI uri = URI.create(f.uri());
    if ("file".equals(uri.getScheme())) {
      readers.read(new ArticleReaders.Input(f.name(), Optional.of(Path.of(uri)), Optional.empty()),
          a -> out.add(Raw.of(f.index(), articles[0]++, a)),
          e -> out.add(Raw.problem(f.index(), problems[0]++, e.getMessage())));
      return out;
    }
    Configuration conf = new Configuration(false);
    confValues.forEach(conf::set);
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(uri);
    readers.read(f.name(), f.uri(), () -> p.getFileSystem(conf).open(p),
        a -> out.add(Raw.of(f.index(), articles[0]++, a)),
        e -> out.add(Raw.problem(f.index(), problems[0]++, e.getMessage())));
    return out;
  }

  /** Articles from a Parquet table with the JSON Lines field names; rows in the table's order. */
  static JavaRDD<Raw> readParquet(SparkSession spark, String path, int fileIndex, JobOptions o) {
    Dataset<Row> table = spark.read().parquet(path);
    Set<String> columns = new HashSet<>(List.of(table.columns()));
    String name = new org.apache.hadoop.fs.Path(path).getName();
    return table.toJavaRDD().zipWithIndex().map(t -> {
      Row r = t._1();
      long row = t._2() + 1;
      ArticleReaders readers = new ArticleReaders(o.readerOptions());
      List<InputException> problems = new ArrayList<>();
      Optional<Article> a = readers.record(field -> {
        if (!columns.contains(field)) {
          return Optional.empty();
        }
        Object v = r.getAs(field);
        return v == null || v.toString().isBlank() ? Optional.empty() : Optional.of(v.toString());
      }, name, path.replaceAll("/+$", ""), row, problems::add);
      if (a.isEmpty()) {
        return Raw.problem(fileIndex, row, problems.isEmpty() ? path + "#" + row + ": no article" : problems.get(0).getMessage());
      }
      return Raw.of(fileIndex, t._2(), a.get());
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Per source: boilerplate, language, cleaning

  /**
   * Replays {@link CorpusRun}'s boilerplate schedule for one source: the article read {@code n}-th
   * (from 0) is stripped with what was learned from the articles before the last multiple of
   * {@link CorpusRun#LEARN_EVERY} at or below {@code n + 1}. A source's table depends only on its
   * own articles, so each source can be replayed apart.
   */
  static List<Prepared> prepareSource(Iterable<Numbered> source, JobOptions o) {
    List<Numbered> list = new ArrayList<>();
    source.forEach(list::add);
    list.sort(Comparator.comparingLong(Numbered::order));
    BoilerplateLearner learner = new BoilerplateLearner();
    LearnedBoilerplate table = LearnedBoilerplate.NONE;
    LanguageFilter language = new LanguageFilter(o.readerOptions().language());
    Cleaner cleaner = LineCleaner.withDefaults();
    int learned = 0;
    boolean fresh = false;
    List<Prepared> out = new ArrayList<>();
    for (Numbered n : list) {
      long bound = (n.order() + 1) / CorpusRun.LEARN_EVERY * CorpusRun.LEARN_EVERY;
      while (learned < list.size() && list.get(learned).order() < bound) {
        learner.learn(list.get(learned++).raw().article());
        fresh = true;
      }
      if (fresh) {
        table = learner.snapshot();
        fresh = false;
      }
      Raw raw = n.raw();
      Article article = table.strip(raw.article());
      Optional<String> skip = language.skipReason(article);
      String hash = Ids.contentHash(raw.text());
      if (skip.isPresent()) {
        out.add(new Prepared(n.order(), raw, null, new Record(hash, raw.id(), null, null, null, null, null, null, null,
            raw.text().length()), null, skip.get()));
        continue;
      }
      CleanArticle clean = cleaner.clean(article);
      out.add(new Prepared(n.order(), raw, article.text(),
          Record.of(CorpusRun.record(article, clean, hash, null, null)), CorpusRun.signature(clean), null));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Near-duplicates

  /**
   * Which leaders (first holders of a text) copy an earlier original. Candidates are pairs that
   * share an LSH band ({@link NearDuplicateIndex#bandKeys}) and reach the threshold; only those
   * articles can be copies or originals of copies, so the driver replays {@link NearDuplicateIndex}
   * over them in reading order and gets what the single-machine run gets.
   */
  static Map<String, Copy> nearDuplicates(JavaRDD<Tuple2<Prepared, Boolean>> withLeader, double threshold) {
    if (threshold > 1) {
      return Map.of();
    }
    JavaPairRDD<Long, long[]> sigs = withLeader.filter(t -> t._2() && t._1().signature().length == MinHash.SIZE)
        .mapToPair(t -> new Tuple2<>(t._1().order(), t._1().signature()));
    JavaPairRDD<Long, Long> pairs = sigs.flatMapToPair(t -> {
      List<Tuple2<String, Long>> out = new ArrayList<>();
      long[] keys = NearDuplicateIndex.bandKeys(t._2());
      for (int b = 0; b < keys.length; b++) {
        out.add(new Tuple2<>(b + ":" + keys[b], t._1()));
      }
      return out.iterator();
    }).groupByKey().flatMapToPair(bucket -> {
      List<Long> members = new ArrayList<>();
      bucket._2().forEach(members::add);
      List<Tuple2<Long, Long>> out = new ArrayList<>();
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          long a = Math.min(members.get(i), members.get(j));
          long b = Math.max(members.get(i), members.get(j));
          out.add(new Tuple2<>(a, b));
        }
      }
      return out.iterator();
    }).distinct();
    List<Long> involved = pairs.join(sigs).mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
        .join(sigs)
        .filter(t -> MinHash.similarity(t._2()._1()._2(), t._2()._2()) >= threshold)
        .flatMap(t -> List.of(t._1(), t._2()._1()._1()).iterator())
        .distinct().collect();
    if (involved.isEmpty()) {
      return Map.of();
    }
    Set<Long> wanted = new HashSet<>(involved);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(withLeader.context());
    Broadcast<Set<Long>> want = jsc.broadcast(wanted);
    List<Tuple2<Long, Tuple2<String, long[]>>> replay = new ArrayList<>(withLeader
        .filter(t -> t._2() && want.value().contains(t._1().order()))
        .map(t -> new Tuple2<>(t._1().order(), new Tuple2<>(t._1().hash(), t._1().signature()))).collect());
    replay.sort(Comparator.comparingLong(Tuple2::_1));
    NearDuplicateIndex index = new NearDuplicateIndex(threshold);
    Map<String, Copy> copies = new HashMap<>();
    for (var t : replay) {
      var match = index.original(t._2()._2());
      if (match.isPresent()) {
        copies.put(t._2()._1(), new Copy(match.get().key(), match.get().similarity()));
      } else {
        index.add(t._2()._1(), t._2()._2());
      }
    }
    return copies;
  }

  // ---------------------------------------------------------------------------------------------
  // Coding

  /** What one article leaves in the tables, or why it failed. */
  static final class Coded implements Serializable {
    private static final long serialVersionUID = 1L;
    Row article;
    List<Row> mentions = List.of();
    Row minhash;
    String problem;

    static Coded copy(Prepared p, Copy c) {
      Coded out = new Coded();
      Record r = p.record().copyOf(c.original(), c.similarity());
      out.article = row(StoreRows.article(StoreItem.copy(r.toRecord())), r.articleDate());
      return out;
    }
  }

  static Iterator<Coded> code(Iterator<Prepared> articles, JobOptions o) {
    MergeRule rule = o.rule();
    Pipeline pipeline = Pipelines.get(o.pipelineConfig());
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Coded next() {
        Prepared p = articles.next();
        Coded out = new Coded();
        CodedArticle coded;
        try {
          coded = pipeline.code(p.raw().article(p.text()));
        } catch (RuntimeException e) {
          out.problem = p.record().id() + ": coding failed: " + e;
          return out;
        }
        StoreItem item = new StoreItem(CorpusRun.coded(p.record().toRecord(), coded), coded, p.signature());
        LocalDate day = item.article().articleDate();
        out.article = row(StoreRows.article(item), day);
        out.minhash = row(new Object[] {p.hash(), StoreRows.signature(p.signature())}, day);
        List<Row> mentions = new ArrayList<>();
        String basis = coded.article().dateBasis();
        for (Event e : coded.events()) {
          String group = e.modality().countsAsEvent()
              ? rule.groupKey(e.source().actor().code(), e.target().actor().code(), e.code().code()) : null;
          mentions.add(row(StoreRows.mention(p.hash(), basis, group, e), e.articleDate().orElse(null)));
        }
        out.mentions = mentions;
        return out;
      }
    };
  }

  /** A store row with its partition value appended. */
  static Row row(Object[] values, LocalDate day) {
    Object[] v = java.util.Arrays.copyOf(values, values.length + 1);
    v[values.length] = day == null ? StoreTables.UNDATED : day.toString();
    return RowFactory.create(v);
  }

  // ---------------------------------------------------------------------------------------------
  // Merging

  /** A merged event row, or a counted mention row with its event id. */
  static final class Merged implements Serializable {
    private static final long serialVersionUID = 1L;
    Row event;
    Row mention;
  }

  static List<Merged> merge(Iterable<Tuple2<Row, List<Carrier>>> group, MergeRule rule,
      Map<String, Integer> c) {
    List<EventMerger.Row> rows = new ArrayList<>();
    Map<Long, Row> byId = new HashMap<>();
    Map<String, List<EventMerger.Carrier>> carriers = new HashMap<>();
    for (var t : group) {
      Row m = t._1();
      long id = m.getLong(c.get("mention_id"));
      byId.put(id, m);
      carriers.computeIfAbsent(m.getString(c.get("article_hash")),
          k -> t._2().stream().map(Carrier::toMerger).toList());
      rows.add(EventMerger.Row.of(id, str(m, c, "article_hash"), (LocalDate) m.get(c.get("date")),
          str(m, c, "place_country"), str(m, c, "admin1"), str(m, c, "location_basis"), str(m, c, "group_key"),
          str(m, c, "date_precision"), str(m, c, "source"), str(m, c, "source_country"), str(m, c, "source_text"),
          str(m, c, "target"), str(m, c, "target_country"), str(m, c, "target_text"), str(m, c, "code"),
          m.getInt(c.get("quad_class")), m.getDouble(c.get("goldstein")), m.getInt(c.get("sentence_index")),
          str(m, c, "place"), (Double) m.get(c.get("lat")), (Double) m.get(c.get("lon")), str(m, c, "geonames_id")));
    }
    List<Merged> out = new ArrayList<>();
    for (EventMerger.Merged e : EventMerger.mergeGroup(new EventClusterer(rule), rows, carriers)) {
      Merged ev = new Merged();
      ev.event = row(e.row(), (LocalDate) e.row()[2]);
      out.add(ev);
      for (long id : e.mentionIds()) {
        Row m = byId.get(id);
        Object[] v = new Object[m.length()];
        for (int i = 0; i < v.length; i++) {
          v[i] = m.get(i);
        }
        v[1] = e.row()[0];
        Merged mm = new Merged();
        mm.mention = RowFactory.create(v);
        out.add(mm);
      }
    }
    return out;
  }

  private static String str(Row r, Map<String, Integer> c, String column) {
    return r.getString(c.get(column));
  }

  /** Column name to position, for rows built without a schema of their own. */
  static Map<String, Integer> columns(StructType schema) {
    Map<String, Integer> m = new HashMap<>();
    String[] names = schema.fieldNames();
    for (int i = 0; i < names.length; i++) {
      m.put(names[i], i);
    }
    return m;
  }

  // ---------------------------------------------------------------------------------------------
  // Output

  static void write(SparkSession spark, JavaRDD<Row> rows, StructType schema, String out, String table) {
    spark.createDataFrame(rows, schema)
        .repartition(org.apache.spark.sql.functions.col(StoreTables.PARTITION))
        .write().mode(SaveMode.Overwrite).partitionBy(StoreTables.PARTITION)
        .parquet(out + "/" + table);
  }

  static UncheckedIOException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }
}
