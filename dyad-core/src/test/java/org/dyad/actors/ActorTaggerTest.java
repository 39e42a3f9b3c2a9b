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
    assertThat(codes(first)).containsExactly("EGYGOV");
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
  void aGroupRootedInOneCountryKeepsItsCodeAndCountsAsThatCountry() {
    List<ActorMention> m = tag("Hezbollah militants and Taliban commanders met an envoy of the PKK.", new ArticleMemory(),
        DAY);
    assertThat(codes(m)).containsExactly("IMGHEZREB", "IMGTALMIL", "IMGPKK");
    assertThat(m).extracting(a -> a.actor().countryLevel()).containsExactly("LBN", "AFG", "TUR");
    List<ActorMention> isis = tag("Daesh claimed the bombing.", new ArticleMemory(), DAY);
    assertThat(isis.get(0).actor().countryLevel()).as("a group of no one country").isEqualTo("IMGISI");
    List<ActorMention> leader = tag("Yahya Sinwar spoke.", new ArticleMemory(), LocalDate.of(2020, 1, 1));
    assertThat(leader.get(0).actor().countryLevel()).as("people coded as a group's members").isEqualTo("PSE");
  }

  @Test
  void palestinianInstitutionsAndPartiesAreCoded() {
    assertThat(codes(tag("The PLO and Fatah met the Palestinian Authority and the AKP.", new ArticleMemory(), DAY)))
        .containsExactly("PSEGOV", "PSEPTY", "PSEGOV", "TURPTY");
  }

  @Test
  void aNationalArmedGroupIsItsCountrysRebels() {
    assertThat(codes(tag("UNITA and the Tamil Tigers signed nothing.", new ArticleMemory(), DAY)))
        .containsExactly("AGOREB", "LKAREB");
  }

  @Test
  void aDirectionBeforeAPlaceIsPartOfThePlaceNotTheWest() {
    assertThat(codes(tag("Rebels regrouped in Western Angola.", new ArticleMemory(), DAY)))
        .containsExactly("AGOREB", "AGO");
    assertThat(codes(tag("Western diplomats criticised Angola.", new ArticleMemory(), DAY)))
        .containsExactly("WSTGOV", "AGO");
  }

  @Test
  void aDemonymDescribingWhereSomethingIsIsNoActor() {
    assertThat(codes(tag("Ugandan troops seized a rebel camp on the Kenyan border.", new ArticleMemory(), DAY)))
        .containsExactly("UGAMIL");
    assertThat(codes(tag("Shells fell near the Lebanese port of Tyre.", new ArticleMemory(), DAY))).isEmpty();
    assertThat(codes(tag("Iran shelled Iraqi towns.", new ArticleMemory(), DAY))).as("the place acted on")
        .containsExactly("IRN", "IRQ");
  }

  @Test
  void juniorAndInterimOfficeHoldersKeepTheirCountry() {
    assertThat(codes(tag("Kenyan junior foreign minister Otieno Wafula met Ugandan interim premier Sam Okello.",
        new ArticleMemory(), DAY))).containsExactly("KENGOV", "UGAGOV");
  }

  @Test
  void aCapitalNamedAsACityIsAPlace() {
    assertThat(codes(tag("Crowds filled the streets of Cairo and the capital city of Amman.", new ArticleMemory(), DAY)))
        .isEmpty();
    assertThat(codes(tag("Jordan's visiting king met Egypt's exiled dissidents.", new ArticleMemory(), DAY)))
        .containsExactly("JORGOV", "EGYOPP");
  }

  @Test
  void capitalsInBracketsAfterANameAbbreviateIt() {
    assertThat(codes(tag("The Serbian Farmers Union (AKK) protested.", new ArticleMemory(), DAY)))
        .doesNotContain("DEUGOV");
  }

  @Test
  void northernIrelandIsBritishAndEastJerusalemPalestinian() {
    assertThat(codes(tag("Ireland and Northern Ireland agreed; East Jerusalem voted.", new ArticleMemory(), DAY)))
        .containsExactly("IRL", "GBR", "PSE");
  }

  @Test
  void forcesLedByACountryAreItsOwn() {
    assertThat(codes(tag("Vietnamese-led forces attacked a village.", new ArticleMemory(), DAY)))
        .containsExactly("VNMMIL");
  }

  @Test
  void offsetsAreThoseOfTheSentence() {
    var s = Sentences.of("Yesterday Iraqi police arrived.");
    ActorMention m = tagger.tag(s, new ArticleMemory(), DAY).get(0);
    assertThat(s.text().substring(m.start(), m.end())).isEqualTo("Iraqi police");
    assertThat(m.actor().code()).isEqualTo("IRQCOP");
  }

  @Test
  void aCapitalAfterALocativePrepositionIsAPlaceNotAGovernment() {
    assertThat(codes(tag("Envoys from Chile met in Vienna, not near Moscow.", new ArticleMemory(), DAY)))
        .containsExactly("CHLGOV"); // envoys are a government's
    assertThat(codes(tag("Vienna protested to Moscow.", new ArticleMemory(), DAY)))
        .containsExactly("AUTGOV", "RUSGOV");
  }

  @Test
  void coordinatedProcessNamesAreNotGovernments() {
    assertThat(codes(tag("Egypt welcomed the Astana and Sochi processes.", new ArticleMemory(), DAY)))
        .containsExactly("EGY");
  }

  @Test
  void aBareTitleTakesItsCountryFromACollectiveEarlierInTheSentence() {
    ArticleMemory memory = new ArticleMemory();
    List<ActorMention> m = tag("The Kenyan delegation included Defence Minister Amos Kiprono and Trade Minister "
        + "Ruth Wanjiru.", memory, DAY);
    assertThat(codes(m)).containsExactly("KENGOV", "KENGOV", "KENGOV");
    assertThat(m.get(1).text()).isEqualTo("Defence Minister Amos Kiprono");
    assertThat(codes(tag("Kiprono left early.", memory, DAY))).containsExactly("KENGOV");
  }

  @Test
  void aBareTitleWithNoCountryInSightIsNotGuessed() {
    ArticleMemory memory = new ArticleMemory();
    tag("Kenya hosted the talks.", memory, DAY);
    // not Kenya's: the title gives the role, the country stays unknown ("---")
    assertThat(codes(tag("Defence Minister Amos Kiprono spoke.", memory, DAY))).containsExactly("---GOV");
    assertThat(codes(tag("Kiprono left.", memory, DAY))).containsExactly("---GOV");
  }

  @Test
  void aTitleBeforeAndAnAppositionAfterANameBothCount() {
    List<ActorMention> m = tag("Colonel Ivo Marek, the Czech army spokesman, said so.", new ArticleMemory(), DAY);
    assertThat(codes(m).get(0)).isEqualTo("CZEMIL");
    assertThat(m.get(0).entry()).contains("apposition");
  }

  @Test
  void aNameExplainedByTheAppositionAfterItIsLearned() {
    ArticleMemory memory = new ArticleMemory();
    List<ActorMention> m = tag("Lena Brandt, the German foreign ministry spokeswoman, said so.", memory, DAY);
    assertThat(codes(m)).containsExactly("DEUGOV", "DEUGOV");
    assertThat(m.get(0).text()).isEqualTo("Lena Brandt");
    assertThat(codes(tag("Brandt added more.", memory, DAY))).containsExactly("DEUGOV");
  }

  @Test
  void anAppositionThatSaysWhereIsNotARole() {
    assertThat(codes(tag("Tal Afar, a Turkmen town, was quiet.", new ArticleMemory(), DAY))).containsExactly("TKM");
  }

  @Test
  void aDefiniteTitleIsTheLastActorWithThatTitle() {
    ArticleMemory memory = new ArticleMemory();
    tag("Syria's Deputy Foreign Minister Omar Haddad spoke.", memory, DAY);
    List<ActorMention> m = tag("The deputy minister said more.", memory, DAY);
    assertThat(codes(m)).containsExactly("SYRGOV");
    assertThat(m.get(0).entry()).startsWith("definite");
  }

  @Test
  void theRegimeIsTheGovernmentOfTheCountryTheArticleIsMostAbout() {
    ArticleMemory memory = new ArticleMemory();
    tag("Syrian troops shelled Syrian villages while Jordan watched.", memory, DAY);
    assertThat(codes(tag("The regime denied it.", memory, DAY))).containsExactly("SYRGOV");
  }

  @Test
  void aDefiniteDescriptionWithNothingBeforeItOrAnOfPhraseIsNotResolved() {
    assertThat(tag("The regime denied it.", new ArticleMemory(), DAY)).isEmpty();
    ArticleMemory memory = new ArticleMemory();
    tag("Syrian troops advanced.", memory, DAY);
    // not Syria's government: the of-phrase names the country, and the role noun keeps its role
    assertThat(codes(tag("The government of Iraq objected.", memory, DAY))).containsExactly("IRQGOV");
  }

  @Test
  void kurdishArmedGroupsInSyriaAreSyrianRebels() {
    assertThat(codes(tag("Kurdish forces and Syrian Kurds left.", new ArticleMemory(), DAY)))
        .containsExactly("SYRREB", "SYRREB");
  }

  @Test
  void historicalStatesAndRegionsAreActors() {
    assertThat(codes(tag("The Soviet Union and the West argued.", new ArticleMemory(), DAY)))
        .containsExactly("SUN", "WST");
  }

  @Test
  void aRoleNounStandingAloneIsAnActorWithoutACountry() {
    assertThat(codes(tag("Police arrested dozens of protesters after gunmen fired.", new ArticleMemory(), DAY)))
        .containsExactly("---COP", "---OPP", "---UAF");
  }

  @Test
  void aRoleNounFollowedByACountryTakesThatCountry() {
    assertThat(codes(tag("Security forces in Guinea detained opposition groups of Zimbabwe.", new ArticleMemory(),
        DAY))).containsExactly("GINCOP", "ZWEOPP");
  }

  @Test
  void aRoleNounAfterAPossessivePronounIsNotGuessed() {
    assertThat(tag("They said their troops would stay.", new ArticleMemory(), DAY)).isEmpty();
  }

  @Test
  void aRoleOnlyActorDoesNotCountAsTheArticlesCountry() {
    ArticleMemory memory = new ArticleMemory();
    tag("Officials met.", memory, DAY);
    tag("Troops and police gathered.", memory, DAY);
    assertThat(tag("The regime denied it.", memory, DAY)).isEmpty();
  }

  @Test
  void aLowerCaseTitleBeforeANameIsAPersonWithThatRole() {
    ArticleMemory memory = new ArticleMemory();
    assertThat(codes(tag("The veteran activist Lena Marsh said so.", memory, DAY))).containsExactly("---OPP");
    assertThat(codes(tag("Marsh left.", memory, DAY))).containsExactly("---OPP");
  }

  @Test
  void anyRoleNounFollowedByOfAndACountryTakesThatCountry() {
    assertThat(codes(tag("The president of Equatorial Guinea spoke.", new ArticleMemory(), DAY)))
        .containsExactly("GNQGOV");
  }

  @Test
  void aDatelineCapitalIsAPlaceNotTheGovernment() {
    assertThat(codes(tag("NAIROBI: Uganda criticised Kenya.", new ArticleMemory(), DAY))).containsExactly("UGA", "KEN");
    assertThat(codes(tag("LIMA, May 2 (Reuters) -- Chile said so.", new ArticleMemory(), DAY))).containsExactly("CHL");
    assertThat(codes(tag("Nairobi criticised Kampala.", new ArticleMemory(), DAY))).containsExactly("KENGOV", "UGAGOV");
  }

  @Test
  void theWestBankIsNotTheWestAndSerbsAreSerbian() {
    assertThat(codes(tag("Serb forces entered the West Bank and the West protested.", new ArticleMemory(), DAY)))
        .containsExactly("SRBMIL", "PSE", "WST");
  }
}
