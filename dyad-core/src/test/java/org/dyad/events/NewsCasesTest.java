package org.dyad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.dyad.testing.CaseFile;
import org.dyad.testing.Coded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The cases of news-cases.tsv: one sentence a line with the events it must (and must not) yield. */
class NewsCasesTest {
  static Stream<Arguments> cases() {
    return CaseFile.rows(NewsCasesTest.class, "news-cases.tsv", 2).stream()
        .map(c -> Arguments.of(c.at(), c.get(0), c.get(1)));
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
