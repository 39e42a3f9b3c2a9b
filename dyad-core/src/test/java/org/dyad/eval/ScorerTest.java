package org.dyad.eval;

import org.dyad.events.PloverMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyad.model.Modality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scores hand-made coded events against tiny-gold.jsonl: no parser involved. */
class ScorerTest {
  private static GoldFile gold;

  /** What a coder might have made of each record of tiny-gold.jsonl. */
  private static final Map<String, List<CodedEvent>> CODED = Map.of(
      "t1", List.of(CodedEvent.of("FRDMIL", "SYL", "190")),                  // right
      "t2", List.of(CodedEvent.of("FRD", "SYL", "057")),                     // one of two expected
      "t3", List.of(CodedEvent.of("FRD", "SYL", "010")),                     // noevents: an extra
      "t4", List.of(),                                                       // noevents: right
      "t5", List.of(CodedEvent.of("FRDMIL", "SYLGOV", "112")),               // FRDGOV expected: country only
      "t6", List.of(CodedEvent.of("FRD", "SYL", "010")),                     // error path: not scored
      "t7", List.of(CodedEvent.of("SYL", "FRD", "141")),                     // root-level record: 14 = 141
      "t8", List.of(CodedEvent.of("SYLGOV", "FRD", "143"),                   // PROTEST through the mapping
          new CodedEvent(new org.dyad.model.Actor("SYL", ""), new org.dyad.model.Actor("FRD", ""), "145",
              Modality.NEGATED, "test", "burn", "Sylvanian farmers", "Freedonian embassy"))); // not counted

  @BeforeAll
  static void read() throws Exception {
    gold = new GoldReader().read(resource("tiny-gold.jsonl"));
    assertThat(gold.errors()).isEmpty();
    assertThat(gold.records()).hasSize(8);
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(ScorerTest.class.getResource(name).toURI());
  }

  private static Evaluation evaluate(EvalOptions options) throws InterruptedException {
    Scorer scorer = new Scorer(options, PloverMap.builtIn());
    try (Evaluator e = new Evaluator(scorer, r -> CODED.get(r.id()), 3)) {
      return e.evaluate(gold);
    }
  }

  @Test
  void exactActors() throws Exception {
    Counts t = evaluate(new EvalOptions(CodeLevel.CODE, ActorMatch.EXACT, false)).total();
    assertThat(t.records()).isEqualTo(7);
    assertThat(t.recordsRight()).isEqualTo(4); // t1, t4, t7, t8
    assertThat(t.gold()).isEqualTo(6);
    assertThat(t.coded()).isEqualTo(6);
    assertThat(t.correct()).isEqualTo(4);
    assertThat(t.precision()).isCloseTo(4 / 6.0, within(1e-9));
    assertThat(t.recall()).isCloseTo(4 / 6.0, within(1e-9));
    assertThat(t.f1()).isCloseTo(4 / 6.0, within(1e-9));
    assertThat(t.extraRate()).isCloseTo(2 / 6.0, within(1e-9));
  }

  @Test
  void countryActors() throws Exception {
    Evaluation e = evaluate(new EvalOptions(CodeLevel.CODE, ActorMatch.COUNTRY, false));
    Counts t = e.total();
    assertThat(t.recordsRight()).isEqualTo(5); // t5 too
    assertThat(t.correct()).isEqualTo(5);
    assertThat(t.precision()).isCloseTo(5 / 6.0, within(1e-9));
    assertThat(t.extraRate()).isCloseTo(1 / 6.0, within(1e-9));
    assertThat(e.errorRecords()).isEqualTo(1);
    assertThat(e.failures()).extracting(r -> r.record().id()).containsExactly("t2", "t3");
  }

  @Test
  void perCategoryPerRootAndConfusion() throws Exception {
    Evaluation e = evaluate(new EvalOptions(CodeLevel.CODE, ActorMatch.EXACT, false));
    Counts none = e.perCategory().get("none");
    assertThat(none.records()).isEqualTo(2);
    assertThat(none.recordsRight()).isEqualTo(1);
    assertThat(none.gold()).isZero();
    assertThat(none.coded()).isEqualTo(1);
    assertThat(none.extraRate()).isNaN(); // no gold events to divide by
    assertThat(e.perRoot().get("05").recall()).isCloseTo(0.5, within(1e-9));
    assertThat(e.perRoot().get("01").coded()).isEqualTo(1);
    assertThat(e.perRoot().get("01").precision()).isZero();
    assertThat(e.perRoot().get("PROTEST").correct()).isEqualTo(1); // t8 is compared at PLOVER level
    assertThat(e.confusion().get("11")).containsEntry("11", 1);     // t5: one gold, one coded, actors differ
    assertThat(e.confusion().get("05")).containsEntry("05", 1).containsEntry(Evaluation.NONE, 1);
    assertThat(e.confusion().get(Evaluation.NONE)).containsEntry("01", 1);
  }

