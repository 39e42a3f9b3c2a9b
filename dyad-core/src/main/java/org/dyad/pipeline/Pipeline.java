package org.dyad.pipeline;

import java.time.Duration;
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
import org.dyad.events.CondemnedAttacks;
import org.dyad.events.Pass;
import org.dyad.events.Trail;
import org.dyad.events.TriggerFilter;
import org.dyad.events.VerbDictionary;
import org.dyad.geo.EventLocator;
import org.dyad.geo.PlaceAsTarget;
import org.dyad.geo.GazetteerLocator;
import org.dyad.geo.GazetteerPlaceCountries;
import org.dyad.lexicon.Lexicon;
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
  private final ReportedSpeech speech;
  private final int minActorsToParse;
  /** The date of articles that have neither a dateline nor a container date ({@code --default-date}). */
  private final Optional<LocalDate> defaultDate;
  /** Over-long sentences are split before parsing. */
  private final SentenceCap cap;
  /** How long one article may take before it is reported and skipped. */
  private final Duration budget;

  /** How long one article may take before it is reported and skipped, unless set otherwise. */
  public static final Duration DEFAULT_ARTICLE_BUDGET = Duration.ofSeconds(60);
  /** The passes after matching, in order (the event coder's sentence passes run before them). */
  private final List<ArticlePass> passes;

  /** What an article pass sees besides the events: the clean article and its sentences' parses and actors. */
  private record Scope(CleanArticle clean, List<Sentence> sentences, List<List<ActorMention>> mentions) {}

  /** One step after matching that rewrites, recodes or drops an article's events. */
  private record ArticlePass(Pass pass, java.util.function.BiFunction<Scope, List<Event>, List<Event>> apply) {}

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
        IntentRecoder.builtIn(CameoCodebook.builtIn()), locator, minActorsToParse, Lexicon.builtIn());
  }

  /**
   * Every stage given; {@code intents} must use the same codebook as {@code events}, and
   * {@code triggers} the same verb dictionary; the stages built here (reported speech) read
   * {@code lexicon}'s word classes.
   */
  public Pipeline(Cleaner cleaner, SentenceSplitter splitter, DependencyParser parser, ActorFinder actors,
      TriggerFilter triggers, Discards discards, EventCoder events, IntentRecoder intents, EventLocator locator,
      int minActorsToParse, Lexicon lexicon) {
    this.speech = new ReportedSpeech(lexicon);
    CondemnedAttacks condemned = new CondemnedAttacks(lexicon);
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
    this.defaultDate = Optional.empty();
    this.cap = new SentenceCap(SentenceCap.DEFAULT_MAX_TOKENS);
    this.budget = DEFAULT_ARTICLE_BUDGET;
    this.passes = List.of(
        new ArticlePass(Pass.INTENT_AND_REFUSAL, (a, ev) -> intents.recode(ev)),
        new ArticlePass(Pass.REPORTED_SPEECH, (a, ev) -> speech.attribute(a.sentences(), a.mentions(), ev)),
        new ArticlePass(Pass.CONDEMNED_ATTACKS, (a, ev) -> condemned.apply(ev)),
        new ArticlePass(Pass.PLACEMENT, (a, ev) -> locator.locate(a.clean(), a.sentences(), ev)),
        new ArticlePass(Pass.PLACE_AS_TARGET, (a, ev) -> placeTargets.apply(ev)),
        new ArticlePass(Pass.DATE_BASIS_AND_CONFIDENCE, (a, ev) -> ev.stream()
            .map(e -> e.withArticleDateBasis(a.clean().dateBasis()).withConfidence(EventConfidence.of(e))).toList()));
  }

  private Pipeline(Pipeline p, Optional<LocalDate> defaultDate, SentenceCap cap, Duration budget) {
    this.triggers = p.triggers;
    this.discards = p.discards;
    this.intents = p.intents;
    this.locator = p.locator;
    this.cleaner = p.cleaner;
    this.splitter = p.splitter;
    this.parser = p.parser;
    this.actors = p.actors;
    this.events = p.events;
    this.minActorsToParse = p.minActorsToParse;
    this.speech = p.speech;
    this.passes = p.passes;
    this.defaultDate = defaultDate;
    this.cap = cap;
    this.budget = budget;
  }

  /**
   * This pipeline, dating articles that have no dateline and no container date with {@code date}
   * (basis "given") instead of inferring a date from their text.
   */
  public Pipeline withDefaultDate(Optional<LocalDate> date) {
    return new Pipeline(this, date, cap, budget);
  }

  /**
   * This pipeline with bounds on one article's work: sentences longer than {@code maxSentenceTokens}
   * are split ({@link SentenceCap}), and an article still being coded after {@code budget} is given
   * up with an {@link ArticleTooSlowException}.
   */
  public Pipeline withLimits(int maxSentenceTokens, Duration budget) {
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("the time budget per article must be positive, was " + budget);
    }
    return new Pipeline(this, defaultDate, new SentenceCap(maxSentenceTokens), budget);
  }

  /** The default pipeline with the config's parser, built from the config's dictionaries. */
  public static Pipeline create(PipelineConfig config) {
    ActorDictionary dict = config.actorDictionaries().map(ActorDictionary::fromDirectory)
        .orElseGet(ActorDictionary::builtIn);
    CameoCodebook codebook = CameoCodebook.builtIn().withQuadClasses(QuadClasses.builtIn(config.quadClasses()));
    Lexicon lexicon = Lexicon.of(config.lexicon());
    VerbDictionary verbs = config.verbDictionary().map(f -> VerbDictionary.fromFile(f, codebook, lexicon))
        .orElseGet(() -> VerbDictionary.builtIn(lexicon));
    GazetteerLocator locator = GazetteerLocator.loadingBuiltIn().withLexicon(lexicon);
    ActorTagger tagger = new ActorTagger(dict, new GazetteerPlaceCountries(locator::gazetteer), lexicon);
    return new Pipeline(LineCleaner.withDefaults(), config.parser().splitter(), config.parser().parser(), tagger::tag,
        new TriggerFilter(verbs), Discards.builtIn(), new EventCoder(verbs, codebook, lexicon),
        IntentRecoder.builtIn(codebook, lexicon), locator, config.minActorsToParse(), lexicon);
  }

  /**
   * The default pipeline with the config's parser and dictionaries built by the caller (an imported format's
   * actor finder, verb patterns and the codebook extended with their codes).
   */
  public static Pipeline create(PipelineConfig config, ActorFinder actors, VerbDictionary verbs,
      CameoCodebook codebook) {
    CameoCodebook schemed = codebook.withQuadClasses(QuadClasses.builtIn(config.quadClasses()));
    Lexicon lexicon = Lexicon.of(config.lexicon());
    return new Pipeline(LineCleaner.withDefaults(), config.parser().splitter(), config.parser().parser(), actors,
        // an imported dictionary brings its own discards (applied by its actor finder)
        new TriggerFilter(verbs), Discards.NONE, new EventCoder(verbs, schemed, lexicon),
        IntentRecoder.builtIn(schemed, lexicon), GazetteerLocator.loadingBuiltIn().withLexicon(lexicon),
        config.minActorsToParse(), lexicon);
  }

  /**
   * Codes an article; a date from its container ({@link org.dyad.model.ArticleMeta}), else the
   * default date, is used when the text has no dateline.
   */
  public CodedArticle code(Article article) {
    return code(article, article.meta().date().or(() -> defaultDate));
  }

  /**
   * Codes an article whose date is known from outside its text (a gold record, a feed's metadata).
   * A dateline found by the cleaner still wins; {@code knownDate} is used only when there is none,
   * and the clean article then says so with the date basis "given". With neither, the date is
   * inferred from the dates in the text ({@link ArticleDateInference}), or left empty.
   */
  public CodedArticle code(Article article, Optional<LocalDate> knownDate) {
    return code(article, knownDate, Trail.NONE);
  }

  /** An article coded with the trail of every candidate event through the passes ({@code dyad explain}). */
  public record Explained(CodedArticle article, Trail trail) {}

  /** Codes an article as {@link #code(Article)} does, recording what each pass did to each candidate. */
  public Explained explain(Article article) {
    Trail trail = Trail.recording();
    return new Explained(code(article, article.meta().date().or(() -> defaultDate), trail), trail);
  }

  private CodedArticle code(Article article, Optional<LocalDate> knownDate, Trail trail) {
    long t0 = System.nanoTime();
    long deadline = t0 + budget.toNanos();
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
      sentences.addAll(cap.apply(splitter.split(b, sentences.size())));
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
      if (a - deadline > 0) {
        throw new ArticleTooSlowException(article.id(), budget, out.size(), sentences.size());
      }
      List<ActorMention> mentions = actors.tag(s, memory, date);
      long b = System.nanoTime();
      Sentence parsed = s;
      if (mentions.size() >= minActorsToParse && discards.phraseIn(s) == null) {
        Sentence tagged = parser.tag(s); // cheap; the parse is for sentences a pattern can fire on
        parsed = triggers.mayFire(tagged) ? parser.parse(tagged) : tagged;
      }
      long c = System.nanoTime();
      found.addAll(events.code(article.id(), clean.date(), parsed, mentions, trail));
      long d = System.nanoTime();
      out.add(parsed);
      allMentions.add(mentions);
      actorNanos += b - a;
      parseNanos += c - b;
      eventNanos += d - c;
    }
    long g0 = System.nanoTime();
    Scope scope = new Scope(clean, out, allMentions);
    long g1 = -1; // the stage times count the passes before placement with events, the rest with geo
    for (ArticlePass pass : passes) {
      if (pass.pass().geo() && g1 < 0) {
        g1 = System.nanoTime();
      }
      found = trail.record(pass.pass(), found, pass.apply().apply(scope, found));
    }
    long g2 = System.nanoTime();
    return new CodedArticle(clean, out, allMentions, found,
        new StageTimes(t1 - t0, t2 - t1, actorNanos - (t2 - t1), parseNanos, eventNanos + g1 - g0, g2 - g1));
  }
}
