package org.dyad.dict.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.WordClass;
import org.dyad.actors.ActorFinder;
import org.dyad.actors.ArticleMemory;
import org.dyad.dict.petrarch.ActorFileReader.ActorEntry;
import org.dyad.dict.petrarch.ActorFileReader.Agent;
import org.dyad.dict.petrarch.ActorFileReader.Discard;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Finds actors the way PETRARCH dictionaries mean them: actor phrases (case-insensitive, whole
 * words) coded by the block that holds on the article date, combined with agents before or after
 * them. What is combined:
 * <ul>
 *   <li>actor, optional possessive, agents: "Gondor's main opposition group" → GON+MOP, "Danish media
 *       and government" → DNKMED and DNKGOV, and a title's name after it ("Prime Minister Telemar");</li>
 *   <li>agents, then of/in/from/for, then actors: "lawmakers and officials in Fornost and Gondor" →
 *       FORLEG, GONLEG, FORGOV, GONGOV (one mention each, over the whole phrase);</li>
 *   <li>prefix agents ({@code [NGO~]}) right before an actor: "MSF Arnor" → NGOARN;</li>
 *   <li>an agent alone: "---" and its code ("students" → ---EDU);</li>
 *   <li>"former" in the phrase replaces the agents' codes by ELI.</li>
 * </ul>
 * An agent code already present in the actor's code is not repeated (White House [USAGOV] security
 * officials [~GOV] → USAGOV). A sentence with a discard phrase yields no actors. Read-only; safe to share.
 */
public final class PetrarchActorTagger implements ActorFinder {
  private static final WordClass MODIFIERS = Lexicon.builtIn().get("role-modifier");
  private static final WordClass CONNECTORS = Lexicon.builtIn().get("agent-connector");
  private static final WordClass NOT_NAMES = Lexicon.builtIn().get("not-name");

  private final Map<String, List<Phrase>> index = new HashMap<>();
  private final List<Discard> discards;

  /** An actor or agent phrase (exactly one of the two is set). */
  private record Phrase(List<String> words, ActorEntry actor, Agent agent) {}

  /** A phrase found in the sentence, over tokens [from, to). */
  private record Hit(int from, int to, ActorEntry actor, Agent agent, String text) {
    boolean isActor() {
      return actor != null;
    }
  }

  PetrarchActorTagger(List<ActorEntry> actors, List<Agent> agents, List<Discard> discards) {
    for (ActorEntry a : actors) {
      for (List<String> p : a.phrases()) {
        add(new Phrase(p, a, null));
      }
    }
    for (Agent g : agents) {
      add(new Phrase(g.words(), null, g));
    }
    // longest first; at equal length an actor wins over an agent
    index.values().forEach(l -> l.sort(Comparator.comparingInt((Phrase p) -> -p.words().size())
        .thenComparing(p -> p.actor() == null)));
    this.discards = List.copyOf(discards);
  }

  private void add(Phrase p) {
    index.computeIfAbsent(p.words().get(0), k -> new ArrayList<>()).add(p);
  }

