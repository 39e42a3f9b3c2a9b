package org.dyad.pipeline;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.dyad.clean.Cleaner;
import org.dyad.clean.LineCleaner;
import org.dyad.dedup.MinHash;
import org.dyad.dedup.NearDuplicateIndex;
import org.dyad.clean.BoilerplateLearner;
import org.dyad.clean.LanguageFilter;
import org.dyad.clean.LearnedBoilerplate;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.ArticleReaders;
import org.dyad.ingest.InputException;
import org.dyad.model.Article;
import org.dyad.model.CleanArticle;
import org.dyad.model.CodedArticle;
import org.dyad.model.TextBlock;
import org.dyad.store.ArticleRecord;
import org.dyad.store.EventStore;
import org.dyad.store.Ids;
import org.dyad.store.StoreItem;

/**
 * Codes a corpus into a store: reads the inputs in order, skips articles the store already has,
 * links exact and near-duplicate copies to the article they copy instead of coding them, codes the
 * rest on a thread pool, and writes results in input order, one transaction per batch.
 *
 * <p>Everything that decides what the database contains (which article is the original, ids,
 * batches' contents) happens on the calling thread in input order; the pool only runs the pure
 * {@link Pipeline#code}. So 1 or 16 threads, or a run killed and restarted, give the same database.
 */
public final class CorpusRun {
  /** What happened to one article. */
  public enum Outcome { CODED, COPY, ALREADY_STORED, FAILED, SKIPPED }

  /**
   * @param threads            articles coded in parallel
   * @param batchSize          articles per transaction
   * @param nearDuplicateThreshold estimated Jaccard similarity from which an article is a copy (above 1: off)
   */
  public record Options(int threads, int batchSize, double nearDuplicateThreshold) {
    public Options {
      if (threads < 1 || batchSize < 1) {
        throw new IllegalArgumentException("threads and batch size must be at least 1, were " + threads + " and " + batchSize);
      }
    }
  }

  /** Hears about the run as it goes (progress, warnings); called on the run's thread. */
  public interface Listener {
    default void article(String id, Outcome outcome, CodedArticle coded) {}

    default void problem(String message) {}

    /** Something about an article that was still read and coded (a date that cannot be read): not a failure. */
    default void warning(String message) {}

    /** An article that was read but not coded, and why (another language). */
    default void skipped(String id, String reason) {}

    default void inputRead(String name) {}

    /** A batch of {@code articles} was stored in {@code nanos} (the transaction, dedup included). */
    default void committed(int articles, long nanos) {}
  }

  /** Built on the first article that needs coding: a run whose articles are all stored loads no models. */
  private final java.util.function.Supplier<Pipeline> pipeline;
  private Pipeline loaded;
  private final ArticleReader reader;
  private final EventStore store;
  private final Options options;
  private final LanguageFilter language;
  private final Cleaner cleaner = LineCleaner.withDefaults();
  /**
   * Lines a source repeats across its articles, learned from every article read (stored ones too)
   * in input order; the table used for stripping is refreshed every {@link #LEARN_EVERY} articles
   * read, so what is dropped depends only on the input, not on threads or on where a killed run
   * stopped.
   */
  private final BoilerplateLearner learner = new BoilerplateLearner();
  /** Articles read between two refreshes of the learned boilerplate table (the Spark job replays the same schedule). */
  public static final int LEARN_EVERY = 100;
  private LearnedBoilerplate learned = LearnedBoilerplate.NONE;
  private long articlesRead;
  private static final MinHash MIN_HASH = new MinHash(4);

  public CorpusRun(Pipeline pipeline, ArticleReader reader, EventStore store, Options options) {
    this(pipeline, reader, store, options, new LanguageFilter(LanguageFilter.ANY));
  }

  /** @param language articles it skips are reported to the listener and not stored */
  public CorpusRun(Pipeline pipeline, ArticleReader reader, EventStore store, Options options, LanguageFilter language) {
    this(() -> pipeline, reader, store, options, language);
  }

  /**
   * @param pipeline asked once, for the first article that needs coding (not for stored articles
   *                 or copies), so models load only when there is something to code
   */
  public CorpusRun(java.util.function.Supplier<Pipeline> pipeline, ArticleReader reader, EventStore store,
      Options options, LanguageFilter language) {
    this.pipeline = pipeline;
    this.reader = reader;
    this.store = store;
    this.options = options;
    this.language = language;
  }

  /** Runs over files read with the reader; returns how many articles or files failed. */
  public int run(List<Path> files, Listener listener) throws InterruptedException {
    return runInputs(files.stream().map(ArticleReaders.Input::of).toList(), listener);
  }

  /** Content hashes of articles whose coding failed in this run: their copies are not stored either. */
  private final Set<String> failedOriginals = new java.util.HashSet<>();

  private record Pending(ArticleRecord record, Future<CodedArticle> coding, long[] signature) {}

