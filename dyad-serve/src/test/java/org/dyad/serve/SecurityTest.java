package org.dyad.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.store.StoreContents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile requests to every endpoint: SQL metacharacters, path traversal, oversized values, bad
 * dates and numbers, other methods. Each gets a 4xx with a JSON error (never a 500 or a stack
 * trace), and the database is the same afterwards.
 */
class SecurityTest {
  static Fixture.Served served;
  static Map<String, List<String>> before;

  static final List<String> ENDPOINTS = List.of("/api/events", "/api/series", "/api/network", "/api/actors",
      "/api/stats", "/api/health");
  static final List<String> HOSTILE = List.of("RUS'; DROP TABLE events; --", "' OR '1'='1", "1; DELETE FROM articles",
      "TUR\") UNION SELECT * FROM settings --", "../../etc/passwd", "%00", "<script>alert(1)</script>",
      "2024-02-30", "9999999999999999999", "-1", "RUS TUR", "read_csv('/etc/passwd')");

  @BeforeAll
  static void start() throws Exception {
    served = Fixture.served();
    before = served.reads().read(StoreContents::of);
  }

  @AfterAll
  static void unchanged() {
    assertThat(served.reads().read(StoreContents::of)).as("the database after the hostile requests").isEqualTo(before);
  }

  static void refused(String path, int... statuses) throws Exception {
    Fixture.Response r = Fixture.get(served.base(), path);
    assertThat(r.status()).as(path + " → " + r.body()).isBetween(400, 499);
    if (statuses.length > 0) {
      assertThat(r.status()).as(path).isIn(java.util.Arrays.stream(statuses).boxed().toList());
    }
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    if (r.contentType().startsWith("application/json")) {
      assertThat(r.json().path("error").path("status").asInt()).isEqualTo(r.status());
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void sqlMetacharactersInEveryParameterAreRefusedOrHarmless() throws Exception {
    List<String> params = new ArrayList<>(EventSelection.PARAMETERS);
    params.remove("q");
    params.remove("place");
    for (String endpoint : List.of("/api/events", "/api/series", "/api/network")) {
      for (String p : params) {
        for (String v : HOSTILE) {
          refused(endpoint + "?" + p + "=" + enc(v), 400);
        }
      }
    }
    for (String v : HOSTILE) {
      refused("/api/actors?prefix=" + enc(v), 400);
      refused("/api/events?limit=" + enc(v), 400);
      refused("/api/series?by=" + enc(v), 400);
      refused("/api/events/" + enc(v).replace("%2F", "/"));
      refused("/api/articles/" + enc(v).replace("%2F", "/"));
    }
  }

  @Test
  void freeTextIsAValueNotSql() throws Exception {
    // q and place are free text: they are bound as values, so SQL in them matches nothing.
    for (String v : HOSTILE) {
      for (String p : List.of("q", "place")) {
        Fixture.Response r = Fixture.get(served.base(), "/api/events?" + p + "=" + enc(v));
        assertThat(r.status()).as(p + "=" + v).isEqualTo(200);
        assertThat(r.json().path("total").asInt()).isZero();
      }
    }
    assertThat(Fixture.get(served.base(), "/api/events?q=" + enc("%")).json().path("total").asInt())
        .as("% is a character, not a wildcard").isZero();
  }

  @Test
  void badValuesNameTheParameterAndTheValue() throws Exception {
    JsonNode e = Fixture.get(served.base(), "/api/events?from=2024-02-30").json().path("error");
    assertThat(e.path("status").asInt()).isEqualTo(400);
    assertThat(e.path("parameter").asText()).isEqualTo("from");
    assertThat(e.path("value").asText()).isEqualTo("2024-02-30");
    assertThat(e.path("message").asText()).contains("YYYY-MM-DD");
    refused("/api/events?from=2024-06-01&to=2024-01-01", 400);
    refused("/api/events?limit=501", 400);
    refused("/api/events?limit=0", 400);
    refused("/api/events?offset=-5", 400);
    refused("/api/events?unknown=1", 400);
    refused("/api/events?limit=5&limit=6", 400);
    refused("/api/series?by=day&from=1000-01-01&to=2999-12-31", 400);
    refused("/api/events?min_confidence=2", 400);
    refused("/api/events?format=xml", 400);
    refused("/api/nothing-here", 404);
  }

  @Test
  void oversizedParametersAreRefused() throws Exception {
    for (String endpoint : ENDPOINTS) {
      refused(endpoint + "?q=" + "a".repeat(Params.MAX_VALUE_LENGTH + 1), 413, 400);
    }
    refused("/api/events?q=" + "a".repeat(Params.MAX_VALUE_LENGTH + 1), 413);
    refused("/api/events?q=" + "a".repeat(20_000), 413, 414, 431);
  }

  @Test
  void theApiDoesNotAcceptWrites() throws Exception {
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
      for (String endpoint : List.of("/api/events", "/api/events/1", "/api/series")) {
        HttpResponse<String> r = Fixture.HTTP.send(HttpRequest.newBuilder(URI.create(served.base() + endpoint))
            .method(method, HttpRequest.BodyPublishers.ofString("{\"sql\":\"DROP TABLE events\"}")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(method + " " + endpoint).isEqualTo(405);
      }
    }
  }

  @Test
  void theApiConnectionsCannotWriteNorReadFiles() {
    assertThatThrownBy(() -> served.reads().read(c -> c.createStatement().execute("DELETE FROM events")))
        .hasMessageContaining("read-only");
    assertThatThrownBy(() -> served.reads().read(c -> c.createStatement().executeQuery("SELECT * FROM read_csv('/etc/passwd')")))
        .hasMessageContaining("disabled by configuration");
  }

  /** Raw requests, so no client normalises the path first. */
  static String raw(String path) throws Exception {
    URI u = URI.create(served.base());
    try (Socket s = new Socket(u.getHost(), u.getPort())) {
      OutputStream out = s.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  @Test
  void aMalformedEscapeIsRefusedNotDropped() throws Exception {
    for (String query : List.of("q=%zz", "q=%", "dyad=%E0%A4%A", "%zz=1", "from=2024-01-01%2")) {
      for (String endpoint : List.of("/api/events", "/api/series", "/api/network", "/api/actors")) {
        String response = raw(endpoint + "?" + query);
        assertThat(response.substring(0, response.indexOf("\r\n"))).as(endpoint + "?" + query).contains(" 400 ");
      }
    }
  }

  @Test
  void pathTraversalReachesNoFile() throws Exception {
    for (String path : List.of("/../../../../etc/passwd", "/api/../../etc/passwd", "/webjars/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd", "/map/..%5c..%5cpom.xml", "/api/articles/..%2f..%2fsettings",
        "/webjars/leaflet/1.9.4/../../../org/dyad/serve/DyadServer.class", "/org/dyad/serve/openapi.json")) {
      String response = raw(path);
      String status = response.substring(0, response.indexOf("\r\n"));
      assertThat(status).as(path).matches("HTTP/1\\.1 4\\d\\d .*");
      assertThat(response).as(path).doesNotContain("root:x:").doesNotContain("CAFEBABE");
    }
  }
}
