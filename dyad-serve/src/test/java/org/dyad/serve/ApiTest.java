package org.dyad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REST API against a real server on a loopback port over a database coded from our test articles. */
class ApiTest {
  static String base;

  @BeforeAll
  static void start() throws Exception {
    base = Fixture.served().base();
  }

  static JsonNode ok(String path) throws Exception {
    Fixture.Response r = Fixture.get(base, path);
    assertThat(r.status()).as(path + " → " + r.body()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/json");
    return r.json();
  }

  static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }

  @Test
  void healthAndStatsSayWhatTheStoreHolds() throws Exception {
    assertThat(ok("/api/health").path("status").asText()).isEqualTo("ok");
    JsonNode s = ok("/api/stats");
    assertThat(s.path("articles").asInt()).isEqualTo(3);
    assertThat(s.path("events").asInt()).isPositive();
    assertThat(s.path("undated_events").asInt()).as("the Iran–Turkey article has no date").isEqualTo(1);
    assertThat(s.path("first_date").asText()).startsWith("2024-03");
    assertThat(s.path("settings").path("merge_rule").asText()).isEqualTo("root/1");
  }

  @Test
  void eventsOfADyadInEitherDirection() throws Exception {
    JsonNode page = ok("/api/events?dyad=RUS,TUR");
    List<String> pairs = new ArrayList<>();
    page.path("events").forEach(e -> pairs.add(e.path("source").asText().substring(0, 3) + ">" + e.path("target").asText().substring(0, 3)));
    assertThat(pairs).contains("RUS>TUR", "TUR>RUS").allMatch(p -> p.equals("RUS>TUR") || p.equals("TUR>RUS"));
    assertThat(page.path("total").asInt()).isEqualTo(page.path("events").size());
    // one direction only
    JsonNode turToRus = ok("/api/events?source=TUR&target=RUS");
    assertThat(texts(turToRus.path("events"), "source")).allMatch(s -> s.startsWith("TUR"));
    assertThat(turToRus.path("total").asInt()).isLessThan(page.path("total").asInt());
  }

  @Test
  void filtersByCodeQuadDateTextAndModality() throws Exception {
    JsonNode accuse = ok("/api/events?code=112");
    assertThat(texts(accuse.path("events"), "code")).isNotEmpty().allMatch(c -> c.equals("112"));
    assertThat(texts(accuse.path("events"), "code_name")).allMatch(n -> n.toLowerCase().contains("accuse"));
    JsonNode conflict = ok("/api/events?quad=3,4");
    assertThat(texts(conflict.path("events"), "quad_class")).isNotEmpty().allMatch(q -> q.equals("3") || q.equals("4"));
    JsonNode june = ok("/api/events?from=2024-06-01&to=2024-06-30");
    assertThat(texts(june.path("events"), "date")).isNotEmpty().allMatch(d -> d.startsWith("2024-06"));
    JsonNode shelled = ok("/api/events?q=SHELLED");
    assertThat(texts(shelled.path("events"), "source")).containsExactly("TURMIL");
    assertThat(ok("/api/events?modality=reported&source=TURMIL").path("total").asInt()).isEqualTo(1);
    assertThat(ok("/api/events?modality=negated").path("total").asInt()).isZero();
    assertThat(ok("/api/events?root=19").path("events").get(0).path("place").asText()).isNotEmpty();
    assertThat(ok("/api/events?undated=only").path("events").get(0).path("source").asText()).isEqualTo("IRN");
    assertThat(ok("/api/events?undated=exclude&actor=IRN").path("total").asInt()).isZero();
  }

