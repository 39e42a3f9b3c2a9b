package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.dyad.model.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue 19, finding 3: a feed URL never hangs the run and never reaches a private address. */
class FeedFetchLimitsTest {
  private static final String FEED = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
      + "<item><title>Talks</title><link>https://wire.example/1</link>"
      + "<description>Chile and Peru held talks in Lima.</description></item></channel></rss>";

  private HttpServer server;
  private String base;
  private final List<Article> articles = new ArrayList<>();
  private final List<InputException> problems = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/feed.rss", ex -> {
      byte[] b = FEED.getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, b.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(b);
      }
    });
    server.createContext("/trickle", ex -> {
      ex.sendResponseHeaders(200, 0); // headers now, then one byte every half second, for ever
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 200; i++) {
          out.write('<');
          out.flush();
          Thread.sleep(500);
        }
      } catch (Exception ignored) {
        // the client hung up
      }
    });
    server.createContext("/to-file", ex -> {
      ex.getResponseHeaders().add("Location", "file:///etc/passwd");
      ex.sendResponseHeaders(301, -1);
      ex.close();
    });
    server.createContext("/to-feed", ex -> {
      ex.getResponseHeaders().add("Location", "/feed.rss");
      ex.sendResponseHeaders(302, -1);
      ex.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void fetch(boolean allowPrivate, String path) {
    ReaderOptions o = new ReaderOptions(ReaderOptions.FieldNames.DEFAULTS, ReaderOptions.DEFAULT_MAX_BYTES, "en",
        Duration.ofSeconds(2));
    new ArticleReaders(o, allowPrivate).readAll(ArticleReaders.expand(List.of(base + path)), articles::add,
        problems::add);
  }

  @Test
  @Timeout(30)
  void aBodyThatTricklesIsCutOffAtTheBudget() {
    long t0 = System.nanoTime();
    fetch(true, "/trickle");
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertThat(seconds).isLessThan(10);
    assertThat(problems).singleElement().extracting(Throwable::getMessage).asString()
        .contains("/trickle").contains("not fetched within 2 s");
  }

  @Test
  void loopbackIsRefusedUnlessAllowed() {
    fetch(false, "/feed.rss");
    assertThat(articles).isEmpty();
    assertThat(problems).singleElement().extracting(Throwable::getMessage).asString()
        .contains("127.0.0.1").contains("only public addresses");
    problems.clear();
    fetch(true, "/feed.rss");
    assertThat(articles).hasSize(1);
    assertThat(problems).isEmpty();
  }

  @Test
  void redirectsAreCheckedByTheSameRule() {
    fetch(true, "/to-feed");
    assertThat(articles).hasSize(1);
    fetch(true, "/to-file");
    assertThat(problems).singleElement().extracting(Throwable::getMessage).asString()
        .contains("redirects to file:///etc/passwd").contains("http or https");
    problems.clear();
    // A redirect to the cloud metadata service is refused before connecting.
    FeedReader strict = new FeedReader(ReaderOptions.defaults(), false);
    InputSource where = new InputSource(java.nio.file.Path.of("x"), "x", "x", java.io.InputStream::nullInputStream);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> strict.checkAddress(
            URI.create("http://169.254.169.254/latest/meta-data/"), where, true))
        .hasMessageContaining("redirects to http://169.254.169.254").hasMessageContaining("link-local");
  }

  @Test
  void publicAndPrivateAddressesAreToldApart() throws Exception {
    for (String a : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
        "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:10.0.0.1", "224.0.0.1")) {
      assertThat(FeedReader.isPublic(InetAddress.getByName(a))).as(a).isFalse();
    }
    for (String a : List.of("8.8.8.8", "151.101.1.1", "2001:4860:4860::8888")) {
      assertThat(FeedReader.isPublic(InetAddress.getByName(a))).as(a).isTrue();
    }
  }
}
