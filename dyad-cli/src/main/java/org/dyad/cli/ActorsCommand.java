package org.dyad.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dyad.actors.UnknownActors;
import org.dyad.ingest.ArticleReaders;
import org.dyad.model.ActorMention;
import org.dyad.model.CodedArticle;
import org.dyad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad actors seen|unknown PATH...}: what the actor dictionaries make of a corpus. */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = "Show the actors dyad codes in a corpus (seen) or the names it could not code (unknown).",
    subcommands = {ActorsCommand.Seen.class, ActorsCommand.Unknown.class})
public final class ActorsCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** Codes every input and hands each coded article to {@code sink}; returns the number of problems. */
  static int codeAll(List<String> paths, InputOptions input, DictionaryOptions dictionaries,
      java.util.function.Consumer<CodedArticle> sink) {
    Pipeline pipeline = dictionaries.pipeline(System.err);
    ArticleReaders readers = input.readers();
    int[] failed = {0};
    readers.readAll(ArticleReaders.expand(paths), a -> sink.accept(pipeline.code(a)), e -> {
      System.err.println("dyad: skipped " + e.getMessage());
      failed[0]++;
    });
    return failed[0];
  }

  @Command(name = "seen", mixinStandardHelpOptions = true,
      description = "Every actor mention coded, grouped by text: code, dictionary entry, count.")
  static final class Seen implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH") List<String> paths;
    @Mixin InputOptions input = new InputOptions();
    @Mixin DictionaryOptions dictionaries = new DictionaryOptions();

    @Override
    public Integer call() throws Exception {
      Map<String, Integer> counts = new TreeMap<>();
      int failed = codeAll(paths, input, dictionaries, a -> {
        for (List<ActorMention> ms : a.mentions()) {
          for (ActorMention m : ms) {
            String how = m.learned() ? "learned " + m.entry() : m.entry();
            counts.merge(m.text() + "\t" + m.actor().code() + "\t" + how, 1, Integer::sum);
          }
        }
      });
      PrintStream out = System.out;
      out.println("count\ttext\tcode\tentry");
      counts.forEach((k, n) -> out.println(n + "\t" + k));
      return failed == 0 ? 0 : 1;
    }
  }

  @Command(name = "unknown", mixinStandardHelpOptions = true,
      description = "The most frequent capitalised names no dictionary coded, with counts and example sentences: "
          + "what to add to people.tsv or organisations.tsv.")
  static final class Unknown implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH") List<String> paths;
    @Mixin InputOptions input = new InputOptions();
    @Option(names = "--top", defaultValue = "40", description = "how many names to list (default: ${DEFAULT-VALUE})")
    int top;
    @Option(names = "--examples", defaultValue = "2", description = "example sentences per name (default: ${DEFAULT-VALUE})")
    int examples;
    @Mixin DictionaryOptions dictionaries = new DictionaryOptions();

    @Override
    public Integer call() throws Exception {
      UnknownActors unknown = new UnknownActors(examples);
      int failed = codeAll(paths, input, dictionaries, unknown::add);
      PrintStream out = System.out;
      List<UnknownActors.Name> names = new ArrayList<>(unknown.top(top));
      out.printf("%-6s %-8s %-13s %s%n", "count", "articles", "kind", "name");
      for (UnknownActors.Name n : names) {
        out.printf("%-6d %-8d %-13s %s%n", n.count(), n.articles(), n.kind().name().toLowerCase(), n.text());
        for (String e : n.examples()) {
          out.println("         e.g. " + abbreviate(e, 160));
        }
      }
      return failed == 0 ? 0 : 1;
    }

    private static String abbreviate(String s, int max) {
      String one = s.replaceAll("\\s+", " ");
      return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
  }
}
