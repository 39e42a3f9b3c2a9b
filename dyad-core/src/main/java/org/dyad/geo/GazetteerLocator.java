package org.dyad.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.dyad.model.ActorMention;
import org.dyad.model.CleanArticle;
import org.dyad.model.Dateline;
import org.dyad.model.DependencyGraph;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Sentence;

/**
 * Places each event with the gazetteer, from the most to the least direct evidence, and says which
 * rule applied ({@link Location#basis()}):
 *
 * <ol>
 *   <li>{@code event}: a place in the event's own phrase: a locative phrase on the trigger ("clashed
 *       in Idlib", "incursion into Syria"), on the object of the trigger verb ("launched an offensive
 *       in Syria"), on the verb a nominal trigger hangs on, or the object place of the trigger
 *       ("seized Jarablus");
 *   <li>{@code sentence}: the place of the sentence used as a location nearest to the trigger in the
 *       parse;
 *   <li>{@code dateline}: the place of the article's dateline ("ANKARA, Feb 4 (Reuters) -");
 *   <li>{@code target_country}: the centre of the target's country.
 * </ol>
 *
 * A place named only in another sentence is never used (beyond the dateline): the article's other
 * sentences serve only to tell which of several same-named places is meant. Stateless; the
 * gazetteer is read-only, so one locator serves every thread.
 */
public final class GazetteerLocator implements EventLocator {
  public static final String EVENT = "event";
  public static final String SENTENCE = "sentence";
  public static final String DATELINE = "dateline";
  public static final String TARGET_COUNTRY = "target_country";

  private final CompletableFuture<Gazetteer> loading;
  private final PlaceWords words;

  public GazetteerLocator(Gazetteer gazetteer) {
    this(CompletableFuture.completedFuture(gazetteer), PlaceWords.builtIn());
  }

  private GazetteerLocator(CompletableFuture<Gazetteer> loading, PlaceWords words) {
    this.loading = loading;
    this.words = words;
  }

  /** This locator (the same gazetteer) reading {@code lexicon}'s word classes. */
  public GazetteerLocator withLexicon(org.dyad.lexicon.Lexicon lexicon) {
    return new GazetteerLocator(loading, PlaceWords.of(lexicon));
  }

  /**
   * A locator whose built-in gazetteer loads on another thread while the caller loads the parser
   * models; the first article to need it waits for it.
   */
  public static GazetteerLocator loadingBuiltIn() {
    return new GazetteerLocator(CompletableFuture.supplyAsync(Gazetteer::builtIn), PlaceWords.builtIn());
  }

