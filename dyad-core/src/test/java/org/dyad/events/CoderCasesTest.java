package org.dyad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.testing.Coded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case of coder-cases.txt (a sentence and the events it must give) through the pipeline. */
class CoderCasesTest {
  private static final String FILE = "coder-cases.txt";

  /** One line of the file. */
  record Case(String where, String sentence, List<String> expected) {
    @Override
    public String toString() {
      return where + " " + sentence;
    }
  }

  static Stream<Case> cases() throws IOException {
    try (InputStream in = CoderCasesTest.class.getResourceAsStream("/org/dyad/events/" + FILE)) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      List<Case> out = new ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String where = FILE + ":" + (i + 1);
        String[] halves = line.split("=>");
        if (halves.length != 2) {
          throw new IllegalArgumentException(where + ": expected 'SENTENCE => EVENTS' or 'SENTENCE => nothing'");
        }
        String events = halves[1].strip();
        List<String> expected = events.equals("nothing") ? List.of()
            : Arrays.stream(events.split(";")).map(e -> e.strip().replaceAll("\\s+", " ")).toList();
        for (String e : expected) {
          if (e.split(" ").length != 4) {
            throw new IllegalArgumentException(where + ": '" + e + "' is not 'SOURCE CODE TARGET MODALITY'");
          }
        }
        out.add(new Case(where, halves[0].strip(), expected));
      }
      return out.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theSentenceGivesExactlyItsEvents(Case c) {
    List<String> coded = Coded.events(c.sentence()).stream()
        .map(e -> (e.source().isNone() ? "-" : e.source().actor().toString()) + " " + e.code().code() + " "
            + (e.target().isNone() ? "-" : e.target().actor().toString()) + " " + e.modality().label())
        .toList();
    assertThat(coded).as(c.where()).containsExactlyInAnyOrderElementsOf(c.expected());
  }
}
