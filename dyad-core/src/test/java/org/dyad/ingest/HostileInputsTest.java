package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19, findings 3 and 4: inputs that used to block, abort or swallow the records after them. */
class HostileInputsTest {
  @TempDir
  Path dir;

  private final List<Article> articles = new ArrayList<>();
  private final List<InputException> problems = new ArrayList<>();

  private void read(String... inputs) {
    new ArticleReaders(ReaderOptions.defaults())
        .readAll(ArticleReaders.expand(List.of(inputs)), articles::add, problems::add);
  }

  private List<String> messages() {
    return problems.stream().map(Throwable::getMessage).toList();
  }

  private static void mkfifo(Path p) throws Exception {
    Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
    assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is available");
  }

  @Test
  @Timeout(20)
  void aFifoGivenAsAnInputOrFoundInADirectoryIsReportedNotOpened() throws Exception {
    Path fifo = dir.resolve("pipe.txt");
    mkfifo(fifo);
    Files.writeString(dir.resolve("z-good.txt"), "Chile and Peru held talks in Lima.");
    CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {
      read(fifo.toString());
      read(dir.toString());
    });
    run.get(15, TimeUnit.SECONDS);
    assertThat(articles).extracting(Article::id).containsExactly("z-good.txt");
    assertThat(messages()).hasSize(2).allSatisfy(m -> assertThat(m).contains("pipe.txt").contains("FIFO"));
  }

  @Test
  void anUnreadableSubdirectoryIsNamedAndSkippedAndTheRestIsRead() throws Exception {
    Path locked = Files.createDirectories(dir.resolve("b-locked"));
    Files.writeString(locked.resolve("inside.txt"), "Kenya and Uganda opened a border post.");
    Files.writeString(dir.resolve("a.txt"), "Chile and Peru held talks in Lima.");
    Files.writeString(dir.resolve("c.txt"), "Norway and Sweden signed a fishing accord.");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeTrue(!Files.isReadable(locked), "not running as root (root reads every directory)");
      read(dir.toString());
      assertThat(articles).extracting(Article::id).containsExactly("a.txt", "c.txt");
      assertThat(messages()).singleElement().asString().contains("b-locked").contains("cannot be listed");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aSubdirectoryThatCannotBeWalkedIsNamedAndSkippedEvenForRoot() throws Exception {
    // Paths past the kernel's PATH_MAX (4096) cannot be opened by name, whoever runs the test; before
    // issue 19 the walk threw and the whole run ended with a stack trace before anything was coded.
    Files.writeString(dir.resolve("a.txt"), "Chile and Peru held talks in Lima.");
    String name = "d".repeat(250);
    Files.createDirectories(dir.resolve("z-deep"));
    Process mk = new ProcessBuilder("bash", "-c", "cd \"$0\" && for i in $(seq 1 18); do mkdir " + name + " && cd " + name
        + "; done && echo 'Kenya and Uganda opened a border post.' > inner.txt", dir.resolve("z-deep").toString())
        .inheritIO().start();
    assumeTrue(mk.waitFor(30, TimeUnit.SECONDS) && mk.exitValue() == 0, "bash builds the deep tree");
    try {
      read(dir.toString());
      assertThat(articles).extracting(Article::id).containsExactly("a.txt");
      assertThat(messages()).isNotEmpty().allSatisfy(m -> assertThat(m).contains("z-deep").contains("cannot be read"));
    } finally {
      new ProcessBuilder("rm", "-rf", dir.resolve("z-deep").toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aDirectoryThatCannotBeListedIsReportedWhenRead() {
    // Root lists every directory, so the check itself is exercised on an input that vanished.
    Path gone = dir.resolve("gone");
    assertThat(ArticleReaders.notAFile(gone, "gone")).get().asString().contains("cannot be read");
    assertThat(ArticleReaders.notAFile(dir, "d")).get().asString().contains("directory");
  }

  @Test
  void anUnclosedCsvQuoteCostsOneRowNotTheRestOfTheFile() throws IOException {
    Path csv = Files.writeString(dir.resolve("news.csv"), String.join("\n",
        "id,title,text",
        "a,Talks,Chile and Peru held talks in Lima.",
        "b,Broken,\"Kenya and Uganda opened a border post.",
        "c,Accord,Norway and Sweden signed a fishing accord.",
        "d,\"Multi\nline\",Japan and Korea held security talks.",
        ""));
    read(csv.toString());
    assertThat(articles).extracting(Article::id).containsExactly("a", "c", "d");
    assertThat(messages()).singleElement().asString().startsWith(csv + ":3:").contains("stray");

    articles.clear();
    problems.clear();
    Path atEnd = Files.writeString(dir.resolve("end.csv"), String.join("\n",
        "id,title,text",
        "a,Talks,Chile and Peru held talks in Lima.",
        "b,Broken,\"Kenya and Uganda opened a border post.",
        "c,Accord,Norway and Sweden signed a fishing accord.",
        "e,Visit,Japan and Korea held security talks.",
        ""));
    read(atEnd.toString());
    assertThat(articles).extracting(Article::id).containsExactly("a", "c", "e");
    assertThat(messages()).singleElement().asString().startsWith(atEnd + ":3:").contains("not closed");
  }

  private static String warcRecord(String uri, String contentLength, String html) {
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
        + html.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + html;
    int len = http.getBytes(StandardCharsets.UTF_8).length;
    return "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri
        + "\r\nWARC-Date: 2025-03-10T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
        uri.getBytes(StandardCharsets.UTF_8)) + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
        + (contentLength == null ? String.valueOf(len) : contentLength) + "\r\n\r\n" + http + "\r\n\r\n";
  }

  private static String page(String sentence) {
    return "<html><body><article><p>" + sentence + "</p></article></body></html>";
  }

  @Test
  void aWarcRecordWithAnImpossibleLengthIsReportedAndTheNextRecordIsRead() throws IOException {
    for (String bad : List.of("-5", "99999999999999999999", "12x")) {
      articles.clear();
      problems.clear();
      Path warc = Files.writeString(dir.resolve("crawl.warc"),
          warcRecord("https://a.example/1", null, page("Chile and Peru held talks in Lima."))
              + warcRecord("https://a.example/2", bad, page("Kenya and Uganda opened a border post."))
              + warcRecord("https://a.example/3", null, page("Norway and Sweden signed a fishing accord.")),
          StandardCharsets.UTF_8);
      read(warc.toString());
      assertThat(articles).as(bad).extracting(a -> a.meta().url().orElseThrow())
          .containsExactly("https://a.example/1", "https://a.example/3");
      assertThat(messages()).as(bad).singleElement().asString().contains("record 2").contains("corrupt");
    }
  }

  @Test
  void whatTheCallersConsumerThrowsIsNotMistakenForABadInput() throws IOException {
    Path warc = Files.writeString(dir.resolve("w.warc"),
        warcRecord("https://a.example/1", null, page("Chile and Peru held talks in Lima.")), StandardCharsets.UTF_8);
    Path txt = Files.writeString(dir.resolve("t.txt"), "Chile and Peru held talks in Lima.");
    for (Path f : List.of(warc, txt)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ArticleReaders(ReaderOptions.defaults())
              .readAll(ArticleReaders.expand(List.of(f.toString())), a -> {
                throw new java.io.UncheckedIOException(new IOException("No space left on device"));
              }, problems::add))
          .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("No space left");
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void aFileFullOfStrayQuotesIsGivenUpAfterABoundedAmountOfWork() throws IOException {
    StringBuilder b = new StringBuilder("id,text\n");
    for (int i = 0; i < 500; i++) {
      b.append("r").append(i).append(",\"unclosed ").append(i).append('\n');
    }
    Path csv = Files.writeString(dir.resolve("quotes.csv"), b.toString());
    read(csv.toString());
    assertThat(articles).isEmpty();
    assertThat(messages()).hasSize(CsvReader.MAX_RESYNCS + 2).last().asString().contains("stray quotes");
  }
}
