package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCommandTest {
  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void codesADirectoryToJsonLinesAndReportsBadFilesWithoutLosingTheRest() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Some News Site\nThu Jun 6, 2019 9:00AM\n\nPeru accused Chile of spying on Tuesday.\nSHARE\n");
    Files.write(corpus.resolve("b.txt"), new byte[] {'G', 'I', 'F', 0, 1, 2});
    Files.writeString(corpus.resolve("c.txt"), "Morocco did not attack Algeria.\n");
    Path out = dir.resolve("out/events.jsonl");

    CliRun r = run("code", corpus.toString(), "--out", out.toString(), "--threads", "2");

    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).contains("b.txt").contains("binary").contains("2 articles coded")
        .contains("1 input failed").containsPattern("sentences/s");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(1); // the negated attack is not an event by default
    JsonNode e = new ObjectMapper().readTree(lines.get(0));
    assertThat(e.get("article").asText()).isEqualTo("a.txt");
    assertThat(e.get("article_date").asText()).isEqualTo("2019-06-06");
    assertThat(e.get("date").asText()).isEqualTo("2019-06-04");
    assertThat(e.get("source").asText()).isEqualTo("PER");
    assertThat(e.get("target").asText()).isEqualTo("CHL");
    assertThat(e.get("code").asText()).isEqualTo("112");
    assertThat(e.get("root").asText()).isEqualTo("11");
    assertThat(e.get("quad_class").asInt()).isEqualTo(3);
    assertThat(e.get("goldstein").asDouble()).isEqualTo(-2.0);
    assertThat(e.get("modality").asText()).isEqualTo("asserted");
    assertThat(e.get("trigger").asText()).isEqualTo("accused");
    assertThat(e.get("rule").asText()).contains("accuse");
    for (String field : List.of("sentence_index", "sentence", "source_country", "source_text", "target_country",
        "target_text")) {
      assertThat(e.has(field)).as(field).isTrue();
    }
  }

  @Test
  void allModalitiesKeepsNegatedEventsAndTsvHasAHeader() throws Exception {
    Path f = Files.writeString(dir.resolve("n.txt"), "Morocco did not attack Algeria.\n");
    Path out = dir.resolve("events.tsv");
    CliRun r = run("code", f.toString(), "--out", out.toString(), "--format", "tsv", "--all-modalities");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).startsWith("article\tarticle_date\tarticle_date_basis\tdate\t");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).contains("\tMAR\t").contains("\tDZA\t").contains("\tnegated\t");
  }

  @Test
  void aUsersWordClassTakesEffectAndATypoInOneStopsTheRunWithFileAndLine() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Turkey suspended the parley with Greece on Monday.\n");
    Path lexicon = Files.createDirectories(dir.resolve("lexicon"));
    Path out = dir.resolve("events.jsonl");
    run("code", corpus.toString(), "--out", out.toString());
    assertThat(Files.readAllLines(out)).as("'parley' is no negotiation word of the built-in lexicon").isEmpty();

    Files.writeString(lexicon.resolve("talks.txt"), "&talks  # the built-in words\nparley\n");
    CliRun r = run("code", corpus.toString(), "--out", out.toString(), "--lexicon", lexicon.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(0);
    JsonNode e = new ObjectMapper().readTree(Files.readAllLines(out).get(0));
    assertThat(e.get("code").asText()).isEqualTo("164");
    assertThat(e.get("rule").asText()).contains("obj:&talks");

    Files.writeString(lexicon.resolve("talks.txt"), "&talks\n&parleys\n");
    r = run("code", corpus.toString(), "--out", out.toString(), "--lexicon", lexicon.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("talks.txt:2").contains("&parleys");
  }

  @Test
  void anUnknownFormatIsAUsageError() throws Exception {
    Path f = Files.writeString(dir.resolve("n.txt"), "Text.\n");
    CliRun r = run("code", f.toString(), "--format", "xml");
    assertThat(r.exit()).isNotZero();
    assertThat(r.err()).contains("--format 'xml' is not an output format");
  }

  @Test
  void withoutOutEventsGoIntoADatabaseAndExportAndQueryReadIt() throws Exception {
    Path f = Files.writeString(dir.resolve("a.txt"), "Thu Jun 6, 2019 9:00AM\n\nPeru accused Chile of spying on Tuesday.\n");
    Path db = dir.resolve("db/events.duckdb");
    CliRun r = run("code", f.toString(), "--db", db.toString(), "--threads", "1");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("1 articles coded").contains("now holds 1 articles, 1 event mentions merged into 1 events");
    CliRun again = run("code", f.toString(), "--db", db.toString());
    assertThat(again.err()).contains("1 already stored").contains("merged into 1 events")
        .doesNotContain("models and dictionaries loaded"); // nothing to code: no model loads

    Path gdelt = dir.resolve("events.tsv");
    CliRun x = run("export", "--db", db.toString(), "--format", "gdelt", "--out", gdelt.toString(), "--actor", "PER");
    assertThat(x.exit()).as(x.err()).isZero();
    assertThat(Files.readAllLines(gdelt)).hasSize(1).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61)); // no header row, as GDELT's files
    assertThat(run("export", "--db", db.toString(), "--format", "xls", "--out", "x").err())
        .contains("unknown export format 'xls'");

    CliRun query = run("query", "--db", db.toString(), "--dyad", "PER,CHL", "--by", "year");
    assertThat(query.exit()).isZero();
    assertThat(query.out()).contains("2019").containsPattern("total\\s+1\\s+1\\s+-2\\.0");

    CliRun csv = run("export", "--db", db.toString(), "--format", "csv", "--out", "-");
    assertThat(csv.exit()).isZero();
    assertThat(csv.out().lines()).hasSize(2).first().asString().startsWith("event_id,");
    assertThat(Files.exists(Path.of("-"))).as("no file named '-'").isFalse();
    assertThat(run("code", f.toString(), "--db", db.toString(), "--out", "x.jsonl").err()).contains("not both");
  }

  @Test
  void eventsThatCannotBeWrittenEndTheRunWithTheWriteFailedCode() throws Exception {
    // /dev/full fails every write with "No space left on device", as a full disk does.
    Path f = Files.writeString(dir.resolve("p.txt"), "Thu Jun 6, 2019 9:00AM\n\nPeru accused Chile of spying on Tuesday.\n");
    CliRun r = run("code", f.toString(), "--out", "/dev/full");
    assertThat(r.exit()).as(r.err()).isEqualTo(OutputFile.WRITE_FAILED);
    assertThat(r.err()).contains("cannot write /dev/full").doesNotContain("Exception in");
  }
}
