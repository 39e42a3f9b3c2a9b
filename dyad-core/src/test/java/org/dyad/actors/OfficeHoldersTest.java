package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.model.ActorMention;
import org.dyad.testing.CaseFile;
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
  Stream<DynamicTest> eachCaseCodesItsFirstActor() {
    List<DynamicTest> tests = new ArrayList<>();
    for (CaseFile.Row c : CaseFile.rows(OfficeHoldersTest.class, "office-holders.tsv", 3)) {
      String sentence = c.get(0);
      LocalDate date = c.get(1).isEmpty() ? null : LocalDate.parse(c.get(1));
      tests.add(DynamicTest.dynamicTest(c.at() + " " + sentence + " (" + c.get(1) + ")", () -> {
        List<ActorMention> found = TAGGER.tag(Sentences.of(sentence), new ArticleMemory(), date);
        assertThat(found).as("%s finds an actor in '%s'", c.at(), sentence).isNotEmpty();
        assertThat(found.get(0).actor().code()).as("%s '%s' on %s", c.at(), sentence, c.get(1)).isEqualTo(c.get(2));
      }));
    }
    assertThat(tests).hasSizeGreaterThan(20);
    return tests.stream();
  }
}
