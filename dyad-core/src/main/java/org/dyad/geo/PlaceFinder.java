package org.dyad.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.model.DependencyGraph;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Finds place names in a sentence by looking up its capitalised phrases in the gazetteer (longest
 * first) and, in parsed sentences, decides from the dependencies whether each one is used as a
 * location and where its phrase attaches. dyad runs no NER: a proper-noun tag from the parser and
 * the gazetteer together stand in for it. Stateless; safe from any thread.
 */
public final class PlaceFinder {
  private static final Pattern ARTICLE_PREFIX = Pattern.compile("(?i)(al|el|ar|as|ad|ash|at|az|an|ad-d|ar-r)-\\p{Lu}.*");
  private static final int MAX_SPAN_TOKENS = 8;

  private final Gazetteer gazetteer;
  private final PlaceWords words;

  public PlaceFinder(Gazetteer gazetteer) {
    this(gazetteer, PlaceWords.builtIn());
  }

  PlaceFinder(Gazetteer gazetteer, PlaceWords words) {
    this.gazetteer = gazetteer;
    this.words = words;
  }

  /**
   * The place names of a sentence, left to right, none overlapping. Phrases that overlap
   * {@code actorSpans} (pairs of first/end token indexes of actor mentions) count as locations only
   * behind a locative preposition: "Ankara" in "accused Ankara" is the government, in "met in
   * Ankara" the city.
   */
  public List<PlaceMention> find(Sentence s, List<int[]> actorSpans) {
    return find(s, s.isParsed() ? DependencyGraph.of(s) : null, actorSpans);
  }

  /** As {@link #find(Sentence, List)}, on the sentence's graph built by the caller (null when it is not parsed). */
  List<PlaceMention> find(Sentence s, DependencyGraph graph, List<int[]> actorSpans) {
    List<Token> t = s.tokens();
    Tree tree = graph == null ? null : new Tree(graph, words);
    List<PlaceMention> out = new ArrayList<>();
    int maxTokens = Math.min(MAX_SPAN_TOKENS, gazetteer.maxKeyWords() + 2);
    for (int i = 0; i < t.size(); i++) {
      boolean capital = startsName(t.get(i));
      if (!capital && !gazetteer.startsLowerCaseName(t.get(i).text().toLowerCase())) {
        continue;
      }
      for (int len = Math.min(maxTokens, t.size() - i); len >= 1; len--) {
        int end = i + len;
        if (!Character.isLetterOrDigit(t.get(end - 1).text().codePointAt(0))) {
          continue;
        }
        List<Place> candidates = candidates(t, i, end, capital);
        if (candidates.isEmpty() || !looksLikeName(t, i, end, tree != null, capital)) {
          continue;
        }
        boolean province = provinceWord(t, i, end);
        int attachment = tree == null ? -1 : tree.locativeAttachment(i, end);
        if (tree != null && attachment < 0 && !overlapsActor(actorSpans, i, end)) {
          // The object of a verb is a place when it is a town ("seized Jarablus"); a name that can
          // be a capital or a country there is a government ("forced Paris to revoke the ban").
          boolean government = candidates.stream().anyMatch(p -> p.isCountry() || p.featureCode().equals("PPLC"));
          if (!government) {
            attachment = tree.objectOf(i, end);
          }
        }
        out.add(new PlaceMention(i, end, s.span(i, end), candidates, province, attachment));
        i = end - 1;
        break;
      }
    }
    return out;
  }