  @Test
  void allModalitiesCountsTheNegatedEventAsExtra() throws Exception {
    Counts t = evaluate(new EvalOptions(CodeLevel.CODE, ActorMatch.EXACT, true)).total();
    assertThat(t.coded()).isEqualTo(7);
    assertThat(t.recordsRight()).isEqualTo(3);
  }

  @Test
  void levels() {
    GoldEvent g = new GoldEvent(List.of(), List.of(), "0431", null);
    CodedEvent c = CodedEvent.of("FRD", "SYL", "043");
    Scorer s = new Scorer(EvalOptions.defaults(), PloverMap.builtIn());
    assertThat(s.codeMatches(g, c, CodeLevel.CODE)).isFalse();
    assertThat(s.codeMatches(g, c, CodeLevel.BASE)).isTrue();
    assertThat(s.codeMatches(g, CodedEvent.of("FRD", "SYL", "042"), CodeLevel.BASE)).isFalse();
    assertThat(s.codeMatches(g, CodedEvent.of("FRD", "SYL", "042"), CodeLevel.ROOT)).isTrue();
    assertThat(s.codeMatches(new GoldEvent(List.of(), List.of(), "04", null), c, CodeLevel.BASE)).isTrue();
    assertThat(s.codeMatches(g, CodedEvent.of("FRD", "SYL", "036"), CodeLevel.PLOVER)).isFalse();
    assertThat(s.codeMatches(new GoldEvent(List.of(), List.of(), "0871", null), CodedEvent.of("A", "B", "087"),
        CodeLevel.PLOVER)).isTrue();
  }

  @Test
  void atPloverLevelAStatementIsOutsideTheComparison() {
    GoldRecord r = new GoldRecord("p1", java.util.Optional.empty(), "text", "AGREE",
        List.of(new GoldEvent(List.of("FRD"), List.of(), null, "AGREE")), false, null, false, "test");
    Scorer s = new Scorer(new EvalOptions(CodeLevel.CODE, ActorMatch.COUNTRY, false), PloverMap.builtIn());
    RecordResult res = s.score(r, List.of(CodedEvent.of("FRD", "SYL", "030"), CodedEvent.of("FRD", "", "010")));
    assertThat(res.counted()).extracting(CodedEvent::code).containsExactly("030");
    assertThat(res.right()).isTrue();
  }

  @Test
  void furtherMembersOfAMatchedCompoundAreNeitherRightNorExtra() {
    GoldRecord r = new GoldRecord("c1", java.util.Optional.empty(), "text", null,
        List.of(new GoldEvent(List.of("FRD"), List.of("SYL", "GON"), "161", null)), false, null, false, "test");
    Scorer s = new Scorer(new EvalOptions(CodeLevel.CODE, ActorMatch.COUNTRY, false), PloverMap.builtIn());
    RecordResult res = s.score(r, List.of(CodedEvent.of("FRD", "SYL", "161"), CodedEvent.of("FRD", "GON", "161"),
        CodedEvent.of("FRD", "ARN", "161")));
    assertThat(res.counted()).extracting(c -> c.target().country()).containsExactly("SYL", "ARN");
    assertThat(res.correct()).isEqualTo(1);
    assertThat(res.right()).as("ARN is a real extra").isFalse();
  }

  @Test
  void oldCameoCountryCodesMatchTheirIsoCodes() {
    assertThat(ActorMatch.COUNTRY.matches(List.of("JAP"), new org.dyad.model.Actor("JPN", "GOV"))).isTrue();
    assertThat(ActorMatch.COUNTRY.matches(List.of("ITL"), new org.dyad.model.Actor("ITA", ""))).isTrue();
  }

