package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Article;
import org.dyad.testing.SharedPipeline;
import org.junit.jupiter.api.Test;

class UnknownActorsTest {
  private static UnknownActors.Name named(List<UnknownActors.Name> names, String text) {
    return names.stream().filter(n -> n.text().equals(text)).findFirst().orElseThrow(
        () -> new AssertionError(text + " not among " + names));
  }

  @Test
  void uncodedNamesAreCountedAcrossArticlesWithExamples() {
    UnknownActors unknown = new UnknownActors(1);
    unknown.add(SharedPipeline.get().code(new Article("a", "Tomas Velkov met Peru's president on Monday. "
        + "The Velkov Foundation paid for the trip.")));
    unknown.add(SharedPipeline.get().code(new Article("b", "Later, Tomas Velkov flew home.")));
    List<UnknownActors.Name> top = unknown.top(10);

    UnknownActors.Name velkov = named(top, "Tomas Velkov");
    assertThat(velkov.count()).isEqualTo(2);
    assertThat(velkov.articles()).isEqualTo(2);
    assertThat(velkov.kind()).isEqualTo(UnknownActors.Kind.PERSON);
    assertThat(velkov.examples()).containsExactly("a: Tomas Velkov met Peru's president on Monday.");
    assertThat(named(top, "Velkov Foundation").kind()).isEqualTo(UnknownActors.Kind.ORGANISATION);
    assertThat(top.get(0).text()).isEqualTo("Tomas Velkov");
  }

  @Test
  void codedActorsAndSentenceWordsAreNotUnknown() {
    UnknownActors unknown = new UnknownActors(1);
    unknown.add(SharedPipeline.get().code(new Article("a", "On Monday, Russian Foreign Minister Sergei Lavrov "
        + "called NATO. The talks ended.")));
    assertThat(unknown.top(10)).extracting(UnknownActors.Name::text).doesNotContain("Sergei Lavrov", "Lavrov",
        "NATO", "Monday", "On", "The", "Russian", "Foreign Minister");
  }

  @Test
  void acronymsAndOrganisationWordsAreGuessedAsOrganisations() {
    assertThat(UnknownActors.kind("Free Patriotic Movement")).isEqualTo(UnknownActors.Kind.ORGANISATION);
    assertThat(UnknownActors.kind("ZANU")).isEqualTo(UnknownActors.Kind.ORGANISATION);
    assertThat(UnknownActors.kind("Tomas Velkov")).isEqualTo(UnknownActors.Kind.PERSON);
  }
}