  private List<Place> candidates(List<Token> t, int from, int to, boolean capital) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(t.get(k).text());
    }
    List<Place> found = gazetteer.lookupKey(PlaceNames.key(b.toString()));
    if (found.isEmpty()) {
      return found;
    }
    if (to - from == 1 && isAcronym(t.get(from).text())) {
      // "EU", "UN", "AP": an acronym names a country ("US", "UAE") or nothing, never a town called Eu.
      return found.stream().filter(Place::isCountry).toList();
    }
    if (capital) {
      return found;
    }
    // A phrase starting in lower case ("northern Syria") can only be one of dyad's own regions.
    return found.stream().filter(p -> p.id().startsWith("dyad:")).toList();
  }

  /**
   * A capitalised phrase that is a proper noun (in a parsed sentence) and not part of a longer
   * name ("Syria Support Group", "Iran Press TV", "Hulusi Akar"), unless the neighbour is a place
   * word ("Idlib Province") or a possessive.
   */
  private boolean looksLikeName(List<Token> t, int from, int to, boolean parsed, boolean capital) {
    if (!capital) {
      return true;
    }
    if (parsed) {
      boolean proper = false;
      for (int k = from; k < to; k++) {
        proper |= t.get(k).pos().startsWith("NNP");
      }
      if (!proper) {
        return false;
      }
    }
    boolean nameBefore = from > 0 && partOfName(t.get(from - 1), parsed);
    boolean nameAfter = to < t.size() && partOfName(t.get(to), parsed)
        && !words.placeNouns().contains(t.get(to).text());
    return !nameBefore && !nameAfter;
  }

  private static boolean partOfName(Token k, boolean parsed) {
    return startsName(k) && (!parsed || k.pos().startsWith("NNP")) && !k.text().equals("I");
  }

  private static boolean startsName(Token k) {
    String w = k.text();
    return !w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || ARTICLE_PREFIX.matcher(w).matches());
  }

  private static boolean isAcronym(String w) {
    return w.length() <= 5 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  private boolean provinceWord(List<Token> t, int from, int to) {
    if (to < t.size() && words.provinceWords().contains(t.get(to).text())) {
      return true;
    }
    return from >= 2 && t.get(from - 1).text().equalsIgnoreCase("of")
        && words.provinceWords().contains(t.get(from - 2).text());
  }

  private static boolean overlapsActor(List<int[]> actorSpans, int from, int to) {
    for (int[] a : actorSpans) {
      if (a[0] < to && from < a[1]) {
        return true;
      }
    }
    return false;
  }

  /** Geo's view of one parsed sentence's {@link DependencyGraph}: the questions the finder asks of it. */
  static final class Tree {
    final DependencyGraph graph;
    final List<Token> tokens;
    final PlaceWords words;

    Tree(DependencyGraph graph, PlaceWords words) {
      this.graph = graph;
      this.words = words;
      this.tokens = graph.sentence().tokens();
    }

    int head(int i) {
      return graph.head(i);
    }

    String rel(int i) {
      return graph.rel(i);
    }

    /** The token of a span whose head lies outside it. */
    int headOf(int from, int to) {
      return graph.headOf(from, to);
    }

    /**
     * Where the phrase of the place hangs in the clause, or -1 when the name is not used as a place.
     * Climbs from the name through coordinations ("Idlib and Aleppo") and place nouns ("province of
     * Idlib", "Syria's Raqqah region", "the outskirts of ..."), then needs a locative preposition
     * ("in", "near", "into"; after a place noun also "on", "from").
     */
    int locativeAttachment(int from, int to) {
      int node = headOf(from, to);
      for (int k = 0; k < 3 && (rel(node).equals("conj") || rel(node).equals("appos")) && head(node) >= 0
          && tokens.get(head(node)).pos().startsWith("NNP"); k++) {
        node = head(node);
      }
      boolean placeNoun = false;
      for (int k = 0; k < 5; k++) {
        if (hasLocativeCase(node, placeNoun)) {
          return head(node) >= 0 ? head(node) : node;
        }
        boolean intoPlaceNoun = head(node) >= 0 && isPlaceNoun(head(node))
            && (rel(node).startsWith("nmod") || rel(node).equals("compound") || rel(node).equals("appos")
            || rel(node).equals("amod"));
        if (!intoPlaceNoun) {
          break;
        }
        node = head(node);
        placeNoun = true;
      }
      return -1;
    }

    /** The verb whose direct object the name is ("seized Jarablus"), or -1. */
    int objectOf(int from, int to) {
      int node = headOf(from, to);
      return rel(node).equals("obj") && head(node) >= 0 && tokens.get(head(node)).isVerb() ? head(node) : -1;
    }

    private boolean isPlaceNoun(int k) {
      Token t = tokens.get(k);
      String w = t.lemma().isEmpty() ? t.text().toLowerCase() : t.lemma().toLowerCase();
      return t.isNoun() && !t.pos().startsWith("NNP") && words.placeNouns().contains(w)
          || t.pos().startsWith("NNP") && words.placeNouns().contains(t.text());
    }

    private boolean hasLocativeCase(int node, boolean placeNoun) {
      for (int c : graph.children(node)) {
        if (rel(c).equals("case")) {
          String p = caseWords(c);
          if (words.locative(p) || placeNoun && words.placeNounLeads().contains(p)) {
            return true;
          }
        }
      }
      return false;
    }

    /** The preposition, with the second word of a fixed one ("outside of", "close to"). */
    private String caseWords(int c) {
      String w = tokens.get(c).text().toLowerCase();
      for (int f : graph.children(c)) {
        if (rel(f).equals("fixed")) {
          w = w + " " + tokens.get(f).text().toLowerCase();
        }
      }
      return w;
    }

    /** Number of edges between two tokens in the tree, ignoring direction. */
    int distance(int a, int b) {
      return graph.distance(a, b);
    }
  }
}