  /** Runs over named inputs (files, URLs); returns how many articles or inputs failed. */
  public int runInputs(List<ArticleReaders.Input> inputs, Listener listener) throws InterruptedException {
    Set<String> readKeys = store.readKeys();
    Map<String, String> originals = store.originals();
    NearDuplicateIndex index = new NearDuplicateIndex(options.nearDuplicateThreshold());
    store.loadSignatures(index);
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    Deque<Pending> window = new ArrayDeque<>();
    List<StoreItem> batch = new ArrayList<>();
    int[] failed = {0};
    try {
      for (ArticleReaders.Input input : inputs) {
        try {
          reader.read(input, raw -> {
            learner.learn(raw);
            if (++articlesRead % LEARN_EVERY == 0) {
              learned = learner.snapshot();
            }
            Article article = learned.strip(raw); // blanks furniture lines with spaces: offsets stay
            Optional<String> skip = language.skipReason(article);
            if (skip.isPresent()) {
              listener.skipped(article.id(), skip.get());
              listener.article(article.id(), Outcome.SKIPPED, null);
              return;
            }
            String hash = Ids.contentHash(raw.text());
            if (!readKeys.add(ArticleRecord.readKey(hash, article.id()))) {
              listener.article(article.id(), Outcome.ALREADY_STORED, null);
              return;
            }
            window.add(prepare(article, hash, originals, index, pool));
            while (window.size() > options.threads() * 4) {
              drain(window.poll(), batch, listener, failed);
            }
          }, problem -> {
            if (problem.isWarning()) {
              listener.warning(problem.getMessage());
              return;
            }
            failed[0]++;
            listener.problem(problem.getMessage());
          });
        } catch (InputException e) {
          failed[0]++;
          listener.problem(e.getMessage());
        } catch (InterruptedRun e) {
          throw (InterruptedException) e.getCause();
        }
        listener.inputRead(input.name());
      }
      while (!window.isEmpty()) {
        drain(window.poll(), batch, listener, failed);
      }
      commit(batch, listener);
    } finally {
      pool.shutdownNow();
    }
    return failed[0];
  }

  /** Carries an interrupt out of the reader's callback. */
  private static final class InterruptedRun extends RuntimeException {
    InterruptedRun(InterruptedException e) {
      super(e);
    }
  }

  private Pending prepare(Article article, String hash, Map<String, String> originals, NearDuplicateIndex index,
      ExecutorService pool) {
    CleanArticle clean = cleaner.clean(article);
    String copyOf = originals.get(hash);
    Double similarity = copyOf == null ? null : 1.0;
    long[] signature = null;
    if (copyOf == null) {
      signature = signature(clean);
      var match = index.original(signature);
      if (match.isPresent()) {
        copyOf = match.get().key();
        similarity = match.get().similarity();
      }
    }
    ArticleRecord record = record(article, clean, hash, copyOf, similarity);
    if (copyOf != null) {
      originals.putIfAbsent(hash, copyOf);
      return new Pending(record, null, null);
    }
    originals.put(hash, hash);
    index.add(hash, signature);
    if (loaded == null) {
      loaded = pipeline.get(); // on the reading thread, once
    }
    Pipeline p = loaded;
    return new Pending(record, pool.submit(() -> p.code(article)), signature);
  }

  /** The MinHash signature near-duplicates are found by: word 4-grams of the cleaned text. */
  public static long[] signature(CleanArticle clean) {
    return MIN_HASH.signature(clean.blocks().stream().map(TextBlock::text).collect(Collectors.joining("\n")));
  }

  /**
   * The articles row of an article read, before coding: a copy is stored so; a coded article's
   * date is then the pipeline's ({@link #coded}).
   *
   * @param copyOf the content hash of the article it copies, or null
   */
  public static ArticleRecord record(Article article, CleanArticle clean, String hash, String copyOf, Double similarity) {
    var date = clean.date().or(() -> article.meta().date());
    String basis = clean.date().isPresent() ? clean.dateBasis() : date.isPresent() ? "given" : "none";
    String url = article.meta().url().orElse(null);
    String source = article.meta().source().orElseGet(() -> host(url));
    return new ArticleRecord(hash, article.id(), source, url, article.meta().title().orElse(null),
        date.orElse(null), basis, copyOf, similarity, article.text().length());
  }

  /** The row of a coded article: the pipeline's cleaner decides its stored date. */
  public static ArticleRecord coded(ArticleRecord r, CodedArticle coded) {
    return new ArticleRecord(r.contentHash(), r.id(), r.source(), r.url(), r.title(),
        coded.article().date().orElse(null), coded.article().dateBasis(), null, null, r.docLen());
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      return URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void drain(Pending p, List<StoreItem> batch, Listener listener, int[] failed) {
    ArticleRecord r = p.record();
    if (p.coding() == null && failedOriginals.contains(r.nearDuplicateOf())) {
      // Its original was not stored: a copy must never point at an article the store lacks.
      failed[0]++;
      listener.problem(r.id() + ": is a copy of an article that failed to code in this run; skipped with it");
      listener.article(r.id(), Outcome.FAILED, null);
    } else if (p.coding() == null) {
      batch.add(StoreItem.copy(r));
      listener.article(r.id(), Outcome.COPY, null);
    } else {
      try {
        CodedArticle coded = p.coding().get();
        batch.add(new StoreItem(coded(r, coded), coded, p.signature()));
        listener.article(r.id(), Outcome.CODED, coded);
      } catch (ExecutionException e) {
        failed[0]++;
        failedOriginals.add(r.contentHash());
        listener.problem(e.getCause() instanceof ArticleTooSlowException slow ? slow.getMessage()
            : r.id() + ": coding failed: " + e.getCause());
        listener.article(r.id(), Outcome.FAILED, null);
      } catch (InterruptedException e) {
        throw new InterruptedRun(e);
      }
    }
    if (batch.size() >= options.batchSize()) {
      commit(batch, listener);
    }
  }

  private void commit(List<StoreItem> batch, Listener listener) {
    if (!batch.isEmpty()) {
      long t0 = System.nanoTime();
      store.write(batch);
      listener.committed(batch.size(), System.nanoTime() - t0);
      batch.clear();
    }
  }
}
