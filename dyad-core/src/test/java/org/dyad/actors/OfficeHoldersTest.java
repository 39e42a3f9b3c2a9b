package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.model.ActorMention;
import org.dyad.testing.Sentences;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The built-in table of office holders and named groups codes people by the office they held on the
 * article's date, and groups by their country and sector. One case a line in office-holders.tsv.
 */
class OfficeHoldersTest {
  private static final ActorTagger TAGGER = new ActorTagger(ActorDictionary.builtIn());

  @TestFactory
  Stream<DynamicTest> eachCaseCodesItsFirstActor() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        OfficeHoldersTest.class.getResourceAsStream("office-holders.tsv"), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#") || line.startsWith("sentence\t")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        assertThat(f).as("office-holders.tsv:%d has sentence, date, code", n).hasSize(3);
        LocalDate date = f[1].isEmpty() ? null : LocalDate.parse(f[1]);
        int lineNo = n;
        tests.add(DynamicTest.dynamicTest("office-holders.tsv:" + n + " " + f[0] + " (" + f[1] + ")", () -> {
          List<ActorMention> found = TAGGER.tag(Sentences.of(f[0]), new ArticleMemory(), date);
          assertThat(found).as("office-holders.tsv:%d finds an actor in '%s'", lineNo, f[0]).isNotEmpty();
          assertThat(found.get(0).actor().code()).as("office-holders.tsv:%d '%s' on %s", lineNo, f[0], f[1])
              .isEqualTo(f[2]);
        }));
      }
    }
    assertThat(tests).hasSizeGreaterThan(20);
    return tests.stream();
  }
}