  @Override
  public List<ActorMention> tag(Sentence sentence, ArticleMemory memory, LocalDate date) {
    Words w = new Words(sentence.tokens());
    for (Discard d : discards) {
      for (int i = 0; i < w.size(); i++) {
        if (w.matches(d.words(), i)) {
          return List.of();
        }
      }
    }
    List<Hit> hits = hits(w, sentence);
    List<ActorMention> out = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    int h = 0;
    List<Hit> prefixes = new ArrayList<>();
    while (h < hits.size()) {
      Hit hit = hits.get(h);
      if (!hit.isActor()) {
        Hit next = h + 1 < hits.size() ? hits.get(h + 1) : null;
        if (hit.agent().prefix() && next != null && next.from() == hit.to()) {
          prefixes.add(hit); // "MSF Arnor"
          h++;
          continue;
        }
        Chain chain = chain(hits, h, tokens);
        int t = chain.end;
        if (t < tokens.size() && CONNECTORS.contains(lower(tokens.get(t)))) {
          t++;
          if (t < tokens.size() && lower(tokens.get(t)).equals("the")) {
            t++;
          }
          List<Hit> actors = actorList(hits, t, tokens);
          if (!actors.isEmpty()) { // "officials in Fornost and Gondor"
            int from = hit.from();
            int to = actors.get(actors.size() - 1).to();
            boolean former = former(tokens, from, to);
            for (Hit a : actors) {
              for (String code : codesOn(a.actor(), date)) {
                for (List<Hit> group : chain.groups) {
                  add(out, sentence, from, to, combine(code, List.of(), group, former), a, group);
                }
              }
            }
            h = hits.indexOf(actors.get(actors.size() - 1)) + 1;
            prefixes.clear();
            continue;
          }
        }
        for (List<Hit> group : chain.groups) { // agents without an actor: "students" → ---EDU
          int from = group.get(0).from();
          int to = group.get(group.size() - 1).to();
          add(out, sentence, from, to, combine("---", List.of(), group, former(tokens, from, to)), null, group);
        }
        h = chain.nextHit;
        prefixes.clear();
        continue;
      }
      // an actor, perhaps with prefix agents before it and agents (and a name) after it
      int from = prefixes.isEmpty() ? hit.from() : prefixes.get(0).from();
      int to = hit.to();
      int t = hit.to();
      int next = h + 1;
      List<List<Hit>> groups = List.of(List.of());
      boolean possessive = t < tokens.size() && (lower(tokens.get(t)).equals("'s") || lower(tokens.get(t)).equals("'"));
      int u = possessive ? t + 1 : t;
      int skipped = 0;
      while (u < tokens.size() && hitAt(hits, u) == null && skipped < 3
          && (MODIFIERS.contains(lower(tokens.get(u))) || possessive && isLowerWord(tokens.get(u)))) {
        u++;
        skipped++;
      }
      Hit agentHit = hitAt(hits, u);
      if (agentHit != null && !agentHit.isActor() && !agentHit.agent().prefix()) {
        Chain chain = chain(hits, hits.indexOf(agentHit), tokens);
        groups = chain.groups;
        to = chain.end;
        next = chain.nextHit;
        // a title's name: "Prime Minister Telemar", "President Umbardacil"
        Hit name = next < hits.size() && hits.get(next).from() == to && hits.get(next).isActor() ? hits.get(next) : null;
        if (name != null) {
          to = name.to();
          next++;
        } else {
          int n = 0;
          while (to < tokens.size() && n < 3 && isName(tokens.get(to)) && hitAt(hits, to) == null) {
            to++;
            n++;
          }
        }
      }
      boolean former = former(tokens, from, to);
      for (String code : codesOn(hit.actor(), date)) {
        for (List<Hit> group : groups) {
          if (code.equals("---") && group.isEmpty()) {
            continue; // known but not coded
          }
          add(out, sentence, from, to, combine(code, prefixes, group, former), hit, group);
        }
      }
      prefixes.clear();
      h = next;
    }
    return out;
  }

  /** Agents from hit h on, in groups split by "and" / ",": "Islamist media and government" → [MUS MED] [GOV]. */
  private record Chain(List<List<Hit>> groups, int end, int nextHit) {}

  private Chain chain(List<Hit> hits, int h, List<Token> tokens) {
    List<List<Hit>> groups = new ArrayList<>();
    List<Hit> group = new ArrayList<>(List.of(hits.get(h)));
    int end = hits.get(h).to();
    int k = h + 1;
    while (k < hits.size()) {
      int t = end;
      boolean split = false;
      while (t < tokens.size() && (lower(tokens.get(t)).equals("and") || lower(tokens.get(t)).equals(","))) {
        split = true;
        t++;
      }
      while (t < tokens.size() && MODIFIERS.contains(lower(tokens.get(t)))) {
        t++;
      }
      Hit next = hits.get(k);
      if (next.from() != t || next.isActor() || next.agent().prefix()) {
        break;
      }
      if (split) {
        groups.add(group);
        group = new ArrayList<>();
      }
      group.add(next);
      end = next.to();
      k++;
    }
    groups.add(group);
    if (groups.size() > 1 && groups.get(0).size() > 1) {
      // "Islamist media and government": the words before the coordinated head are shared
      List<Hit> shared = groups.get(0).subList(0, groups.get(0).size() - 1);
      for (int i = 1; i < groups.size(); i++) {
        List<Hit> g = new ArrayList<>(shared);
        g.addAll(groups.get(i));
        groups.set(i, g);
      }
    }
    return new Chain(groups, end, k);
  }

  /** Actors from token t on, separated by "," and "and": "Arnor, Osgiliath and Gondor". */
  private List<Hit> actorList(List<Hit> hits, int t, List<Token> tokens) {
    List<Hit> out = new ArrayList<>();
    while (true) {
      Hit a = hitAt(hits, t);
      if (a == null || !a.isActor()) {
        return out;
      }
      out.add(a);
      int u = a.to();
      while (u < tokens.size() && (lower(tokens.get(u)).equals(",") || lower(tokens.get(u)).equals("and"))) {
        u++;
      }
      if (u < tokens.size() && lower(tokens.get(u)).equals("the")) {
        u++;
      }
      if (u == a.to()) {
        return out;
      }
      t = u;
    }
  }

  private static Hit hitAt(List<Hit> hits, int token) {
    for (Hit h : hits) {
      if (h.from() == token) {
        return h;
      }
    }
    return null;
  }

