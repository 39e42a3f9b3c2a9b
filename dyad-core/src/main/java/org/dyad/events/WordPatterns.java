package org.dyad.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.events.WordPattern.Element;
import org.dyad.events.WordPattern.Kind;
import org.dyad.model.ActorMention;
import org.dyad.model.CameoCode;
import org.dyad.model.Event;
import org.dyad.model.Modality;

/**
 * Codes {@link WordPattern}s (imported PETRARCH/TABARI verb patterns) on a parsed sentence.
 *
 * <p>How the PETRARCH constructs map onto the parse: words after the trigger must lie in the
 * trigger's phrase (its dependency subtree, without its subject and without coordinated verbs or
 * parenthetical clauses, which are coded on their own); words before it anywhere earlier in the
 * sentence (PETRARCH reads "INDICATED WOULD *" across the clause boundary). {@code $} and {@code +}
 * take the first actor between their place and the next matched word. Without them the source is
 * the subject (the by-phrase of a passive; the passive subject when there is none, as PETRARCH
 * does) and the target the passive subject after a by-phrase, else the first actor after the
 * trigger in its phrase. {@code %} is a compound actor whose members act toward each other.
 * Negation and modality are what the dictionary says (PETRARCH dictionaries spell them out,
 * "WILL NOT *"), so events from these patterns are asserted, or reported when dyad finds a
 * reporting verb above the trigger.
 */
final class WordPatterns {
  private static final Set<String> OWN_CLAUSES = Set.of("nsubj", "nsubj:pass", "csubj", "csubj:pass", "parataxis");


  private WordPatterns() {}

  /** Empty when the pattern does not match; the events (possibly none) when it does. */
  static Optional<List<Event>> code(Graph g, int trigger, VerbPattern p, List<ActorMention> actors,
      CameoCodebook codebook, ModalityClassifier modality, EventDater dater, String articleId,
      Optional<LocalDate> articleDate, Set<String> seen) {
    boolean[] scope = scope(g, trigger);
    List<Element> elements = p.words().elements();
    int[] at = new int[elements.size()];
    if (!match(g, trigger, scope, elements, 0, 0, 0, at)) {
      return Optional.empty();
    }
    if (p.code() == null) {
      return Optional.of(List.of());
    }
    List<ActorMention> sources = null;
    List<ActorMention> targets = null;
    boolean mutual = false;
    int triggerElement = -1;
    for (int e = 0; e < elements.size(); e++) {
      if (elements.get(e).kind() == Kind.TRIGGER) {
        triggerElement = e;
      }
    }
    for (int e = 0; e < elements.size(); e++) {
      Kind k = elements.get(e).kind();
      if (k != Kind.SOURCE && k != Kind.TARGET && k != Kind.COMPOUND) { // SKIP is applied by the marker after it
        continue;
      }
      int from = at[e];
      int to = g.sentence().tokens().size();
      for (int n = e + 1; n < elements.size(); n++) {
        Kind nk = elements.get(n).kind();
        if (nk == Kind.WORDS || nk == Kind.TRIGGER) {
          to = at[n];
          break;
        }
      }
      int skips = 0;
      for (int n = e - 1; n >= 0 && elements.get(n).kind() == Kind.SKIP; n--) {
        skips++;
      }
      for (; skips > 0; skips--) { // "AT ^ +": the phrase right after AT is passed over
        Optional<ActorMention> skipped = firstMentionIn(from, to, actors);
        if (skipped.isEmpty()) {
          break;
        }
        from = skipped.get().endToken();
      }
      List<ActorMention> region = k == Kind.COMPOUND ? compoundIn(g, from, to, actors) : firstActorIn(g, from, to, actors);
      if (region.isEmpty() && k != Kind.COMPOUND) {
        return Optional.empty(); // PETRARCH's '$' and '+' must find an actor for the pattern to match
      }
      if (k == Kind.SOURCE) {
        sources = region;
      } else if (k == Kind.TARGET) {
        targets = region;
      } else if (region.size() >= 2) {
        if (e < triggerElement) {
          sources = region;
          mutual = true;
        } else {
          targets = region;
        }
      } else {
        return Optional.empty(); // '%' needs a compound actor to match
      }
    }
    boolean fromByPhrase = false;
    if (sources == null) {
      sources = PhraseActors.verbSources(g, trigger, actors, 0);
      fromByPhrase = !sources.isEmpty() && !g.children(trigger, "nsubj:pass").isEmpty();
      if (sources.isEmpty()) {
        sources = subjectAbove(g, trigger, actors);
      }
    }
    if (targets == null) {
      if (mutual) {
        targets = sources;
      } else if (fromByPhrase) {
        targets = PhraseActors.find(g, g.children(trigger, "nsubj:pass").get(0), actors);
      } else {
        targets = firstActorAfter(g, trigger, scope, actors, sources);
      }
    }
    if (sources.isEmpty() || targets.isEmpty()) {
      return Optional.of(List.of());
    }
    Modality m = modality.classify(g, trigger) == Modality.REPORTED ? Modality.REPORTED : Modality.ASSERTED;
    EventDater.Dated when = dater.date(g.sentence(), trigger, articleDate);
    List<Event> out = new ArrayList<>();
    add(out, seen, sources, targets, codebook.lookup(p.code()).orElseThrow(), m, when, g, trigger, p, articleId,
        articleDate);
    if (p.pairedCode() != null) {
      add(out, seen, targets, sources, codebook.lookup(p.pairedCode()).orElseThrow(), m, when, g, trigger, p,
          articleId, articleDate);
    }
    return Optional.of(out);
  }

