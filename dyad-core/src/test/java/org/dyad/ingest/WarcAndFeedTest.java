package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcWriter;

class WarcAndFeedTest {
  @TempDir
  Path dir;

  private final List<Article> articles = new ArrayList<>();
  private final List<InputException> problems = new ArrayList<>();
  private final ArticleReaders readers = new ArticleReaders(ReaderOptions.defaults(), true); // a local test server

  private void read(String... inputs) {
    readers.readAll(ArticleReaders.expand(List.of(inputs)), articles::add, problems::add);
  }

  @Test
  void warcResponsesAreArticlesAndRequestsRedirectsAndImagesAreNot() {
    read(TestCorpus.dir("warc").resolve("articles.warc").toString());
    assertThat(problems).isEmpty();
    assertThat(articles).extracting(Article::id)
        .containsExactly("articles.warc#3", "articles.warc#5", "articles.warc#7", "articles.warc#9");
  }

  @Test
  void aCorruptRecordIsReportedWithItsNumberAndOffsetAndTheNextRecordsAreRead() throws IOException {
    byte[] warc = Files.readAllBytes(TestCorpus.dir("warc").resolve("articles.warc"));
    String s = new String(warc, StandardCharsets.ISO_8859_1);
    // Break the header of the second story's response record (record 5).
    int second = s.indexOf("WARC-Type: response", s.indexOf("WARC-Type: response") + 1);
    int recordStart = s.lastIndexOf("WARC/1.1", second);
    byte[] broken = warc.clone();
    byte[] garbage = "WARC-Type\u0001 resp\u0000nse".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(garbage, 0, broken, second, garbage.length);
    Path f = Files.write(dir.resolve("broken.warc"), broken);
    read(f.toString());
    assertThat(articles).extracting(a -> a.meta().url().orElseThrow()).containsExactly(
        "https://harbourwire.example/2025/03/10/japan-korea-security-talks",
        "https://harbourwire.example/2025/03/12/poland-expels-belarus-diplomats",
        "https://harbourwire.example/2025/03/13/brazil-argentina-trade-accord");
    assertThat(problems).singleElement().extracting(Throwable::getMessage).asString()
        .startsWith(f + " record 5 at byte " + recordStart + ": is corrupt (")
        .endsWith("is corrupt (invalid WARC record); skipped to the next record header");
  }

  @Test
  void gzippedWarcsAreReadRecordByRecord() throws IOException {
    Path gz = dir.resolve("crawl.warc.gz");
    try (WarcReader in = new WarcReader(TestCorpus.dir("warc").resolve("articles.warc"));
        WarcWriter out = new WarcWriter(FileChannel.open(gz, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      for (WarcRecord r : in) {
        out.write(r);
      }
    }
    read(gz.toString());
    assertThat(problems).isEmpty();
    assertThat(articles).hasSize(4).first().extracting(Article::id).isEqualTo("crawl.warc.gz#3");
    assertThat(TestCorpus.normalised(articles.get(0).text()))
        .isEqualTo(TestCorpus.normalised(TestCorpus.read("text").get(0).text()));
  }

  @Test
  void aFeedIsFetchedFromAUrlAndItsItemsAreArticles() throws IOException {
    byte[] rss = Files.readAllBytes(TestCorpus.dir("rss").resolve("feed.rss"));
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/feed.rss", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
      exchange.sendResponseHeaders(200, rss.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(rss);
      }
    });
    server.createContext("/missing", exchange -> {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      read(base + "/feed.rss", base + "/missing");
      assertThat(articles).hasSize(4);
      Article first = articles.get(0);
      assertThat(first.id()).isEqualTo(base + "/feed.rss#https://harbourwire.example/2025/03/10/japan-korea-security-talks");
      assertThat(first.meta().date()).hasValue(LocalDate.of(2025, 3, 10));
      assertThat(first.meta().source()).hasValue("Harbour Wire");
      assertThat(first.text()).doesNotContain("Share this article");
      assertThat(problems).singleElement().extracting(Throwable::getMessage).asString()
          .isEqualTo(base + "/missing: the server answered HTTP 404 instead of a feed");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aFeedItemWithNothingInItIsReportedAndTheOthersKept() throws IOException {
    Path f = Files.writeString(dir.resolve("news.xml"), """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Desk</title>
        <item><title>Malta hosts Libya talks</title><link>https://d.example/1</link><pubDate>Fri, 7 Feb 2025 10:00:00 EST</pubDate></item>
        <item><link>https://d.example/2</link></item>
        </channel></rss>
        """);
    read(f.toString());
    assertThat(articles).extracting(Article::text).containsExactly("Malta hosts Libya talks");
    assertThat(articles.get(0).meta().date()).hasValue(LocalDate.of(2025, 2, 7));
    assertThat(problems).singleElement().extracting(Throwable::getMessage).asString()
        .isEqualTo(f + " item 2: has neither a title nor any text");
  }

  @Test
  void somethingThatIsNotAFeedSaysWhatItIs() throws IOException {
    Path f = Files.writeString(dir.resolve("list.xml"), "<?xml version='1.0'?><catalog><book/></catalog>");
    read(f.toString());
    assertThat(problems).singleElement().extracting(Throwable::getMessage).asString()
        .contains("is not an RSS or Atom feed (its root element is <catalog>");
    assertThat(URI.create("http://x").getHost()).isEqualTo("x");
  }
}
