package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.ActorMention;
import org.dyad.testing.Sentences;
import org.junit.jupiter.api.Test;

/** A people named by a demonym belongs to the state of its place when the text says where it lives. */
class EthnicGroupsTest {
  private static final ActorDictionary DICTIONARY = ActorDictionary.builtIn();
  private final ActorTagger tagger = new ActorTagger(DICTIONARY);

  private List<String> codes(String text) {
    return tagger.tag(Sentences.of(text), new ArticleMemory(), LocalDate.of(2001, 3, 1)).stream()
        .map(m -> m.actor().code()).toList();
  }

  @Test
  void aPlacesWordBeforeAnotherPeopleIsOneActorOfThatPlace() {
    assertThat(codes("Bosnian Croats rejected the plan.")).containsExactly("BIH");
    assertThat(codes("Kosovo Albanians marched to the square.")).containsExactly("KSV");
    assertThat(codes("Croatian Serb refugees crossed the river.")).containsExactly("HRVREF");
    List<ActorMention> m = tagger.tag(Sentences.of("Bosnian Croat forces shelled the town."), new ArticleMemory(), null);
    assertThat(m).extracting(a -> a.actor().code()).containsExactly("BIHMIL");
    assertThat(m.get(0).text()).isEqualTo("Bosnian Croat forces");
    assertThat(m.get(0).entry()).startsWith("people of a place: Bosnian");
  }

  @Test
  void cyprusCommunitiesNameTheirEthnicityFirst() {
    assertThat(codes("Turkish Cypriots voted on the plan.")).containsExactly("CYP");
  }

  @Test
  void anEthnicGroupOrAPeopleOfAPlaceBelongsToThatPlace() {
    assertThat(codes("Ethnic Hungarians in northern Romania voted.")).containsExactly("ROU", "ROU");
    assertThat(codes("The Hungarians of Slovakia protested.")).containsExactly("SVK", "SVK");
    assertThat(codes("Americans in Iraq were told to stay indoors.")).as("a people merely in a place")
        .containsExactly("USA", "IRQ");
  }

  @Test
  void anEthnicGroupTakesTheOnlyOtherCountryOfItsSentence() {
    assertThat(codes("Ethnic Uzbeks fled as Kyrgyz troops advanced.")).containsExactly("KGZ", "KGZMIL");
    assertThat(codes("Ethnic Russians met Latvian and Estonian officials.")).as("two others: no guess")
        .containsExactly("RUS", "LVA", "ESTGOV");
  }

  @Test
  void guerrillasAreRebels() {
    assertThat(codes("Afghan guerrillas blew up a bridge.")).containsExactly("AFGREB");
  }
}
