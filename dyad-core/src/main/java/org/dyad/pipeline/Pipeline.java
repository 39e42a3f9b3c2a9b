package org.dyad.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorFinder;
import org.dyad.actors.ActorTagger;
import org.dyad.actors.ArticleMemory;
import org.dyad.clean.ArticleDateInference;
import org.dyad.clean.Cleaner;
import org.dyad.clean.LineCleaner;
import org.dyad.events.CameoCodebook;
import org.dyad.events.Discards;
import org.dyad.events.EventCoder;
import org.dyad.events.EventConfidence;
import org.dyad.events.IntentRecoder;
import org.dyad.events.QuadClasses;
import org.dyad.events.ReportedSpeech;
import org.dyad.events.TriggerFilter;
import org.dyad.events.VerbDictionary;
import org.dyad.geo.EventLocator;
import org.dyad.geo.PlaceAsTarget;
import org.dyad.geo.GazetteerLocator;
import org.dyad.geo.GazetteerPlaceCountries;
import org.dyad.model.ActorMention;
import org.dyad.model.Article;
import org.dyad.model.CleanArticle;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.model.TextBlock;
import org.dyad.nlp.DependencyParser;
import org.dyad.nlp.SentenceSplitter;

/**
 * The whole coder, article in, events out: clean → split → actors → (tag → parse) → events → geo.
 * Only sentences with enough actor mentions are tagged, and only those with a word a pattern can
 * fire on are parsed.
 *
 * <p>Build one per JVM (loading the parser models takes seconds) and call {@link #code} from as
 * many threads as you like: the stages hold only read-only dictionaries and models, and the
 * per-article state ({@link ArticleMemory}) lives inside one call.
 */
public final class Pipeline {
  private final Cleaner cleaner;
  private final SentenceSplitter splitter;
  private final DependencyParser parser;
  private final ActorFinder actors;
  private final EventCoder events;
  private final ArticleDateInference dateInference = new ArticleDateInference();
  private final IntentRecoder intents;
  private final TriggerFilter triggers;
  private final Discards discards;
  private final EventLocator locator;
  private final PlaceAsTarget placeTargets = new PlaceAsTarget();
  private final ReportedSpeech speech = new ReportedSpeech();
  private final int minActorsToParse;

  public Pipeline(Cleaner cleaner, SentenceSplitter splitter, DependencyParser parser, ActorTagger actors,
      EventCoder events, int minActorsToParse) {
    this(cleaner, splitter, parser, actors, events, EventLocator.NONE, minActorsToParse);
  }

  public Pipeline(Cleaner cleaner, SentenceSplitter splitter, DependencyParser parser, ActorTagger actors,
      EventCoder events, EventLocator locator, int minActorsToParse) {
    this(cleaner, splitter, parser, (ActorFinder) actors::tag, events, locator, minActorsToParse);
  }

  /** A pipeline whose actors come from another finder than dyad's tagger (an imported dictionary's). */
  public Pipeline(Cleaner cleaner, SentenceSplitter splitter, DependencyParser parser, ActorFinder actors,
      EventCoder events, EventLocator locator, int minActorsToParse) {
    this(cleaner, splitter, parser, actors, TriggerFilter.NONE, Discards.NONE, events,
        IntentRecoder.builtIn(CameoCodebook.builtIn()), locator, minActorsToParse);
  }

  /**
   * Every stage given; {@code intents} must use the same codebook as {@code events}, and
   * {@code triggers} the same verb dictionary.
   */
  public Pipeline(Cleaner cleaner, SentenceSplitter splitter, DependencyParser parser, ActorFinder actors,
      TriggerFilter triggers, Discards discards, EventCoder events, IntentRecoder intents, EventLocator locator,
      int minActorsToParse) {
    this.triggers = triggers;
    this.discards = discards;
    this.intents = intents;
    this.locator = locator;
    this.cleaner = cleaner;
    this.splitter = splitter;
    this.parser = parser;
    this.actors = actors;
    this.events = events;
    this.minActorsToParse = minActorsToParse;
  }