  @Test
  void pagesDoNotOverlapAndCoverEverything() throws Exception {
    int total = ok("/api/events").path("total").asInt();
    List<String> seen = new ArrayList<>();
    for (int offset = 0; offset < total; offset += 2) {
      JsonNode page = ok("/api/events?limit=2&offset=" + offset);
      assertThat(page.path("events").size()).isLessThanOrEqualTo(2);
      seen.addAll(texts(page.path("events"), "event_id"));
    }
    assertThat(seen).hasSize(total).doesNotHaveDuplicates();
    List<String> dates = texts(ok("/api/events?undated=exclude&order=desc").path("events"), "date");
    assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void anEventShowsItsSentenceWithSourceTargetAndTriggerMarkedAndTheRule() throws Exception {
    String id = ok("/api/events?code=112&source=TUR&target=RUS").path("events").get(0).path("event_id").asText();
    assertThat(id).matches("-?[0-9]+");
    JsonNode e = ok("/api/events/" + id);
    assertThat(e.path("event_id").asText()).isEqualTo(id);
    JsonNode m = e.path("mentions").get(0);
    assertThat(m.path("article").asText()).isEqualTo("02-accuse.txt");
    assertThat(m.path("rule").asText()).contains("verbs.txt:");
    assertThat(m.path("source_entry").asText()).isNotEmpty();
    String sentence = m.path("sentence").asText();
    List<String> roles = new ArrayList<>();
    for (JsonNode h : m.path("highlights")) {
      roles.add(h.path("role").asText());
      assertThat(sentence.substring(h.path("start").asInt(), h.path("end").asInt())).isEqualTo(h.path("text").asText());
    }
    assertThat(roles).containsExactlyInAnyOrder("source", "target", "trigger");
    assertThat(Fixture.get(base, "/api/events/12345").status()).isEqualTo(404);
  }

  @Test
  void seriesAreZeroFilledWithUndatedEventsCountedApart() throws Exception {
    JsonNode s = ok("/api/series?by=month");
    List<String> periods = texts(s.path("periods"), "");
    periods.clear();
    s.path("periods").forEach(p -> periods.add(p.asText()));
    assertThat(periods.get(0)).isEqualTo("2024-03");
    assertThat(periods).contains("2024-04", "2024-05", "2024-06"); // April and May: nothing happened, still there
    JsonNode all = s.path("series").get(0);
    assertThat(all.path("events")).hasSize(periods.size());
    assertThat(all.path("events").get(periods.indexOf("2024-04")).asInt()).isZero();
    assertThat(all.path("goldstein_mean").get(periods.indexOf("2024-04")).isNull()).isTrue();
    long dated = 0;
    for (JsonNode n : all.path("events")) {
      dated += n.asLong();
    }
    long undated = all.path("undated").path("events").asLong();
    assertThat(undated).isEqualTo(1);
    assertThat(dated + undated).isEqualTo(ok("/api/stats").path("events").asLong());
    // quad classes add up to the events of each period
    for (int i = 0; i < periods.size(); i++) {
      int sum = 0;
      for (int q = 1; q <= 4; q++) {
        sum += all.path("quad").path(Integer.toString(q)).get(i).asInt();
      }
      assertThat(sum).isEqualTo(all.path("events").get(i).asInt());
    }
    // a given range is zero-filled to its ends; two dyads are two series
    JsonNode two = ok("/api/series?by=year&from=2023-01-01&to=2025-12-31&dyad=RUS,TUR&dyad=IRN,TUR");
    assertThat(two.path("periods").toString()).isEqualTo("[\"2023\",\"2024\",\"2025\"]");
    assertThat(texts(two.path("series"), "name")).containsExactly("RUS-TUR", "IRN-TUR");
    assertThat(two.path("series").get(1).path("undated").path("events").asInt()).isEqualTo(1);
    JsonNode weeks = ok("/api/series?by=week&actor=TUR");
    // the phone call was on Sunday 3 March 2024: its week starts on Monday 26 February
    assertThat(weeks.path("periods").get(0).asText()).isEqualTo("2024-02-26");
  }

  @Test
  void networkAndActors() throws Exception {
    JsonNode n = ok("/api/network");
    assertThat(texts(n.path("nodes"), "id")).contains("TURMIL", "SYRGOV", "IRN").doesNotContain("");
    JsonNode edge = null;
    for (JsonNode e : n.path("edges")) {
      if (e.path("source").asText().equals("TURMIL")) {
        edge = e;
      }
    }
    assertThat(edge).isNotNull();
    assertThat(edge.path("target").asText()).isEqualTo("SYRGOV");
    assertThat(edge.path("conflict").asInt()).isEqualTo(1);
    assertThat(edge.path("goldstein_mean").asDouble()).isNegative();
    assertThat(texts(ok("/api/network?level=country").path("nodes"), "id")).contains("TUR", "RUS", "SYR");
    JsonNode actors = ok("/api/actors?prefix=TUR");
    assertThat(texts(actors.path("actors"), "actor")).isNotEmpty().allMatch(a -> a.startsWith("TUR"));
  }

  @Test
  void anArticleWithItsSentencesAndMentions() throws Exception {
    String id = ok("/api/events?q=shelled").path("events").get(0).path("event_id").asText();
    String hash = ok("/api/events/" + id).path("mentions").get(0).path("article_hash").asText();
    JsonNode a = ok("/api/articles/" + hash);
    assertThat(a.path("id").asText()).isEqualTo("02-accuse.txt");
    assertThat(a.path("article_date").asText()).isEqualTo("2024-06-12");
    assertThat(texts(a.path("sentences"), "text")).anyMatch(t -> t.contains("shelled"));
    assertThat(texts(a.path("mentions"), "event_id")).contains(id);
    assertThat(Fixture.get(base, "/api/articles/" + "0".repeat(64)).status()).isEqualTo(404);
  }

  @Test
  void csvByFormatOrAcceptHeader() throws Exception {
    Fixture.Response byParam = Fixture.get(base, "/api/events?format=csv&dyad=RUS,TUR");
    assertThat(byParam.status()).isEqualTo(200);
    assertThat(byParam.contentType()).startsWith("text/csv");
    String[] lines = byParam.body().split("\r\n");
    assertThat(lines[0]).startsWith("event_id,date,date_precision,source");
    assertThat(lines).hasSize(1 + ok("/api/events?dyad=RUS,TUR").path("total").asInt());
    Fixture.Response byAccept = Fixture.get(base, "/api/series?by=year", "text/csv");
    assertThat(byAccept.contentType()).startsWith("text/csv");
    assertThat(byAccept.body()).startsWith("series,period,events,quad1,quad2,quad3,quad4,goldstein_sum,goldstein_mean\r\n")
        .contains("\r\nall,2024,").contains("\r\nall,undated,1,");
    assertThat(Fixture.get(base, "/api/network?format=csv").body()).startsWith("source,target,events");
  }

  @Test
  void theOpenApiDocumentListsEveryEndpoint() throws Exception {
    JsonNode doc = ok("/api/openapi.json");
    assertThat(doc.path("openapi").asText()).startsWith("3.");
    List<String> paths = new ArrayList<>();
    doc.path("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).contains("/api/events", "/api/events/{id}", "/api/series", "/api/network", "/api/actors",
        "/api/articles/{hash}", "/api/stats", "/api/health", "/api/openapi.json");
    List<String> documented = new ArrayList<>();
    doc.path("paths").path("/api/events").path("get").path("parameters").forEach(p -> documented.add(p.path("name").asText()));
    assertThat(documented).containsAll(EventSelection.PARAMETERS);
  }

  @Test
  void theDashboardAndItsLibrariesAreServed() throws Exception {
    assertThat(Fixture.get(base, "/", "text/html").body()).contains("<title>dyad");
    for (String lib : List.of("/webjars/echarts/5.3.1/dist/echarts.min.js", "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js",
        "/webjars/leaflet/1.9.4/dist/leaflet.js", "/dashboard.js", "/map/world.json")) {
      assertThat(Fixture.get(base, lib, "*/*").status()).as(lib).isEqualTo(200);
    }
  }
}
