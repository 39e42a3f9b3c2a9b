package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Article;
import org.dyad.model.CameoCode;
import org.dyad.model.CleanArticle;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Modality;
import org.dyad.model.Sentence;
import org.dyad.model.TextBlock;
import org.dyad.pipeline.StageTimes;
import org.dyad.testing.Sentences;

/** Coded articles built by hand, so store tests run without the parser. */
final class StoreFixtures {
  private StoreFixtures() {}

  /** One event in a one-sentence article: "SOURCE verb TARGET ..." with the verb at token 1. */
  record Spec(String sentence, String source, String target, String code, double goldstein, int quad, String date) {}

  static StoreItem coded(String id, String sourceOutlet, String articleDate, Spec... specs) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (Spec s : specs) {
      Sentence raw = Sentences.of(s.sentence());
      int start = text.length();
      List<org.dyad.model.Token> tokens = raw.tokens().stream().map(t -> new org.dyad.model.Token(t.index(), t.text(),
          t.word(), t.start() + start, t.end() + start, t.pos(), t.lemma())).toList();
      sentences.add(new Sentence(sentences.size(), s.sentence(), start, tokens, List.of()));
      text.append(s.sentence()).append('\n');
    }
    Optional<LocalDate> ad = Optional.ofNullable(articleDate).map(LocalDate::parse);
    Article article = new Article(id, text.toString());
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < specs.length; i++) {
      Spec s = specs[i];
      Sentence sen = sentences.get(i);
      var tok = sen.tokens();
      ActorMention src = new ActorMention(actor(s.source()), 0, 1, tok.get(0).start(), tok.get(0).end(), tok.get(0).text(),
          "countries.tsv:1", false, false);
      int last = 2; // every fixture sentence reads "SOURCE verb TARGET ..."
      ActorMention tgt = new ActorMention(actor(s.target()), last, last + 1, tok.get(last).start(), tok.get(last).end(),
          tok.get(last).text(), "countries.tsv:2", false, false);
      events.add(new Event(id, ad, Optional.ofNullable(s.date()).map(LocalDate::parse), s.date() == null ? "none" : "day",
          sen, src, tgt, new CameoCode(s.code(), "name", s.goldstein(), s.quad()), Modality.ASSERTED, tok.get(1),
          "rule " + s.code()));
    }
    CleanArticle clean = new CleanArticle(article, List.of(new TextBlock(text.toString(), 0)), ad,
        ad.isPresent() ? "dateline" : "none");
    ArticleRecord rec = new ArticleRecord(Ids.contentHash(article.text()), id, sourceOutlet, null, null,
        ad.orElse(null), clean.dateBasis(), null, null, article.text().length());
    return new StoreItem(rec, new CodedArticle(clean, sentences, events, new StageTimes(0, 0, 0, 0, 0)), new long[0]);
  }

  static StoreItem copyOf(StoreItem original, String id, String outlet) {
    ArticleRecord o = original.article();
    return StoreItem.copy(new ArticleRecord(Ids.contentHash(id), id, outlet, "https://" + outlet + "/story", null,
        o.articleDate(), o.dateBasis(), o.contentHash(), 0.9, o.docLen()));
  }

  private static Actor actor(String code) {
    return new Actor(code.substring(0, 3), code.substring(3));
  }
}