  /** The default pipeline with the config's parser, built from the config's dictionaries. */
  public static Pipeline create(PipelineConfig config) {
    ActorDictionary dict = config.actorDictionaries().map(ActorDictionary::fromDirectory)
        .orElseGet(ActorDictionary::builtIn);
    CameoCodebook codebook = CameoCodebook.builtIn().withQuadClasses(QuadClasses.builtIn(config.quadClasses()));
    VerbDictionary verbs = config.verbDictionary().map(f -> VerbDictionary.fromFile(f, codebook))
        .orElseGet(VerbDictionary::builtIn);
    GazetteerLocator locator = GazetteerLocator.loadingBuiltIn();
    ActorTagger tagger = new ActorTagger(dict, new GazetteerPlaceCountries(locator::gazetteer));
    return new Pipeline(LineCleaner.withDefaults(), config.parser().splitter(), config.parser().parser(), tagger::tag,
        new TriggerFilter(verbs), Discards.builtIn(), new EventCoder(verbs, codebook), IntentRecoder.builtIn(codebook), locator,
        config.minActorsToParse());
  }

  /**
   * The default pipeline with the config's parser and dictionaries built by the caller (an imported format's
   * actor finder, verb patterns and the codebook extended with their codes).
   */
  public static Pipeline create(PipelineConfig config, ActorFinder actors, VerbDictionary verbs,
      CameoCodebook codebook) {
    CameoCodebook schemed = codebook.withQuadClasses(QuadClasses.builtIn(config.quadClasses()));
    return new Pipeline(LineCleaner.withDefaults(), config.parser().splitter(), config.parser().parser(), actors,
        // an imported dictionary brings its own discards (applied by its actor finder)
        new TriggerFilter(verbs), Discards.NONE, new EventCoder(verbs, schemed), IntentRecoder.builtIn(schemed), GazetteerLocator.loadingBuiltIn(),
        config.minActorsToParse());
  }

  /** Codes an article; a date from its container ({@link org.dyad.model.ArticleMeta}) is used when the text has no dateline. */
  public CodedArticle code(Article article) {
    return code(article, article.meta().date());
  }

  /**
   * Codes an article whose date is known from outside its text (a gold record, a feed's metadata).
   * A dateline found by the cleaner still wins; {@code knownDate} is used only when there is none,
   * and the clean article then says so with the date basis "given". With neither, the date is
   * inferred from the dates in the text ({@link ArticleDateInference}), or left empty.
   */
  public CodedArticle code(Article article, Optional<LocalDate> knownDate) {
    long t0 = System.nanoTime();
    CleanArticle clean = cleaner.clean(article);
    if (clean.date().isEmpty() && knownDate.isPresent()) {
      clean = new CleanArticle(clean.article(), clean.blocks(), knownDate, "given");
    } else if (clean.date().isEmpty()) {
      ArticleDateInference.Inferred guess = dateInference.infer(article.text());
      clean = new CleanArticle(clean.article(), clean.blocks(), guess.date(), guess.basis());
    }
    long t1 = System.nanoTime();
    List<Sentence> sentences = new ArrayList<>();
    for (TextBlock b : clean.blocks()) {
      sentences.addAll(splitter.split(b, sentences.size()));
    }
    long t2 = System.nanoTime();
    long actorNanos = t2 - t1;
    long parseNanos = 0;
    long eventNanos = 0;
    ArticleMemory memory = new ArticleMemory();
    List<Sentence> out = new ArrayList<>(sentences.size());
    List<Event> found = new ArrayList<>();
    List<List<ActorMention>> allMentions = new ArrayList<>(sentences.size());
    var date = clean.date().orElse(null);
    for (Sentence s : sentences) {
      long a = System.nanoTime();
      List<ActorMention> mentions = actors.tag(s, memory, date);
      long b = System.nanoTime();
      Sentence parsed = s;
      if (mentions.size() >= minActorsToParse && discards.phraseIn(s) == null) {
        Sentence tagged = parser.tag(s); // cheap; the parse is for sentences a pattern can fire on
        parsed = triggers.mayFire(tagged) ? parser.parse(tagged) : tagged;
      }
      long c = System.nanoTime();
      found.addAll(events.code(article.id(), clean.date(), parsed, mentions));
      long d = System.nanoTime();
      out.add(parsed);
      allMentions.add(mentions);
      actorNanos += b - a;
      parseNanos += c - b;
      eventNanos += d - c;
    }
    long g0 = System.nanoTime();
    found = speech.attribute(out, allMentions, intents.recode(found));
    long g1 = System.nanoTime();
    String basis = clean.dateBasis();
    found = placeTargets.apply(locator.locate(clean, out, found)).stream()
        .map(e -> e.withArticleDateBasis(basis).withConfidence(EventConfidence.of(e))).toList();
    long g2 = System.nanoTime();
    return new CodedArticle(clean, out, allMentions, found,
        new StageTimes(t1 - t0, t2 - t1, actorNanos - (t2 - t1), parseNanos, eventNanos + g1 - g0, g2 - g1));
  }
}
