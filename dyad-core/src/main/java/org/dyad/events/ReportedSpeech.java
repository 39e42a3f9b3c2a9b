package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.ActorMention;
import org.dyad.model.Event;
import org.dyad.model.Modality;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Says who reported each event. Within a sentence the speaker is the subject of the verb of speech
 * that governs the event ("Ankara said [Damascus shelled the border]") or the object of "according
 * to". Across sentences, a quotation is followed from its opening to its closing mark, and every
 * event inside it is reported by the speaker its attribution names, before it ("X said: “…") or
 * after it ("…,” she added.), so the middle sentences of a long quote are not taken as the
 * article's own assertions. Events outside quotes and speech keep their modality.
 */
public final class ReportedSpeech {
  private final EventWords words;

  /** Reported speech read with the built-in lexicon's speech verbs and attribution forms. */
  public ReportedSpeech() {
    this(org.dyad.lexicon.Lexicon.builtIn());
  }

  public ReportedSpeech(org.dyad.lexicon.Lexicon lexicon) {
    this.words = EventWords.of(lexicon);
  }

  /** Events of one article, with the sentences they came from and the actors found in each. */
  public List<Event> attribute(List<Sentence> sentences, List<List<ActorMention>> mentions, List<Event> events) {
    List<Quote> quotes = quotes(sentences, mentions);
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      out.add(attribute(e, quotes, mentionsOf(mentions, e.sentence().index())));
    }
    return out;
  }

  private Event attribute(Event e, List<Quote> quotes, List<ActorMention> sentenceMentions) {
    if (e.modality() != Modality.ASSERTED && e.modality() != Modality.REPORTED) {
      return e; // negated, hypothetical and future events keep what they are; the speaker is a detail
    }
    ActorMention speaker = e.sentence().isParsed()
        ? speakerInSentence(new Graph(e.sentence(), words), e.trigger().index(), sentenceMentions) : null;
    int at = e.trigger().start();
    for (Quote q : quotes) {
      if (speaker == null && at >= q.from() && at < q.to()) {
        speaker = q.speaker();
      }
    }
    if (speaker == null || e.modality() == Modality.ASSERTED && !speaker.isNone()
        && speaker.actor().country().equals(e.source().actor().country())) {
      // a threat or promise made by saying it ("Turkey's spokesman said Turkey would strike") is the
      // speaker's side's own act, not a report of someone else's
      return e;
    }
    return e.withReporter(speaker);
  }

  /** The subject of the speech verb over the trigger, or the object of "according to"; null if none. */
  static ActorMention speakerInSentence(Graph g, int trigger, List<ActorMention> mentions) {
    for (int node = trigger, steps = 0; node >= 0 && steps < 8; node = g.head(node), steps++) {
      String rel = base(g.rel(node));
      int head = g.head(node);
      if ((rel.equals("ccomp") || rel.equals("parataxis")) && head >= 0 && g.words().speechVerbs.contains(g.lemma(head))) {
        return subjectOf(g, head, mentions);
      }
      for (int c : g.children(node)) { // "[Y attacked Z], X said": the speech verb hangs below the event
        String r = base(g.rel(c));
        if ((r.equals("parataxis") || r.equals("ccomp")) && g.words().speechVerbs.contains(g.lemma(c))) {
          ActorMention s = subjectOf(g, c, mentions);
          if (s != null) {
            return s;
          }
        }
      }
    }
    for (int i = 0; i + 1 < g.sentence().tokens().size(); i++) {
      if (g.token(i).text().equalsIgnoreCase("according") && g.token(i + 1).text().equalsIgnoreCase("to")) {
        ActorMention m = firstMentionFrom(mentions, i + 2, i + 8);
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  private static ActorMention subjectOf(Graph g, int verb, List<ActorMention> mentions) {
    for (int s : g.children(verb, "nsubj")) {
      ActorMention m = covering(mentions, s);
      if (m != null) {
        return m;
      }
      for (int c : g.children(s)) { // "the Turkish foreign minister": the head noun may lie outside the name
        m = covering(mentions, c);
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  /** A stretch of quoted text, in article offsets, and who said it ({@link ActorMention#NONE} if unknown). */
  record Quote(int from, int to, ActorMention speaker) {}

  /**
   * Quotations in reading order. Straight quotes toggle; curly ones open and close. A sentence that
   * starts with an opening mark while a quote is still open continues it: news opens every paragraph
   * of a long quotation again without closing the one before.
   */
  List<Quote> quotes(List<Sentence> sentences, List<List<ActorMention>> mentions) {
    List<Quote> out = new ArrayList<>();
    boolean open = false;
    int from = -1;
    int firstSentence = -1;
    for (Sentence s : sentences) {
      String text = s.text();
      for (int k = 0; k < text.length(); k++) {
        char ch = text.charAt(k);
        boolean opening = ch == '“' || ch == '"' && !open;
        boolean closing = ch == '”' || ch == '"' && open;
        if (!opening && !closing) {
          continue;
        }
        if (opening && !open) {
          open = true;
          from = s.start() + k;
          firstSentence = s.index();
        } else if (closing && open) {
          open = false;
          if (s.index() != firstSentence || attributionAfter(s, k, mentionsOf(mentions, s.index())) != null
              || attributionBefore(sentenceAt(sentences, firstSentence), from, mentionsOf(mentions, firstSentence))
                  != null) {
            ActorMention speaker = speaker(sentences, mentions, firstSentence, from, s, k);
            out.add(new Quote(from, s.start() + k, speaker));
          }
        }
      }
    }
    return out;
  }

  private ActorMention speaker(List<Sentence> sentences, List<List<ActorMention>> mentions,
      int firstSentence, int from, Sentence closing, int closeAt) {
    ActorMention after = attributionAfter(closing, closeAt, mentionsOf(mentions, closing.index()));
    if (after != null) {
      return after;
    }
    ActorMention before = attributionBefore(sentenceAt(sentences, firstSentence), from,
        mentionsOf(mentions, firstSentence));
    return before != null ? before : ActorMention.NONE;
  }

  /** "…,” she added." / "…,” said Lavrov.": an attribution verb and an actor within a few words after the quote. */
  private ActorMention attributionAfter(Sentence s, int closeAt, List<ActorMention> mentions) {
    int first = tokenAt(s, s.start() + closeAt + 1);
    if (first < 0) {
      return null;
    }
    int last = Math.min(s.tokens().size(), first + 8);
    boolean verb = false;
    for (int i = first; i < last; i++) {
      verb |= words.attributionForms.contains(lower(s.tokens().get(i)));
    }
    if (!verb) {
      return null;
    }
    ActorMention m = firstMentionFrom(mentions, first, last);
    return m != null ? m : ActorMention.NONE;
  }

  /** "Lavrov said: “…" / "Lavrov told reporters, “…": the last actor before a speech verb before the quote. */
  private ActorMention attributionBefore(Sentence s, int openAt, List<ActorMention> mentions) {
    if (s == null) {
      return null;
    }
    int end = tokenAt(s, openAt);
    end = end < 0 ? s.tokens().size() : end;
    int verb = -1;
    for (int i = end - 1; i >= Math.max(0, end - 6); i--) {
      if (words.attributionForms.contains(lower(s.tokens().get(i)))) {
        verb = i;
        break;
      }
    }
    if (verb < 0) {
      return null;
    }
    ActorMention best = null;
    for (ActorMention m : mentions) {
      if (m.endToken() <= verb && (best == null || m.firstToken() > best.firstToken())) {
        best = m;
      }
    }
    if (best == null) {
      best = firstMentionFrom(mentions, verb + 1, end); // "said Lavrov: “…"
    }
    return best != null ? best : ActorMention.NONE;
  }

  private static ActorMention firstMentionFrom(List<ActorMention> mentions, int from, int to) {
    ActorMention best = null;
    for (ActorMention m : mentions) {
      if (m.firstToken() >= from && m.firstToken() < to && (best == null || m.firstToken() < best.firstToken())) {
        best = m;
      }
    }
    return best;
  }

  private static ActorMention covering(List<ActorMention> mentions, int token) {
    for (ActorMention m : mentions) {
      if (m.covers(token)) {
        return m;
      }
    }
    return null;
  }

  /** The first token that starts at or after {@code offset}, or -1. */
  private static int tokenAt(Sentence s, int offset) {
    for (Token t : s.tokens()) {
      if (t.start() >= offset) {
        return t.index();
      }
    }
    return -1;
  }

  private static Sentence sentenceAt(List<Sentence> sentences, int index) {
    return index >= 0 && index < sentences.size() ? sentences.get(index) : null;
  }

  private static List<ActorMention> mentionsOf(List<List<ActorMention>> mentions, int sentence) {
    return sentence >= 0 && sentence < mentions.size() ? mentions.get(sentence) : List.of();
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  private static String base(String rel) {
    int colon = rel.indexOf(':');
    return colon < 0 ? rel : rel.substring(0, colon);
  }
}