  private static void add(List<Event> out, Set<String> seen, List<ActorMention> sources, List<ActorMention> targets,
      CameoCode code, Modality m, EventDater.Dated when, Graph g, int trigger, VerbPattern p, String articleId,
      Optional<LocalDate> articleDate) {
    for (ActorMention s : sources) {
      for (ActorMention t : targets) {
        if (s == t || s.actor().equals(t.actor()) || !seen.add(s.actor() + "|" + t.actor() + "|" + code.code())) {
          continue;
        }
        out.add(new Event(articleId, articleDate, when.date(), when.precision(), g.sentence(), s, t, code, m,
            g.token(trigger), p.text()));
      }
    }
  }

  /**
   * Matches elements from {@code e} on. {@code min} is the first token the element may start at,
   * {@code prevEnd} the token after the previous matched word (a joined element must start there).
   */
  private static boolean match(Graph g, int trigger, boolean[] scope, List<Element> elements, int e, int min,
      int prevEnd, int[] at) {
    if (e == elements.size()) {
      return true;
    }
    Element el = elements.get(e);
    switch (el.kind()) {
      case SOURCE, TARGET, COMPOUND, SKIP -> {
        at[e] = prevEnd;
        return match(g, trigger, scope, elements, e + 1, min, prevEnd, at);
      }
      case TRIGGER -> {
        if (trigger < min || el.joined() && prevEnd != trigger) {
          return false;
        }
        at[e] = trigger;
        return match(g, trigger, scope, elements, e + 1, trigger + 1, trigger + 1, at);
      }
      default -> {
        boolean afterTrigger = min > trigger;
        int n = g.sentence().tokens().size();
        int last = el.joined() ? Math.min(prevEnd, n - 1) : n - 1;
        for (int start = el.joined() ? prevEnd : min; start <= last; start++) {
          for (List<String> words : el.alternatives()) {
            int end = start + words.size();
            if (!afterTrigger && end > trigger || !wordsAt(g, start, words, afterTrigger ? scope : null)) {
              continue;
            }
            at[e] = start;
            if (match(g, trigger, scope, elements, e + 1, end, end, at)) {
              return true;
            }
          }
        }
        return false;
      }
    }
  }

