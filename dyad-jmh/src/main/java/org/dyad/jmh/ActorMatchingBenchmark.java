package org.dyad.jmh;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorTagger;
import org.dyad.actors.ArticleMemory;
import org.dyad.model.ActorMention;
import org.dyad.model.Sentence;
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

/** Actor dictionary matching: {@link ActorTagger#tag} over the fixed sentences, already split. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ActorMatchingBenchmark {
  private static final LocalDate DATE = LocalDate.of(2024, 3, 4);

  private ActorTagger tagger;
  private List<Sentence> sentences;

  @Setup
  public void setUp() {
    tagger = new ActorTagger(ActorDictionary.builtIn());
    sentences = Sentences.split();
  }

  /** All sentences as one article (one memory), as the pipeline does. */
  @Benchmark
  public void tagArticle(Blackhole bh) {
    ArticleMemory memory = new ArticleMemory();
    for (Sentence s : sentences) {
      List<ActorMention> mentions = tagger.tag(s, memory, DATE);
      bh.consume(mentions);
    }
  }
}
