package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.pipeline.Pipeline;
import org.dyad.testing.SharedPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every input format of the test corpus yields the same articles and, through the real pipeline, the same events. */
class CorpusFormatsTest {
  private static final List<LocalDate> DATES = List.of(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 11),
      LocalDate.of(2025, 3, 12), LocalDate.of(2025, 3, 13));

  private static List<String> texts(List<Article> articles) {
    return articles.stream().map(a -> TestCorpus.normalised(a.text())).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"html", "jsonl", "csv", "warc", "rss", "atom"})
  void everyFormatYieldsTheTextFilesArticles(String format) {
    List<Article> plain = TestCorpus.read("text");
    List<Article> other = TestCorpus.read(format);
    assertThat(plain).hasSize(4);
    assertThat(texts(other)).containsExactlyElementsOf(texts(plain));
    // Containers carry the date, the title and where the story came from.
    assertThat(other).extracting(a -> a.meta().date().orElse(null)).containsExactlyElementsOf(DATES);
    assertThat(other).allSatisfy(a -> {
      assertThat(a.meta().title()).isPresent();
      assertThat(a.text()).startsWith(a.meta().title().get());
      assertThat(a.meta().url()).hasValueSatisfying(u -> assertThat(u).startsWith("https://harbourwire.example/2025/03/"));
    });
    if (!format.equals("jsonl") && !format.equals("csv")) {
      assertThat(other).allSatisfy(a -> assertThat(a.meta().source()).hasValue("Harbour Wire"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"html", "jsonl", "csv", "warc", "rss", "atom"})
  void everyFormatYieldsTheSameEvents(String format) {
    Pipeline pipeline = SharedPipeline.get();
    Set<String> plain = events(pipeline, TestCorpus.read("text"));
    assertThat(plain).hasSizeGreaterThanOrEqualTo(8);
    assertThat(events(pipeline, TestCorpus.read(format))).isEqualTo(plain);
  }

  /** What makes two events the same across formats: who, whom, what, when, and the sentence's words. */
  private static Set<String> events(Pipeline pipeline, List<Article> articles) {
    return articles.stream().map(pipeline::code).map(CodedArticle::events).flatMap(List::stream)
        .filter(e -> e.modality().countsAsEvent())
        .map(CorpusFormatsTest::key).collect(Collectors.toSet());
  }

  private static String key(Event e) {
    return e.source().actor().code() + " " + e.target().actor().code() + " " + e.code().code() + " "
        + e.date().map(LocalDate::toString).orElse("-") + " " + e.sentence().text();
  }

}