  private static boolean wordsAt(Graph g, int start, List<String> words, boolean[] scope) {
    int n = g.sentence().tokens().size();
    if (start + words.size() > n) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (scope != null && !scope[start + k] || !words.get(k).equals(text(g, start + k))) {
        return false;
      }
    }
    return true;
  }

  static String text(Graph g, int i) {
    return g.token(i).text().toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** The trigger's phrase: its dependency subtree without its subject and coordinated or parenthetical clauses. */
  private static boolean[] scope(Graph g, int trigger) {
    boolean[] in = new boolean[g.sentence().tokens().size()];
    List<Integer> stack = new ArrayList<>(List.of(trigger));
    while (!stack.isEmpty()) {
      int t = stack.remove(stack.size() - 1);
      in[t] = true;
      for (int c : g.children(t)) {
        String rel = g.rel(c);
        boolean ownClause = t == trigger && (OWN_CLAUSES.contains(rel) || rel.equals("conj") && g.token(c).isVerb());
        if (!ownClause && !rel.equals("parataxis")) {
          stack.add(c);
        }
      }
    }
    return in;
  }

  private static Optional<ActorMention> firstMentionIn(int from, int to, List<ActorMention> actors) {
    return actors.stream().filter(a -> a.firstToken() >= from && a.firstToken() < to)
        .min(java.util.Comparator.comparingInt(ActorMention::firstToken));
  }

  /**
   * The compound starting with the first actor in [from, to): the actors coordinated with it, found
   * from the phrase it heads ("Old foes Gondor and Osgiliath": from "foes").
   */
  private static List<ActorMention> compoundIn(Graph g, int from, int to, List<ActorMention> actors) {
    Optional<ActorMention> first = firstMentionIn(from, to, actors);
    if (first.isEmpty()) {
      return List.of();
    }
    Set<ActorMention> all = new LinkedHashSet<>(withMembers(g, first.get(), actors));
    int h = head(g, first.get());
    while (g.head(h) >= 0 && Set.of("compound", "appos", "flat", "amod", "nmod", "det").contains(g.rel(h).split(":")[0])) {
      h = g.head(h);
    }
    all.addAll(PhraseActors.find(g, h, actors));
    return List.copyOf(all);
  }

  private static int head(Graph g, ActorMention m) {
    for (int t = m.firstToken(); t < m.endToken(); t++) {
      if (!m.covers(g.head(t))) {
        return t;
      }
    }
    return m.firstToken();
  }

  /** The first actor starting in [from, to), with the members coordinated with it. */
  private static List<ActorMention> firstActorIn(Graph g, int from, int to, List<ActorMention> actors) {
    for (int i = from; i < to; i++) {
      Optional<ActorMention> a = PhraseActors.at(i, actors);
      if (a.isPresent()) {
        return withMembers(g, a.get(), actors);
      }
    }
    return List.of();
  }

  private static List<ActorMention> firstActorAfter(Graph g, int trigger, boolean[] scope, List<ActorMention> actors,
      List<ActorMention> sources) {
    for (int i = trigger + 1; i < scope.length; i++) {
      if (!scope[i]) {
        continue;
      }
      Optional<ActorMention> a = PhraseActors.at(i, actors);
      if (a.isPresent() && !sources.contains(a.get())) {
        List<ActorMention> members = new ArrayList<>(withMembers(g, a.get(), actors));
        members.removeAll(sources);
        if (!members.isEmpty()) {
          return members;
        }
      }
    }
    return List.of();
  }

  /** The mention with those coordinated with it ("Gondor and Osgiliath"), found from its head word. */
  private static List<ActorMention> withMembers(Graph g, ActorMention m, List<ActorMention> actors) {
    Set<ActorMention> all = new LinkedHashSet<>(List.of(m));
    all.addAll(PhraseActors.find(g, head(g, m), actors));
    return List.copyOf(all);
  }

  /**
   * The subject of the trigger or of the clause it depends on, active or passive; a pronoun
   * subject ("Ethiopia indicated it would act") stands for the subject of the clause above.
   */
  private static List<ActorMention> subjectAbove(Graph g, int v, List<ActorMention> actors) {
    for (int depth = 0; depth < 5 && v >= 0; depth++) {
      for (int s : g.children(v, "nsubj")) {
        List<ActorMention> found = PhraseActors.find(g, s, actors);
        if (!found.isEmpty() || !g.words().subjectPronouns.contains(text(g, s))) {
          return found;
        }
      }
      String rel = g.rel(v);
      if (!(rel.equals("xcomp") || rel.startsWith("conj") || rel.equals("advcl") || rel.equals("dep")
          || rel.equals("ccomp"))) {
        return List.of();
      }
      v = g.head(v);
    }
    return List.of();
  }
}
