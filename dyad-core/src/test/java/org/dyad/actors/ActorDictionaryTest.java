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
    Files.writeString(dir.resolve("roles.tsv"), "role\twords\nGOV\tcabinet\n");
    assertThatThrownBy(() -> ActorDictionary.fromDirectory(dir)).isInstanceOf(DictionaryException.class)
        .hasMessageContaining("roles.tsv:1").hasMessageContaining("nouns");
  }
}
