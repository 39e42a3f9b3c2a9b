package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyad.bench.Corpora;
import org.dyad.bench.Corpus;
import org.dyad.clean.LineCleaner;
import org.dyad.model.Article;
import org.dyad.model.CleanArticle;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.TextBlock;
import org.dyad.model.Token;
import org.dyad.nlp.Backend;
import org.dyad.nlp.DependencyParser;
import org.dyad.nlp.SentenceSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad parse}: every sentence of a corpus tagged and parsed, as CoNLL-U. With
 * {@code --parser corenlp} its output is what {@code dyad train --extra} learns from (uptraining
 * dyad's parser on news parsed by CoreNLP).
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = {"Tag and parse every sentence of a corpus and write CoNLL-U (words, lemmas, Penn tags, heads, UD"
        + " relations). Sentences are cut and tokenised as dyad codes them; a wire dateline before a sentence is"
        + " left out."})
public final class ParseCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", description = "a .jsonl file (id/title/text per line), a text file or a directory")
  Path input;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "the CoNLL-U file to write")
  Path out;

  @Option(names = "--parser", defaultValue = "dyad", paramLabel = "NAME",
      description = "dyad or corenlp (default: ${DEFAULT-VALUE})")
  String parser;

  @Option(names = "--exclude", paramLabel = "FILE",
      description = "a file of article ids, one a line, to leave out (e.g. the items of a gold set)")
  Path exclude;

  @Override
  public Integer call() throws Exception {
    PrintStream err = System.err;
    Backend backend = Backend.of(parser);
    Set<String> skip = new HashSet<>();
    if (exclude != null) {
      for (String line : Files.readAllLines(exclude, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          skip.add(line.strip());
        }
      }
    }
    Corpus corpus = Corpora.load(input);
    LineCleaner cleaner = LineCleaner.withDefaults();
    SentenceSplitter splitter = backend.splitter();
    DependencyParser p = backend.parser();
    int articles = 0;
    int sentences = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Article a : corpus.articles()) {
        if (skip.contains(a.id())) {
          continue;
        }
        articles++;
        CleanArticle clean = cleaner.clean(a);
        List<Sentence> all = new ArrayList<>();
        for (TextBlock b : clean.blocks()) {
          all.addAll(splitter.split(b, all.size()));
        }
        for (Sentence s : all) {
          Sentence parsed = p.parse(s);
          if (write(w, a.id(), parsed)) {
            sentences++;
          }
        }
      }
    }
    err.printf("dyad parse: %,d sentences of %,d articles written to %s%n", sentences, articles, out);
    return 0;
  }

  /** Writes the parsed part of a sentence (after a dateline) as one CoNLL-U sentence. */
  private static boolean write(BufferedWriter w, String id, Sentence s) throws java.io.IOException {
    if (s.dependencies().isEmpty()) {
      return false;
    }
    int from = Integer.MAX_VALUE;
    for (Dependency d : s.dependencies()) {
      from = Math.min(from, d.dep());
    }
    int n = s.tokens().size();
    int[] head = new int[n];
    String[] rel = new String[n];
    for (Dependency d : s.dependencies()) {
      head[d.dep()] = d.head() < 0 ? 0 : d.head() - from + 1;
      rel[d.dep()] = d.relation();
    }
    for (int i = from; i < n; i++) {
      if (rel[i] == null) {
        return false;
      }
    }
    w.write("# sent_id = " + id + "-" + s.index() + "\n");
    for (int i = from; i < n; i++) {
      Token t = s.tokens().get(i);
      w.write((i - from + 1) + "\t" + t.word() + "\t" + t.lemma() + "\t_\t" + t.pos() + "\t_\t" + head[i] + "\t"
          + rel[i] + "\t_\t_\n");
    }
    w.write("\n");
    return true;
  }
}
