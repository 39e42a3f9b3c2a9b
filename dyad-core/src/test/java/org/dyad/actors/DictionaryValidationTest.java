package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.dict.DictionaryException;
import org.dyad.events.CameoCodebook;
import org.dyad.events.VerbDictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19, finding 6: dictionary mistakes that used to be accepted silently stop the run with file:line:reason. */
class DictionaryValidationTest {
  private static final String PEOPLE_HEADER = "name\taliases\tcountry\trole\tfrom\tto\toffice\n";

  @TempDir
  Path dir;

  @Test
  void aPeopleRowWithMissingFieldsIsRejected() throws Exception {
    Files.writeString(dir.resolve("people.tsv"), PEOPLE_HEADER
        + "Ada Quill\t\tGBR\tGOV\t2010-01-01\t\tforeign secretary\n"
        + "Bo Lind\tLind\tSWE\tGOV\n");
    assertThatThrownBy(() -> ActorDictionary.fromDirectory(dir)).isInstanceOf(DictionaryException.class)
        .hasMessageContaining("people.tsv:3: 4 fields but the header has 7").hasMessageContaining("'to' is missing");
  }

  @Test
  void twoPeopleSharingANameAtTheSameTimeAreRejected() throws Exception {
    Files.writeString(dir.resolve("people.tsv"), PEOPLE_HEADER
        + "Ada Quill\tQuill\tGBR\tGOV\t2010-01-01\t2016-12-31\n"
        + "Ben Quill\tQuill\tIRL\tGOV\t2014-01-01\t\n"
        + "Cy Quill\tQuill\tUSA\tGOV\t2017-01-01\t\n");
    assertThatThrownBy(() -> ActorDictionary.fromDirectory(dir)).isInstanceOf(DictionaryException.class)
        .hasMessageContaining("people.tsv:3: 'Quill' names Ben Quill").hasMessageContaining("Ada Quill on ").hasMessageContaining("people.tsv:2 (2010-01-01");
    // One after the other is fine: the office on the article's date decides.
    Files.writeString(dir.resolve("people.tsv"), PEOPLE_HEADER
        + "Ada Quill\tQuill\tGBR\tGOV\t2010-01-01\t2016-12-31\n"
        + "Cy Quill\tQuill\tUSA\tGOV\t2017-01-01\t\n");
    ActorDictionary.fromDirectory(dir);
  }

  @Test
  void aCountryCodeDefinedTwiceIsRejected() throws Exception {
    Files.writeString(dir.resolve("countries.tsv"), "code\tnames\tdemonyms\tcapitals\n"
        + "GBR\tUnited Kingdom\tBritish\tLondon\n"
        + "FRA\tFrance\tFrench\tParis\n"
        + "GBR\tBritain\t\t\n");
    assertThatThrownBy(() -> ActorDictionary.fromDirectory(dir)).isInstanceOf(DictionaryException.class)
        .hasMessageContaining("countries.tsv:4: code 'GBR' is already defined on ").hasMessageContaining("countries.tsv:2 (");
  }

  @Test
  void anEmptyVerbsFileIsRejectedNotCodedAsNothing() throws Exception {
    Path verbs = Files.writeString(dir.resolve("verbs.txt"), "# my patterns, to be written\n\n");
    assertThatThrownBy(() -> VerbDictionary.fromFile(verbs, CameoCodebook.builtIn()))
        .isInstanceOf(DictionaryException.class).hasMessageContaining("verbs.txt").hasMessageContaining("no event patterns");
  }
}
