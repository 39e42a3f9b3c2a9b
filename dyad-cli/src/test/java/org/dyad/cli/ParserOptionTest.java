package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --parser dyad} codes with dyad's own parser; {@code dyad parse} writes CoNLL-U. */
class ParserOptionTest {
  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void codesWithDyadsOwnParser() throws Exception {
    Path in = dir.resolve("a.txt");
    Files.writeString(in, "Peru accused Chile of spying on Tuesday.\n");
    Path out = dir.resolve("events.jsonl");
    CliRun r = run("code", in.toString(), "--out", out.toString(), "--parser", "dyad");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(1);
    JsonNode e = new ObjectMapper().readTree(lines.get(0));
    assertThat(e.get("source").asText()).isEqualTo("PER");
    assertThat(e.get("target").asText()).isEqualTo("CHL");
    assertThat(e.get("root").asText()).isEqualTo("11");
  }

  @Test
  void anUnknownParserIsAUsageError() {
    CliRun r = run("explain", "--parser", "spacy", "Peru accused Chile.");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown parser 'spacy'");
  }

  @Test
  void parseWritesConllu() throws Exception {
    Path in = dir.resolve("b.txt");
    Files.writeString(in, "Rebels seized the town. Troops withdrew.\n");
    Path out = dir.resolve("b.conllu");
    CliRun r = run("parse", in.toString(), "--out", out.toString(), "--parser", "dyad");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> rows = Files.readAllLines(out).stream().filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    assertThat(rows).hasSize(8);
    assertThat(rows.get(1).split("\t")).containsExactly("2", "seized", "seize", "_", "VBD", "_", "0", "root", "_", "_");
  }
}
