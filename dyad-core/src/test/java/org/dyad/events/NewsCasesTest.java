package org.dyad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.testing.Coded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The cases of news-cases.tsv: one sentence a line with the events it must (and must not) yield. */
class NewsCasesTest {
  static Stream<Arguments> cases() throws Exception {
    List<Arguments> out = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        NewsCasesTest.class.getResourceAsStream("news-cases.tsv"), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#") || line.startsWith("sentence\t")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2) {
          throw new IllegalArgumentException("news-cases.tsv:" + n + ": expected 2 tab-separated columns");
        }
        out.add(Arguments.of("news-cases.tsv:" + n, cols[0], cols[1]));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void codesAsExpected(String where, String sentence, String expect) {
    List<String> coded = Coded.describe(sentence);
    for (String e : expect.split(" ; ")) {
      if (e.startsWith("!")) {
        assertThat(coded).as(where).doesNotContain(e.substring(1));
      } else {
        assertThat(coded).as(where).contains(e);
      }
    }
  }
}
