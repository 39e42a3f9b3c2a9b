package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.ActorMention;
import org.dyad.testing.Sentences;
import org.junit.jupiter.api.Test;

class ActorTaggerTest {
  private static final ActorDictionary DICTIONARY = ActorDictionary.builtIn();
  private static final LocalDate DAY = LocalDate.of(2019, 5, 1);
  private final ActorTagger tagger = new ActorTagger(DICTIONARY);

  private static List<String> codes(List<ActorMention> mentions) {
    return mentions.stream().map(m -> m.actor().code()).toList();
  }

  private List<ActorMention> tag(String text, ArticleMemory memory, LocalDate date) {
    return tagger.tag(Sentences.of(text), memory, date);
  }

  @Test
  void countriesDemonymsAndCapitalsAreCoded() {
    List<ActorMention> m = tag("Turkish troops crossed into Syria as Moscow watched.", new ArticleMemory(), DAY);
    assertThat(codes(m)).containsExactly("TURMIL", "SYR", "RUSGOV");
    assertThat(m.get(0).text()).isEqualTo("Turkish troops");
    assertThat(m.get(2).entry()).contains("countries.tsv").contains("Moscow");
  }

  @Test
  void aCapitalNamingAProcessIsNotTheGovernment() {
    assertThat(codes(tag("Egypt welcomed the Astana process and the Minsk agreements.", new ArticleMemory(), DAY)))
        .containsExactly("EGY");
  }

  @Test
  void aPossessiveCountryTakesTheRoleThatFollows() {
    List<ActorMention> m = tag("Iran's Foreign Ministry spokesman spoke.", new ArticleMemory(), DAY);
    assertThat(codes(m)).containsExactly("IRNGOV");
    assertThat(m.get(0).text()).isEqualTo("Iran's Foreign Ministry spokesman");
  }

  @Test
  void theLongestRolePhraseWins() {
    assertThat(codes(tag("Syrian opposition forces advanced.", new ArticleMemory(), DAY))).containsExactly("SYROPP");
    assertThat(codes(tag("Syrian government forces advanced.", new ArticleMemory(), DAY))).containsExactly("SYRMIL");
  }

  @Test
  void aTitledNameIsLearnedForTheRestOfTheArticle() {
    ArticleMemory memory = new ArticleMemory();
    List<ActorMention> first = tag("Egyptian Foreign Minister Karim Hosny arrived in Rome.", memory, DAY);
    assertThat(codes(first)).containsExactly("EGYGOV", "ITAGOV");
    List<ActorMention> later = tag("Hosny then flew home.", memory, DAY);
    assertThat(codes(later)).containsExactly("EGYGOV");
    assertThat(later.get(0).learned()).isTrue();
    assertThat(later.get(0).entry()).contains("Egyptian Foreign Minister Karim Hosny");
  }

  @Test
  void aPortfolioTitleIsStillATitle() {
    ArticleMemory memory = new ArticleMemory();
    assertThat(codes(tag("Iraqi Oil Minister Salim Haddad spoke.", memory, DAY))).containsExactly("IRQGOV");
    assertThat(codes(tag("Haddad spoke again.", memory, DAY))).containsExactly("IRQGOV");
  }

  @Test
  void aNameAfterACommaIsAnApposition() {
    ArticleMemory memory = new ArticleMemory();
    tag("Russia's Foreign Ministry spokeswoman, Irina Volkova, said so.", memory, DAY);
    assertThat(codes(tag("Volkova added more.", memory, DAY))).containsExactly("RUSGOV");
  }

  @Test
  void heAndSheTakeTheLastPersonMentioned() {
    ArticleMemory memory = new ArticleMemory();
    tag("Turkish presidential spokesman Emre Aksoy spoke first.", memory, DAY);
    List<ActorMention> m = tag("He said more.", memory, DAY);
    assertThat(codes(m)).containsExactly("TURGOV");
    assertThat(m.get(0).entry()).startsWith("pronoun");
  }

  @Test
  void aPronounWithNobodyBeforeItIsNotAnActor() {
    assertThat(tag("He said more.", new ArticleMemory(), DAY)).isEmpty();
  }

  @Test
  void knownPeopleAreCodedByTheirOfficeOnTheDate() {
    assertThat(codes(tag("Cavusoglu spoke.", new ArticleMemory(), LocalDate.of(2019, 1, 1)))).containsExactly("TURGOV");
    assertThat(codes(tag("Cavusoglu spoke.", new ArticleMemory(), LocalDate.of(2024, 1, 1)))).containsExactly("TURELI");
  }

  @Test
  void acronymsMatchOnlyInCapitals() {
    assertThat(codes(tag("The US and the UN disagreed.", new ArticleMemory(), DAY))).containsExactly("USA", "IGOUNO");
    assertThat(tag("Let us talk about it.", new ArticleMemory(), DAY)).isEmpty();
  }

  @Test
  void organisationsAndArmedGroupsAreCoded() {
    assertThat(codes(tag("NATO warned Daesh and the PKK.", new ArticleMemory(), DAY)))
        .containsExactly("IGOEURNATO", "IMGISI", "IMGPKK");
  }

  @Test
  void offsetsAreThoseOfTheSentence() {
    var s = Sentences.of("Yesterday Iraqi police arrived.");
    ActorMention m = tagger.tag(s, new ArticleMemory(), DAY).get(0);
    assertThat(s.text().substring(m.start(), m.end())).isEqualTo("Iraqi police");
    assertThat(m.actor().code()).isEqualTo("IRQCOP");
  }
}
