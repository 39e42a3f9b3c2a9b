package org.dyad.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.dyad.clean.LanguageFilter;
import org.dyad.dedup.MergeRule;
import org.dyad.ingest.ArticleReaders;
import org.dyad.ingest.ReaderOptions;
import org.dyad.pipeline.CorpusRun;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.PipelineConfig;
import org.dyad.store.EventStore;

/**
 * What the serve tests share in one JVM: the pipeline (loaded once), a database coded from the
 * articles in {@code test/resources/org/dyad/serve/articles} (written for these tests), and a
 * server over it on a random loopback port, opened read-only as {@code dyad serve} opens it.
 */
final class Fixture {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Pipeline pipeline;
  private static Served served;

  private Fixture() {}

  record Served(Path db, Connection owner, ReadConnections reads, DyadServer server, String base) {}

  record Response(int status, String contentType, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  static synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = Pipeline.create(PipelineConfig.defaults());
    }
    return pipeline;
  }

  static Path resource(String name) {
    try {
      return Path.of(Fixture.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Codes the test articles into a new database in {@code dir}. */
  static Path codeArticles(Path dir) throws Exception {
    Path db = dir.resolve("events.duckdb");
    try (EventStore store = EventStore.open(db, new MergeRule(1, MergeRule.Family.parse("root")))) {
      int failed = new CorpusRun(pipeline(), new ArticleReaders(ReaderOptions.defaults()), store,
          new CorpusRun.Options(1, 50, 0.7), new LanguageFilter("any"))
          .runInputs(ArticleReaders.expand(List.of(resource("articles").toString())), new CorpusRun.Listener() {});
      if (failed != 0) {
        throw new IllegalStateException(failed + " test articles failed");
      }
    }
    return db;
  }

  /** The read-only server over the coded test articles, started once per JVM. */
  static synchronized Served served() throws Exception {
    if (served == null) {
      Path dir = Files.createTempDirectory("dyad-serve-test");
      Path db = codeArticles(dir);
      Connection owner = EventStore.openReadOnly(db, EventStore.ExternalAccess.REFUSED);
      ReadConnections reads = new ReadConnections(owner, 4, 10);
      DyadServer server = new DyadServer(reads, () -> Map.of("database", db.toString()), new PrintStream(System.err))
          .start("127.0.0.1", 0);
      served = new Served(db, owner, reads, server, "http://127.0.0.1:" + server.port());
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }
    return served;
  }

  static Response get(String base, String pathAndQuery) throws Exception {
    return get(base, pathAndQuery, "application/json");
  }

  static Response get(String base, String pathAndQuery, String accept) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).header("Accept", accept).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }
}
