package org.dyad.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Dependency;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dyad explain TEXT}: shows the parse, and every candidate event with the rule that fired. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Code a piece of text and show tokens, dependencies and every candidate event with its rule: "
        + "for writing and fixing dictionaries.")
public final class ExplainCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "the text (words are joined with spaces)")
  List<String> words;

  @Mixin
  DictionaryOptions dictionaries = new DictionaryOptions();

  @Override
  public Integer call() {
    PrintStream out = System.out;
    Pipeline pipeline = dictionaries.pipeline(System.err);
    Pipeline.Explained explained = pipeline.explain(new Article("explain", String.join(" ", words)));
    CodedArticle a = explained.article();
    org.dyad.events.Discards discards = org.dyad.events.Discards.builtIn(); // read once, not per sentence
    for (Sentence s : a.sentences()) {
      out.println("sentence " + s.index() + ": " + s.text());
      for (var m : a.mentions().get(a.sentences().indexOf(s))) {
        out.printf("  actor '%s' %s [%s]%n", m.text(), m.actor(), m.entry());
      }
      for (Token t : s.tokens()) {
        StringBuilder deps = new StringBuilder();
        for (Dependency d : s.dependencies()) {
          if (d.dep() == t.index()) {
            deps.append(d.relation()).append('(').append(d.head() < 0 ? "ROOT" : s.tokens().get(d.head()).text())
                .append(')');
          }
        }
        out.printf("  %3d %-16s %-5s %-14s %s%n", t.index(), t.text(), t.pos(), t.lemma(), deps);
      }
      if (!s.isParsed()) {
        boolean tagged = s.tokens().stream().anyMatch(t -> !t.pos().isEmpty());
        String discard = discards.phraseIn(s);
        out.println(tagged ? "  (tagged, not parsed: no word a pattern could fire on)"
            : discard != null ? "  (not parsed: '" + discard + "' marks it as no political event, discards.txt)"
            : "  (not parsed: too few actors to make an event)");
      }
    }
    for (Event e : a.events()) {
      String target = e.target().isNone() ? "(no target)" : e.target().actor().code();
      out.printf("event %s -> %s %s (%s) %s, trigger '%s', rule: %s%n", e.source().actor(), target,
          e.code().code(), e.code().name(), e.modality().label(), e.trigger().text(), e.rule());
      out.printf("  source '%s' [%s]; target '%s' [%s]%n", e.source().text(), e.source().entry(), e.target().text(),
          e.target().entry());
      if (e.modality() == org.dyad.model.Modality.REPORTED) {
        out.printf("  reported by %s%n", e.reportedBy().isNone() ? "an unnamed speaker"
            : "'" + e.reportedBy().text() + "' " + e.reportedBy().actor().code());
      }
      e.location().ifPresent(l -> out.printf("  place %s (%s, %s) %.4f,%.4f [%s] by %s%n", l.place(), l.country(),
          l.admin1().orElse("-"), l.lat(), l.lon(), l.gazetteerId(), l.basis()));
    }
    // every candidate a pattern matched, and what each pass after matching did to it, dropped ones included
    for (org.dyad.events.Trail.Candidate c : explained.trail().candidates()) {
      Event e = c.event();
      out.printf("candidate %s -> %s %s, trigger '%s' in sentence %d, rule: %s%n", e.source().actor(),
          e.target().isNone() ? "(no target)" : e.target().actor().code(), e.code().code(), e.trigger().text(),
          e.sentence().index(), e.rule());
      if (c.steps().isEmpty()) {
        out.println("  kept unchanged by every pass");
      }
      for (org.dyad.events.Trail.Step step : c.steps()) {
        out.printf("  %s: %s%n", step.pass().label(), step.describe());
      }
    }
    return 0;
  }
}