  private List<Hit> hits(Words w, Sentence s) {
    List<Hit> out = new ArrayList<>();
    int i = 0;
    while (i < w.size()) {
      Phrase found = null;
      if (w.startsToken(i)) {
        for (Phrase p : index.getOrDefault(w.word(i), List.of())) {
          if (w.matches(p.words(), i) && w.endsToken(i + p.words().size())) {
            found = p;
            break;
          }
        }
      }
      if (found == null) {
        i++;
        continue;
      }
      int from = w.token(i);
      int to = w.token(i + found.words().size() - 1) + 1;
      out.add(new Hit(from, to, found.actor(), found.agent(), s.span(from, to)));
      i += found.words().size();
    }
    return out;
  }

  /** The codes of an actor on a date: the narrowest dated block that holds, else the undated one. */
  static List<String> codesOn(ActorEntry e, LocalDate date) {
    DatedCode best = null;
    if (date != null) {
      for (DatedCode c : e.codes()) {
        if (c.dated() && c.holdsOn(date) && (best == null || c.span() < best.span())) {
          best = c;
        }
      }
    }
    if (best == null) {
      for (DatedCode c : e.codes()) {
        if (!c.dated()) {
          best = c;
          break;
        }
      }
    }
    if (best == null && date == null) {
      best = e.codes().get(0);
    }
    return best == null ? List.of() : best.codes();
  }

  /** Prefix agents, the actor's code, then the agents' codes that are not in it already (ELI for "former"). */
  static Actor combine(String actorCode, List<Hit> prefixes, List<Hit> agents, boolean former) {
    StringBuilder country = new StringBuilder();
    for (Hit p : prefixes) {
      country.append(p.agent().code());
    }
    country.append(actorCode);
    StringBuilder role = new StringBuilder();
    if (former && !agents.isEmpty()) {
      role.append("ELI");
    } else {
      for (Hit a : agents) {
        String code = a.agent().code();
        if (a.agent().prefix()) {
          country.insert(0, code);
          continue;
        }
        for (int i = 0; i < code.length(); i += 3) {
          String chunk = code.substring(i, Math.min(code.length(), i + 3));
          if (!chunks(country + role.toString()).contains(chunk)) {
            role.append(chunk);
          }
        }
      }
    }
    if (former && agents.isEmpty()) {
      role.append("ELI");
    }
    return new Actor(country.toString(), role.toString());
  }

  private static List<String> chunks(String code) {
    List<String> out = new ArrayList<>();
    for (int i = 3; i < code.length(); i += 3) { // the first three letters are the country
      out.add(code.substring(i, Math.min(code.length(), i + 3)));
    }
    return out;
  }

  private static void add(List<ActorMention> out, Sentence s, int from, int to, Actor actor, Hit actorHit,
      List<Hit> agents) {
    StringBuilder entry = new StringBuilder();
    if (actorHit != null) {
      entry.append(actorHit.actor().where()).append(' ').append(actorHit.text());
    }
    for (Hit a : agents) {
      entry.append(entry.isEmpty() ? "" : " + ").append(a.agent().where()).append(' ').append(a.text());
    }
    List<Token> tokens = s.tokens();
    out.add(new ActorMention(actor, from, to, tokens.get(from).start(), tokens.get(to - 1).end(), s.span(from, to),
        entry.toString(), false, false));
  }

  private static boolean former(List<Token> tokens, int from, int to) {
    for (int i = Math.max(0, from - 2); i < to; i++) {
      String w = lower(tokens.get(i));
      if (w.equals("former") || w.startsWith("ex-")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLowerWord(Token t) {
    String w = t.text();
    return !w.isEmpty() && w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-');
  }

  private static boolean isName(Token t) {
    String w = t.text();
    return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
        && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT));
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** The sentence as lower-case words; a token written with '_' ("Dol_Amroth") is several words. */
  private static final class Words {
    private final List<String> words = new ArrayList<>();
    private final List<Integer> tokenOf = new ArrayList<>();

    Words(List<Token> tokens) {
      for (Token t : tokens) {
        String text = lower(t);
        String[] parts = text.length() > 1 && text.contains("_") ? text.split("_+") : new String[] {text};
        for (String p : parts) {
          if (!p.isEmpty()) {
            words.add(p);
            tokenOf.add(t.index());
          }
        }
      }
    }

    int size() {
      return words.size();
    }

    String word(int i) {
      return words.get(i);
    }

    int token(int i) {
      return tokenOf.get(i);
    }

    boolean startsToken(int i) {
      return i == 0 || !tokenOf.get(i).equals(tokenOf.get(i - 1));
    }

    boolean endsToken(int end) {
      return end >= words.size() || !tokenOf.get(end).equals(tokenOf.get(end - 1));
    }

    boolean matches(List<String> phrase, int i) {
      if (i + phrase.size() > words.size()) {
        return false;
      }
      for (int k = 0; k < phrase.size(); k++) {
        if (!phrase.get(k).equals(words.get(i + k))) {
          return false;
        }
      }
      return true;
    }
  }
}
