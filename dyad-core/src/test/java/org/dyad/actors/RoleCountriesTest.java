package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.ActorMention;
import org.dyad.testing.Sentences;
import org.junit.jupiter.api.Test;

/** Actors named by their role alone get the country of their place, their sentence or their article. */
class RoleCountriesTest {
  private static final ActorDictionary DICTIONARY = ActorDictionary.builtIn();
  private static final LocalDate DAY = LocalDate.of(2019, 5, 1);
  /** A tiny stand-in for the gazetteer: the places these sentences name. */
  private static final Map<String, String> PLACES = Map.of("Kivu", "COD", "Mombasa", "KEN", "Kumasi", "GHA",
      "Drug", "IND");
  private final ActorTagger tagger = new ActorTagger(DICTIONARY,
      (name, named) -> Optional.ofNullable(PLACES.get(name)));

  private List<ActorMention> tag(String text, ArticleMemory memory) {
    return tagger.tag(Sentences.of(text), memory, DAY);
  }

  private List<String> codes(String text) {
    return tag(text, new ArticleMemory()).stream().map(m -> m.actor().code()).toList();
  }

  @Test
  void aPlaceBeforeTheRoleIsTheActorsCountry() {
    List<ActorMention> m = tag("Kivu rebels ambushed a convoy.", new ArticleMemory());
    assertThat(m).extracting(a -> a.actor().code()).containsExactly("CODREB");
    assertThat(m.get(0).entry()).startsWith("inferred COD from the place in its phrase (Kivu)");
  }

  @Test
  void aPlaceNamedThroughTheCityOfCountsAmongTheSentencesCountries() {
    // a Danish force and a Kenyan city: the militants are of the only country the sentence places
    // things in, not of the foreign force beside them
    assertThat(codes("Danish troops shelled the city of Mombasa and fought militants there."))
        .containsExactly("DNKMIL", "KENREB");
  }

  @Test
  void aPlaceAfterTheRoleWinsOverOtherCountriesOfTheSentence() {
    assertThat(codes("Demonstrators in Mombasa blocked the road to the Danish embassy."))
        .containsExactly("KENOPP", "DNKGOV");
    assertThat(codes("Workers of the Northern Cement Company of Kumasi walked out.")).containsExactly("GHACVL");
    assertThat(codes("Police fired tear gas at protesters in the Chilean capital."))
        .containsExactly("CHLCOP", "CHLOPP");
  }

  @Test
  void otherwiseTheOnlyCountryOfTheSentence() {
    assertThat(codes("Officials said Peru would reopen the border.")).containsExactly("PERGOV", "PER");
    assertThat(codes("Riot police dispersed students in Lima.")).as("a capital after 'in' is a place")
        .containsExactly("PERCOP", "PERCVL");
    assertThat(codes("Officials said Peru and Chile would reopen the border.")).as("two countries: no guess")
        .containsExactly("---GOV", "PER", "CHL");
  }

  @Test
  void otherwiseTheCountryTheArticleIsClearlyAbout() {
    ArticleMemory about = new ArticleMemory();
    tag("Ghana's president spoke in Accra as Ghana's army moved north.", about);
    assertThat(tag("Officials gave no details.", about)).extracting(a -> a.actor().code()).containsExactly("GHAGOV");
    ArticleMemory unclear = new ArticleMemory();
    tag("Ghana's president met Togo's president.", unclear);
    assertThat(tag("Officials gave no details.", unclear)).extracting(a -> a.actor().code())
        .containsExactly("---GOV");
  }

  @Test
  void aRegionIsNoCountryAndUnknownGunmenStayUnknown() {
    assertThat(codes("Officials said the Middle East needs calm.")).containsExactly("---GOV", "MEA");
    assertThat(codes("Gunmen attacked a bank in Lima.")).containsExactly("---UAF");
  }

  @Test
  void aCapitalisedRoleAfterCapitalisedWordsIsANameNotAPlacesRole() {
    assertThat(codes("The Food and Drug Administration said so.")).containsExactly("---GOV");
  }

  @Test
  void aDemonymAndItsRoleNounAreOneActorAcrossAFewWords() {
    assertThat(codes("Angry Danish dock workers blocked the quay.")).containsExactly("DNKCVL");
    assertThat(codes("Chadian communist rebels freed two hostages.")).containsExactly("TCDREB");
    assertThat(codes("Chad supports rebels in the east.")).as("a country name and a verb: two phrases")
        .containsExactly("TCD", "TCDREB");
    assertThat(codes("The UN war crimes court indicted him.")).containsExactly("IGOUNOJUD");
  }

  @Test
  void aLeadersNameBeforeGovernmentIsThatLeadersGovernment() {
    List<ActorMention> m = tagger.tag(Sentences.of("The Putin government denied it."), new ArticleMemory(),
        LocalDate.of(2015, 3, 1));
    assertThat(m).extracting(a -> a.actor().code()).containsExactly("RUSGOV");
    assertThat(m.get(0).text()).isEqualTo("Putin government");
  }

  @Test
  void aPersonIsNotGivenTheCountryOfAnotherPerson() {
    assertThat(codes("President Tomas Ferrer welcomed Chilean President Ana Soto."))
        .containsExactly("---GOV", "CHLGOV");
  }

  @Test
  void aTitledPersonResolvedSoIsLearnedWithTheCountry() {
    ArticleMemory memory = new ArticleMemory();
    assertThat(tag("President Tomas Ferrer addressed Paraguay's congress.", memory))
        .extracting(a -> a.actor().code()).containsExactly("PRYGOV", "PRYLEG");
    assertThat(tag("Ferrer left early.", memory)).extracting(a -> a.actor().code()).containsExactly("PRYGOV");
  }
}
