package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.dict.DictionaryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryTest {
  @TempDir
  Path dir;

  @Test
  void theBuiltInDictionaryKnowsEveryCountryByNameAndDemonym() {
    ActorDictionary d = ActorDictionary.builtIn();
    assertThat(d.lookup("Turkey")).get().extracting(Entry::country).isEqualTo("TUR");
    assertThat(d.lookup("Türkiye")).get().extracting(Entry::country).isEqualTo("TUR");
    assertThat(d.lookup("Syrian")).get().extracting(Entry::country).isEqualTo("SYR");
    assertThat(d.lookup("Ankara")).get().extracting(Entry::role).isEqualTo("GOV");
    assertThat(d.size()).isGreaterThan(1000);
  }

  @Test
  void aUserDirectoryOverridesOneFileAndKeepsTheRest() throws Exception {
    Files.writeString(dir.resolve("people.tsv"), "name\taliases\tcountry\trole\tfrom\tto\nAda Quill\tQuill\tGBR\tGOV\t2020-01-01\t\n");
    ActorDictionary d = ActorDictionary.fromDirectory(dir);
    assertThat(d.lookup("Quill")).get().extracting(Entry::country).isEqualTo("GBR");
    assertThat(d.lookup("Lavrov")).isEmpty();
    assertThat(d.lookup("Russia")).isPresent();
  }

  @Test
  void aBadDateIsReportedWithFileAndLine() throws Exception {
    Files.writeString(dir.resolve("people.tsv"), "# people\nname\taliases\tcountry\trole\tfrom\tto\nAda Quill\t\tGBR\tGOV\t1 May 2020\t\n");
    assertThatThrownBy(() -> ActorDictionary.fromDirectory(dir)).isInstanceOf(DictionaryException.class)
        .hasMessageContaining("people.tsv:3").hasMessageContaining("1 May 2020");
  }

  @Test
  void aMissingColumnIsReported() throws Exception {
    Files.writeString(dir.resolve("roles.tsv"), "role\tnouns\nGOV\tcabinet\n"); // the old one-role-a-row format
    assertThatThrownBy(() -> ActorDictionary.fromDirectory(dir)).isInstanceOf(DictionaryException.class)
        .hasMessageContaining("roles.tsv:1").hasMessageContaining("'noun'");
  }

  private static final String PEOPLE_HEADER = "name\taliases\tcountry\trole\tfrom\tto\n";

  @Test
  void aPersonIsCodedByTheOfficeHeldOnTheDateAndAsAnEliteAfterIt() throws Exception {
    Files.writeString(dir.resolve("people.tsv"), PEOPLE_HEADER
        + "Ada Quill\tQuill\tGBR\tMIL\t2010-01-01\t2014-12-31\n"
        + "Ada Quill\tQuill\tGBR\tGOV\t2015-01-01\t2019-06-30\n");
    ActorTagger tagger = new ActorTagger(ActorDictionary.fromDirectory(dir));
    java.util.function.Function<java.time.LocalDate, String> code = d -> tagger
        .tag(org.dyad.testing.Sentences.of("Quill spoke."), new ArticleMemory(), d).get(0).actor().code();
    assertThat(code.apply(java.time.LocalDate.of(2012, 3, 1))).isEqualTo("GBRMIL");
    assertThat(code.apply(java.time.LocalDate.of(2017, 3, 1))).isEqualTo("GBRGOV");
    assertThat(code.apply(java.time.LocalDate.of(2021, 3, 1))).isEqualTo("GBRELI");
    assertThat(code.apply(null)).as("undated: the latest office").isEqualTo("GBRGOV");
  }

  @Test
  void overlappingOfficesOfOnePersonAreRejectedNamingBothLines() throws Exception {
    Files.writeString(dir.resolve("people.tsv"), PEOPLE_HEADER
        + "Ada Quill\t\tGBR\tGOV\t2010-01-01\t2016-12-31\n"
        + "Ada Quill\t\tGBR\tMIL\t2015-01-01\t\n");
    assertThatThrownBy(() -> ActorDictionary.fromDirectory(dir)).isInstanceOf(DictionaryException.class)
        .hasMessageContaining("people.tsv:3").hasMessageContaining("people.tsv:2").hasMessageContaining("overlaps");
  }

  @Test
  void anOfficeEndingBeforeItStartsIsRejected() throws Exception {
    Files.writeString(dir.resolve("people.tsv"), PEOPLE_HEADER + "Ada Quill\t\tGBR\tGOV\t2016-01-01\t2015-01-01\n");
    assertThatThrownBy(() -> ActorDictionary.fromDirectory(dir)).hasMessageContaining("people.tsv:2")
        .hasMessageContaining("before it starts");
  }

  @Test
  void unknownCodesAreRejectedWithFileAndLine() throws Exception {
    Files.writeString(dir.resolve("people.tsv"), PEOPLE_HEADER + "Ada Quill\t\tGBX\tGOV\t\t\n");
    assertThatThrownBy(() -> ActorDictionary.fromDirectory(dir)).hasMessageContaining("people.tsv:2")
        .hasMessageContaining("unknown country or organisation code 'GBX'");
    Files.writeString(dir.resolve("people.tsv"), PEOPLE_HEADER + "Ada Quill\t\tGBR\tGVO\t\t\n");
    assertThatThrownBy(() -> ActorDictionary.fromDirectory(dir)).hasMessageContaining("people.tsv:2")
        .hasMessageContaining("unknown role code 'GVO'");
  }

  @Test
  void aRoleNounIsListedOnceWithOneRole() throws Exception {
    Files.writeString(dir.resolve("roles.tsv"), "noun\trole\talone\ncabinet\tGOV\t\nCabinet\tMIL\tyes\n");
    assertThatThrownBy(() -> ActorDictionary.fromDirectory(dir)).isInstanceOf(DictionaryException.class)
        .hasMessageContaining("roles.tsv:3").hasMessageContaining("already listed on").hasMessageContaining("roles.tsv:2");
  }

  @Test
  void theAloneColumnSaysWhichRoleNounsMakeAnActorWithNoCountry() throws Exception {
    Files.writeString(dir.resolve("roles.tsv"), "noun\trole\talone\nwardens\tCOP\tyes\nwarden\tCOP\t\n");
    ActorTagger tagger = new ActorTagger(ActorDictionary.fromDirectory(dir));
    assertThat(tagger.tag(org.dyad.testing.Sentences.of("Wardens arrested two men."), new ArticleMemory(), null))
        .extracting(m -> m.actor().code()).containsExactly("---COP");
    assertThat(tagger.tag(org.dyad.testing.Sentences.of("The warden arrested two men."), new ArticleMemory(), null))
        .isEmpty();
    Files.writeString(dir.resolve("roles.tsv"), "noun\trole\talone\nwardens\tCOP\tno\n");
    assertThatThrownBy(() -> ActorDictionary.fromDirectory(dir)).hasMessageContaining("roles.tsv:2")
        .hasMessageContaining("'alone' is 'no'");
  }

  @Test
  void aStrayTabIsASyntaxErrorOnItsLine() throws Exception {
    Files.writeString(dir.resolve("roles.tsv"), "noun\trole\talone\ncabinet\tGOV\t\narmy\tMIL\tyes\textra\n");
    assertThatThrownBy(() -> ActorDictionary.fromDirectory(dir)).isInstanceOf(DictionaryException.class)
        .hasMessageContaining("roles.tsv:3").hasMessageContaining("stray tab");
  }

  @Test
  void aBrokenRegionsOrOrganisationsFileIsReportedWithFileAndLine() throws Exception {
    Files.writeString(dir.resolve("regions.tsv"), "code\tnames\tdemonyms\nWST\tthe West\tWestern\textra\tmore\n");
    assertThatThrownBy(() -> ActorDictionary.fromDirectory(dir)).isInstanceOf(DictionaryException.class)
        .hasMessageContaining("regions.tsv:2");
    Files.delete(dir.resolve("regions.tsv"));
    Files.writeString(dir.resolve("organisations.tsv"), "code\tnames\trole\nSYR\tKurdish forces\tREBS\n");
    assertThatThrownBy(() -> ActorDictionary.fromDirectory(dir)).isInstanceOf(DictionaryException.class)
        .hasMessageContaining("organisations.tsv:2").hasMessageContaining("unknown role code 'REBS'");
  }

  @Test
  void anOrganisationsHomeCountryMustBeACountryCode() throws Exception {
    Files.writeString(dir.resolve("organisations.tsv"), "code\tnames\trole\thome\nIMGXYZ\tXyz Front\t\tPSX\n");
    assertThatThrownBy(() -> ActorDictionary.fromDirectory(dir)).isInstanceOf(DictionaryException.class)
        .hasMessageContaining("organisations.tsv:2").hasMessageContaining("unknown home country 'PSX'");
  }

  @Test
  void anOrganisationsFileWithoutTheHomeColumnStillLoads() throws Exception {
    Files.writeString(dir.resolve("organisations.tsv"), "code\tnames\trole\nIMGXYZ\tXyz Front\n");
    Files.writeString(dir.resolve("people.tsv"), "name\taliases\tcountry\trole\tfrom\tto\n");
    assertThat(ActorDictionary.fromDirectory(dir).lookup("Xyz Front")).get()
        .satisfies(e -> assertThat(e.home()).isEmpty());
  }
}
