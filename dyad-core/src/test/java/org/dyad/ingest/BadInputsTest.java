package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gives one clear problem naming the file (and line or record), and reading goes on. */
class BadInputsTest {
  @TempDir
  Path dir;

  private final List<Article> articles = new ArrayList<>();
  private final List<InputException> problems = new ArrayList<>();

  private void readDir() {
    new ArticleReaders(ReaderOptions.defaults().withMaxBytes(1_000_000))
        .readAll(ArticleReaders.expand(List.of(dir.toString())), articles::add, problems::add);
  }

  private List<String> messages() {
    return problems.stream().map(Throwable::getMessage).toList();
  }

  @Test
  void everyBadInputIsReportedAndTheGoodOnesAreStillRead() throws IOException {
    Files.writeString(dir.resolve("a-good.txt"), "Chile and Peru held talks on fishing rights in Lima.");
    Files.write(dir.resolve("b-binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
    Files.write(dir.resolve("c-latin1.txt"), "Caf\u00e9 diplomacy in Ankara".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("d-empty.txt"), "");
    writeOneLongLine(dir.resolve("e-huge.txt"), 50L * 1024 * 1024);
    Files.writeString(dir.resolve("f-nav-only.html"),
        "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            + "<script>var x = 1;</script><footer>Contact us</footer></body></html>");
    Files.writeString(dir.resolve("g-good.html"),
        "<html><body><article><h1>Kenya and Uganda open a border post</h1><p>Kenya and Uganda opened a new"
            + " border post on Friday.</p></article></body></html>");
    readDir();

    assertThat(articles).extracting(Article::id).containsExactly("a-good.txt", "g-good.html");
    assertThat(messages()).hasSize(5);
    assertThat(messages().get(0)).contains("b-binary.txt").contains("binary");
    assertThat(messages().get(1)).contains("c-latin1.txt").contains("not valid UTF-8");
    assertThat(messages().get(2)).contains("d-empty.txt").contains("empty");
    assertThat(messages().get(3)).contains("e-huge.txt").contains("over the limit").contains("--max-bytes");
    assertThat(messages().get(4)).contains("f-nav-only.html").contains("no article text");
  }

  @Test
  void aFiftyMegabyteJsonLineIsSkippedWithoutLoadingItAndTheNextLineIsRead() throws IOException {
    Path f = dir.resolve("feed.jsonl");
    try (OutputStream out = Files.newOutputStream(f)) {
      out.write("{\"title\": \"Ghana and Togo sign a power deal\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write("{\"text\": \"".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'x');
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
      out.write("\"}\n{\"title\": \"Mali recalls its envoy\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    readDir();
    assertThat(articles).extracting(Article::id).containsExactly("feed.jsonl#1", "feed.jsonl#3");
    assertThat(messages()).singleElement().asString()
        .startsWith(f + ":2: ").contains("52428812 bytes").contains("over the limit of 1000000");
  }

  @Test
  void truncatedAndBrokenJsonLinesAreNamedByLine() throws IOException {
    Path f = dir.resolve("news.jsonl");
    byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'};
    try (OutputStream out = Files.newOutputStream(f)) {
      out.write("{\"title\": \"Peru and Bolivia discuss water\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write("{\"title\": \"Cut off in the mid\n".getBytes(StandardCharsets.UTF_8));
      out.write(bad);
      out.write("[\"not\", \"an object\"]\n".getBytes(StandardCharsets.UTF_8));
      out.write("{\"title\": \"Last line without newline\", \"text\": \"Chad and Niger met.\"".getBytes(StandardCharsets.UTF_8));
    }
    readDir();
    assertThat(articles).extracting(Article::id).containsExactly("news.jsonl#1");
    assertThat(messages()).containsExactly(
        f + ":2: is not valid JSON: it ends before the object closes (a truncated line?)",
        f + ":3: is not valid UTF-8; JSON Lines must be UTF-8",
        f + ":4: expected a JSON object with 'text' or 'title', found array",
        f + ":5: is not valid JSON: it ends before the object closes (a truncated line?)");
  }

  private static void writeOneLongLine(Path f, long bytes) throws IOException {
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) 'a');
    try (OutputStream out = Files.newOutputStream(f)) {
      for (long n = 0; n < bytes; n += chunk.length) {
        out.write(chunk);
      }
    }
  }
}
