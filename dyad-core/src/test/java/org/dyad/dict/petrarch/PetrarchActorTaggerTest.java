package org.dyad.dict.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.actors.ArticleMemory;
import org.dyad.model.ActorMention;
import org.dyad.testing.Sentences;
import org.junit.jupiter.api.Test;

class PetrarchActorTaggerTest {
  private static final String ACTORS = """
      <!-- a test dictionary, written for dyad -->
      NORTHLAND [NTH]
      +NORTHLANDER   # a demonym
      NORTH_CAPE_CITY [NTHGOV]
      SOUTHMARSH [SMR]
      THE_ISLES [ISA/ISB]
      OLAF_BRENNER # a person with offices
      +BRENNER
      \t[NTHMIL <20000301]
      \t[NTHGOV 20000301-20081231]
      \t[NTHREB 20050101-20050131]  # an exception inside the term
      \t[NTHELI >20081231]
      RIVER_GUILD [---]
      """;
  private static final String AGENTS = """
      !PEOPLE! = MAN, MEN
      GOVERNMENT [~GOV]
      FOREIGN_MINISTER [~GOVFRM]
      SOLDIER [~MIL]
      POLICE {} [~COP]
      STUDENT [~EDU]
      CHARITY_WORKER [NGO~]
      MAIN_OPPOSITION_GROUP [~MOP]
      LAW!PEOPLE! [~LEG]
      """;
  private static final String VERBS = """
      --- PRAISE [051] ---
      PRAISE
      """;

  private final PetrarchActorTagger tagger = PetrarchDictionaries.fromText(ACTORS, AGENTS, VERBS,
      "PENALTY SHOOTOUT\n+CUP FINAL\n").actors();

  private List<String> codes(String text, String date) {
    return tagger.tag(Sentences.of(text), new ArticleMemory(), date == null ? null : LocalDate.parse(date))
        .stream().map(m -> m.actor().code()).toList();
  }

  @Test
  void actorsMatchWholeWordsInAnyCaseIncludingSynonyms() {
    assertThat(codes("Northland and the northlander met Southmarsh officials.", null))
        .containsExactly("NTH", "NTH", "SMR");
    assertThat(codes("The Northlands sent envoys to North Cape City.", null)).containsExactly("NTHGOV");
  }

  @Test
  void datedCodesHoldOnTheArticleDateAndTheNarrowestWins() {
    assertThat(codes("Brenner spoke.", "1999-05-01")).containsExactly("NTHMIL");
    assertThat(codes("Brenner spoke.", "2000-03-01")).containsExactly("NTHGOV");
    assertThat(codes("Brenner spoke.", "2005-01-15")).containsExactly("NTHREB");
    assertThat(codes("Brenner spoke.", "2008-12-31")).containsExactly("NTHGOV");
    assertThat(codes("Olaf Brenner spoke.", "2009-01-01")).containsExactly("NTHELI");
  }

  @Test
  void agentsCombineWithTheActorBeforeOrAfterThem() {
    assertThat(codes("Northland's government protested.", null)).containsExactly("NTHGOV");
    assertThat(codes("The foreign minister of Southmarsh protested.", null)).containsExactly("SMRGOVFRM");
    assertThat(codes("Soldiers and police in Northland and Southmarsh protested.", null))
        .containsExactlyInAnyOrder("NTHMIL", "SMRMIL", "NTHCOP", "SMRCOP");
    assertThat(codes("Charity workers Southmarsh students", null)).containsExactly("NGOSMREDU");
    assertThat(codes("Southmarsh's main opposition groups", null)).containsExactly("SMRMOP");
  }

  @Test
  void pluralsSubstitutionsAndFormerAreApplied() {
    assertThat(codes("Northland lawmen", null)).containsExactly("NTHLEG");
    assertThat(codes("Northland lawmans", null)).containsExactly("NTHLEG");
    assertThat(codes("Southmarsh polices", null)).containsExactly("SMR"); // {} means no plural
    assertThat(codes("Former Northland soldiers", null)).containsExactly("NTHELI");
    assertThat(codes("Students rioted.", null)).containsExactly("---EDU");
  }

  @Test
  void anAgentAlreadyInTheActorCodeIsNotRepeated() {
    assertThat(codes("North Cape City government officials", null)).containsExactly("NTHGOV");
  }

  @Test
  void severalCodesGiveOneMentionEachOverTheSamePhrase() {
    List<ActorMention> m = tagger.tag(Sentences.of("The Isles protested."), new ArticleMemory(), null);
    assertThat(m).extracting(x -> x.actor().code()).containsExactly("ISA", "ISB");
    assertThat(m.get(0).firstToken()).isEqualTo(m.get(1).firstToken());
    assertThat(m.get(0).entry()).contains("actors.txt:6");
  }

  @Test
  void nullCodedActorsAndDiscardedSentencesYieldNoActors() {
    assertThat(codes("The River Guild met Northland.", null)).containsExactly("NTH");
    assertThat(codes("Northland won the penalty shootout against Southmarsh.", null)).isEmpty();
  }

  @Test
  void aTitleTakesTheNameAfterIt() {
    List<ActorMention> m = tagger.tag(Sentences.of("Northland Foreign Minister Ada Lind arrived."),
        new ArticleMemory(), null);
    assertThat(m).hasSize(1);
    assertThat(m.get(0).actor().code()).isEqualTo("NTHGOVFRM");
    assertThat(m.get(0).text()).isEqualTo("Northland Foreign Minister Ada Lind");
  }
}
