package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
  @TempDir
  Path dir;

  private Path write(String... lines) throws IOException {
    Path f = dir.resolve("news.jsonl");
    Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void eachLineIsTitleBlankLineText() throws Exception {
    Path f = write(
        "{\"id\": \"n1\", \"title\": \"Envoys meet in Geneva\", \"text\": \"Two envoys met on Tuesday.\"}",
        "",
        "{\"title\": \"Only a headline\"}");
    List<Article> articles = new JsonLinesReader().read(f);
    assertThat(articles).containsExactly(
        new Article("n1", "Envoys meet in Geneva\n\nTwo envoys met on Tuesday.", new org.dyad.model.ArticleMeta(java.util.Optional.of("Envoys meet in Geneva"), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty())),
        new Article("news.jsonl#3", "Only a headline", new org.dyad.model.ArticleMeta(java.util.Optional.of("Only a headline"), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty())));
  }

  @Test
  void malformedLineIsNamedByFileAndLine() throws Exception {
    Path f = write("{\"title\": \"fine\", \"text\": \"fine\"}", "{\"title\": \"broken\", \"text\": ");
    assertThatThrownBy(() -> new JsonLinesReader().read(f)).isInstanceOf(InputException.class)
        .hasMessageStartingWith(f + ":2: ").hasMessageContaining("not valid JSON");
  }

  @Test
  void wrongShapesAreNamedByFileAndLine() throws Exception {
    Path array = write("[1, 2]");
    assertThatThrownBy(() -> new JsonLinesReader().read(array)).hasMessageStartingWith(array + ":1: ")
        .hasMessageContaining("expected a JSON object");
    Path number = write("{\"title\": \"a\", \"text\": \"b\"}", "{\"title\": \"a\", \"text\": 42}");
    assertThatThrownBy(() -> new JsonLinesReader().read(number)).hasMessageStartingWith(number + ":2: ")
        .hasMessageContaining("'text' must be a string");
    Path empty = write("{\"id\": \"x\"}");
    assertThatThrownBy(() -> new JsonLinesReader().read(empty)).hasMessageStartingWith(empty + ":1: ")
        .hasMessageContaining("neither 'text' nor 'title'");
  }

  @Test
  void emptyFileIsAnError() throws Exception {
    Path f = write("");
    assertThatThrownBy(() -> new JsonLinesReader().read(f)).hasMessageStartingWith(f + ": ")
        .hasMessageContaining("no articles");
  }
}
