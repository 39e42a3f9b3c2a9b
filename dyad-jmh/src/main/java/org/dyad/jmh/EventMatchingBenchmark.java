package org.dyad.jmh;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorTagger;
import org.dyad.actors.ArticleMemory;
import org.dyad.events.CameoCodebook;
import org.dyad.events.EventCoder;
import org.dyad.events.VerbDictionary;
import org.dyad.model.ActorMention;
import org.dyad.model.Sentence;
import org.dyad.nlp.CoreNlpParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Event pattern matching: {@link EventCoder#code} on the fixed sentences, parsed once by CoreNLP
 * in set-up (so the parser's cost, measured by `dyad bench`, stays out of this number).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class EventMatchingBenchmark {
  private static final Optional<LocalDate> DATE = Optional.of(LocalDate.of(2024, 3, 4));

  private EventCoder coder;
  private final List<Sentence> parsed = new ArrayList<>();
  private final List<List<ActorMention>> mentions = new ArrayList<>();

  @Setup
  public void setUp() {
    CameoCodebook codebook = CameoCodebook.builtIn();
    coder = new EventCoder(VerbDictionary.builtIn(), codebook);
    ActorTagger tagger = new ActorTagger(ActorDictionary.builtIn());
    CoreNlpParser parser = new CoreNlpParser();
    ArticleMemory memory = new ArticleMemory();
    for (Sentence s : Sentences.split()) {
      mentions.add(tagger.tag(s, memory, DATE.get()));
      parsed.add(parser.parse(s)); // every sentence, so the coder also sees ones without a dyad
    }
    long events = 0;
    for (int i = 0; i < parsed.size(); i++) {
      events += coder.code("jmh", DATE, parsed.get(i), mentions.get(i)).size();
    }
    if (events == 0) {
      throw new IllegalStateException("the benchmark sentences code no events: the dictionaries or parser changed");
    }
  }

  @Benchmark
  public void codeSentences(Blackhole bh) {
    for (int i = 0; i < parsed.size(); i++) {
      bh.consume(coder.code("jmh", DATE, parsed.get(i), mentions.get(i)));
    }
  }
}