  public Gazetteer gazetteer() {
    try {
      return loading.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  @Override
  public List<Event> locate(CleanArticle article, List<Sentence> sentences, List<Event> events) {
    if (events.isEmpty()) {
      return events;
    }
    Gazetteer gazetteer = gazetteer();
    PlaceFinder finder = new PlaceFinder(gazetteer, words);
    Map<Integer, List<Event>> bySentence = new HashMap<>();
    for (Event e : events) {
      bySentence.computeIfAbsent(e.sentence().index(), k -> new ArrayList<>()).add(e);
    }
    Set<String> focus = new HashSet<>();
    Map<Integer, List<PlaceMention>> mentions = new HashMap<>();
    Map<Sentence, DependencyGraph> graphs = new java.util.IdentityHashMap<>(); // built once per sentence
    for (Sentence s : sentences) {
      List<Event> here = bySentence.getOrDefault(s.index(), List.of());
      Sentence parsed = here.isEmpty() ? s : here.get(0).sentence();
      DependencyGraph graph = parsed.isParsed() ? graphs.computeIfAbsent(parsed, DependencyGraph::of) : null;
      List<PlaceMention> found = finder.find(parsed, graph, actorSpans(here));
      int datelineEnd = s.index() < 4 ? Dateline.opening(s.text()).map(Dateline.Opening::end).orElse(-1) : -1;
      if (datelineEnd >= 0) {
        // "PARIS (Reuters) - France urged ...": the dateline place is the dateline rule's, not the sentence's.
        found = found.stream().filter(m -> parsed.tokens().get(m.firstToken()).start() - parsed.start() >= datelineEnd)
            .toList();
      }
      mentions.put(s.index(), found);
      for (PlaceMention m : found) {
        m.candidates().stream().filter(Place::isCountry).forEach(p -> focus.add(p.country()));
      }
    }
    for (Event e : events) {
      addCountry(focus, e.source());
      addCountry(focus, e.target());
    }
    Optional<Place> dateline = datelinePlace(gazetteer, sentences, focus);

    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      List<PlaceMention> here = mentions.getOrDefault(e.sentence().index(), List.of());
      out.add(locate(gazetteer, e, here, focus, dateline, graphs).map(e::withLocation).orElse(e));
    }
    return out;
  }

  private Optional<Location> locate(Gazetteer gazetteer, Event e, List<PlaceMention> here, Set<String> focus,
      Optional<Place> dateline, Map<Sentence, DependencyGraph> graphs) {
    Sentence s = e.sentence();
    List<PlaceMention> located = here.stream().filter(PlaceMention::isLocation).toList();
    if (!located.isEmpty() && s.isParsed()) {
      PlaceFinder.Tree tree = new PlaceFinder.Tree(graphs.computeIfAbsent(s, DependencyGraph::of), words);
      int trigger = e.trigger().index();
      Set<String> actors = new HashSet<>();
      addCountry(actors, e.source());
      addCountry(actors, e.target());
      Set<String> named = new HashSet<>();
      for (PlaceMention m : here) {
        if (m.candidates().stream().allMatch(Place::isCountry)) {
          m.candidates().forEach(p -> named.add(p.country()));
        }
      }
      Comparator<Resolved> nearest = Comparator.<Resolved>comparingInt(r -> r.distance)
          .thenComparingInt(r -> r.place.coarseness())
          .thenComparingInt(r -> r.mention.firstToken());
      List<Resolved> resolved = new ArrayList<>();
      for (PlaceMention m : located) {
        Place p = provinceOfSeat(gazetteer, m, best(m, actors, named, focus));
        resolved.add(new Resolved(m, p, tree.distance(trigger, m.attachment()),
            ownPhrase(tree, trigger, m.attachment())));
      }
      Optional<Resolved> own = resolved.stream().filter(r -> r.own).min(nearest);
      if (own.isPresent()) {
        return Optional.of(location(own.get().place, EVENT));
      }
      return resolved.stream().min(nearest).map(r -> location(r.place, SENTENCE));
    }
    if (dateline.isPresent()) {
      return Optional.of(location(dateline.get(), DATELINE));
    }
    return gazetteer.country(e.target().actor().country()).map(p -> location(p, TARGET_COUNTRY));
  }

  /**
   * Whether a phrase hanging on {@code attachment} belongs to the event itself: on the trigger, on
   * the trigger verb's object ("launched an offensive in Syria") or prepositional object ("fired at
   * targets in Jericho"), or on the verb whose subject or object the nominal trigger is ("carried
   * out an attack in Idlib").
   */
  private static boolean ownPhrase(PlaceFinder.Tree tree, int trigger, int attachment) {
    if (attachment == trigger) {
      return true;
    }
    if (tree.head(attachment) == trigger && tree.rel(attachment).equals("obj")) {
      return true;
    }
    // "fired shells at targets in Jericho", "struck positions near Idlib": the place of what the act aimed at
    // (a noun after a preposition of aim only: in "accused Turkey of shelling villages near Manbij" the
    // shelling, not the accusation, is there)
    if (tree.head(attachment) == trigger && tree.rel(attachment).startsWith("obl")
        && tree.tokens.get(attachment).isNoun() && aimedAt(tree, attachment)) {
      return true;
    }
    String r = tree.rel(trigger);
    return tree.head(trigger) == attachment
        && (r.equals("obj") || r.startsWith("nsubj") || r.equals("xcomp"));
  }


  private static boolean aimedAt(PlaceFinder.Tree tree, int noun) {
    for (int c : tree.graph.children(noun)) {
      if (tree.rel(c).equals("case") && tree.words.aims().contains(tree.tokens.get(c).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The place a name most likely means here: prefer the countries of the event's actors, countries
   * named in the same sentence, the article's countries; then capitals and province seats over
   * villages, bigger over smaller, and a province when the text says "province".
   */
  private static Place best(PlaceMention m, Set<String> actors, Set<String> named, Set<String> focus) {
    Place best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Place p : m.candidates()) {
      double score = featureWeight(p) + (p.featureCode().startsWith("PPL") ? Math.log10(1 + p.population()) : 0);
      if (p.isProvince() && m.provinceWord()) {
        score += 8;
      }
      if (actors.contains(p.country())) {
        score += 5;
      }
      if (named.contains(p.country()) && !p.isCountry()) {
        score += 4;
      }
      if (focus.contains(p.country())) {
        score += 3;
      }
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * "Idleb province" when only the town is spelled "Idleb": the province whose seat the town is
   * (placed at the same point, but admin-level, as the text says).
   */
  private static Place provinceOfSeat(Gazetteer gazetteer, PlaceMention m, Place p) {
    if (!m.provinceWord() || !p.featureCode().equals("PPLA") || p.admin1().isEmpty()) {
      return p;
    }
    return gazetteer.lookup(p.admin1()).stream()
        .filter(q -> q.isProvince() && q.country().equals(p.country()) && q.admin1().equals(p.admin1()))
        .findFirst().orElse(p);
  }

  private static double featureWeight(Place p) {
    return switch (p.featureCode()) {
      // A country outranks its same-named capital ("in Panama", "Kuwait", "Mexico").
      case "PCLI" -> 12;
      case "ADM1" -> 6;
      case "PPLC" -> 4;
      case "PPLA" -> 3;
      case "PPLA2" -> 2;
      case "PPLA3", "PPLA4" -> 1;
      default -> p.id().startsWith("dyad:") ? 7 : 0.5;
    };
  }

  /** The dateline's place: a capital, province seat, sizeable town or country at the very start of the article. */
  private static Optional<Place> datelinePlace(Gazetteer gazetteer, List<Sentence> sentences, Set<String> focus) {
    for (Sentence s : sentences.subList(0, Math.min(4, sentences.size()))) {
      Optional<Dateline.Opening> d = Dateline.opening(s.text());
      if (d.isEmpty()) {
        continue;
      }
      List<Place> candidates = gazetteer.lookup(d.get().place()).stream()
          .filter(p -> p.isCountry() || p.featureCode().matches("PPLC|PPLA|PPLA2") || p.population() >= 10_000)
          .toList();
      if (!candidates.isEmpty()) {
        PlaceMention pm = new PlaceMention(0, 0, d.get().place(), candidates, false, -1);
        return Optional.of(best(pm, Set.of(), Set.of(), focus));
      }
    }
    return Optional.empty();
  }

  private static List<int[]> actorSpans(List<Event> events) {
    List<int[]> spans = new ArrayList<>();
    for (Event e : events) {
      spans.add(new int[] {e.source().firstToken(), e.source().endToken()});
      spans.add(new int[] {e.target().firstToken(), e.target().endToken()});
    }
    return spans;
  }

  private static void addCountry(Set<String> into, ActorMention m) {
    String c = m.actor().country();
    if (c.length() == 3 && Character.isLetter(c.charAt(0))) { // not "---", a role without a country
      into.add(c);
    }
  }

  private static Location location(Place p, String basis) {
    return new Location(p.name(), p.country(), p.admin1().isEmpty() ? Optional.empty() : Optional.of(p.admin1()),
        p.lat(), p.lon(), p.id(), basis);
  }

  private record Resolved(PlaceMention mention, Place place, int distance, boolean own) {}
}