  @Test
  void atCountryLevelIgoAndNgoAreOneClassOfInternationalBodies() {
    org.dyad.model.Actor rightsGroup = new org.dyad.model.Actor("NGOHRW", "");
    org.dyad.model.Actor un = new org.dyad.model.Actor("IGOUNO", "");
    assertThat(ActorMatch.COUNTRY.matches(List.of("IGO"), rightsGroup)).isTrue();
    assertThat(ActorMatch.COUNTRY.matches(List.of("NGO"), un)).isTrue();
    assertThat(ActorMatch.COUNTRY.matches(List.of("NGO"), new org.dyad.model.Actor("IMGISI", ""))).isFalse();
    assertThat(ActorMatch.COUNTRY.matches(List.of("IGO"), new org.dyad.model.Actor("USA", "GOV"))).isFalse();
    assertThat(ActorMatch.EXACT.matches(List.of("IGO"), rightsGroup)).as("exact mode keeps them apart").isFalse();
  }

  @Test
  void atCountryLevelAGroupWithAHomeCountsAsThatCountry() {
    org.dyad.model.Actor hamas = new org.dyad.model.Actor("IMGHAM", "", "PSE");
    assertThat(ActorMatch.COUNTRY.matches(List.of("PSE"), hamas)).isTrue();
    assertThat(ActorMatch.COUNTRY.matches(List.of("ISR"), hamas)).isFalse();
    assertThat(ActorMatch.EXACT.matches(List.of("PSE"), hamas)).isFalse();
    assertThat(ActorMatch.EXACT.matches(List.of("IMGHAM"), hamas)).isTrue();
  }

  @Test
  void ploverMapTakesTheLongestPrefix() {
    PloverMap m = PloverMap.builtIn();
    assertThat(m.type("0871")).contains("RETREAT");
    assertThat(m.type("081")).contains("CONCEDE");
    assertThat(m.type("057")).contains("SUPPORT"); // PLOVER's own CAMEO table
    assertThat(m.type("0863")).contains("RETREAT");
    assertThat(m.type("0813")).contains("CONCEDE");
    assertThat(m.type("0831")).as("stepping down").contains("RETREAT");
    assertThat(m.type("0832")).contains("CONCEDE");
    assertThat(m.type("051")).contains("SUPPORT");
    assertThat(m.type("1951")).contains("FIGHT");
    assertThat(m.type("010")).isEmpty();
  }

  @Test
  void actorLists() {
    org.dyad.model.Actor usaGov = new org.dyad.model.Actor("USA", "GOV");
    assertThat(ActorMatch.EXACT.matches(List.of(), usaGov)).isTrue();
    assertThat(ActorMatch.EXACT.matches(List.of("RUS", "USAGOV"), usaGov)).isTrue();
    assertThat(ActorMatch.EXACT.matches(List.of("USA"), usaGov)).isTrue();
    assertThat(ActorMatch.EXACT.matches(List.of("USAMIL"), usaGov)).isFalse();
    assertThat(ActorMatch.COUNTRY.matches(List.of("USAMIL"), usaGov)).isTrue();
    assertThat(ActorMatch.COUNTRY.matches(List.of("RUSGOV"), usaGov)).isFalse();
    org.dyad.model.Actor un = new org.dyad.model.Actor("IGOUNO", "");
    assertThat(ActorMatch.EXACT.matches(List.of("IGO"), un)).isTrue();
    assertThat(ActorMatch.EXACT.matches(List.of("IGOEUR"), un)).isFalse();
  }

  @Test
  void reportHasTheSummaryKeysAndOneFailureLinePerWrongRecord(@TempDir Path dir) throws Exception {
    Evaluation e = evaluate(EvalOptions.defaults());
    ReportWriter.write(e, 0.5, dir);
    JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
    for (String key : List.of("records_total", "records_right", "gold_events", "coded_events", "correct_events",
        "precision", "recall", "f1", "extra_rate", "per_category", "per_root", "root_confusion", "error_records")) {
      assertThat(s.has(key)).as(key).isTrue();
    }
    assertThat(s.get("records_right").asInt()).isEqualTo(4);
    assertThat(s.get("per_category").get("none").get("extra_rate").isNull()).isTrue();
    List<String> lines = Files.readAllLines(dir.resolve("failures.jsonl"));
    assertThat(lines).hasSize(3); // t2, t3, t5
    JsonNode t2 = new ObjectMapper().readTree(lines.get(0));
    assertThat(t2.get("id").asText()).isEqualTo("t2");
    assertThat(t2.get("coded").get(0).get("rule").asText()).isEqualTo("test");
    assertThat(t2.get("expected").get(1).get("matched").asBoolean()).isFalse();
  }
}
