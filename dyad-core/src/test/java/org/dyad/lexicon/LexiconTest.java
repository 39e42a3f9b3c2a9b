package org.dyad.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.dict.DictionaryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {
  @TempDir
  Path dir;

  @Test
  void theIndexListsEveryClassFileInTheFolder() throws Exception {
    Path folder = Path.of("src/main/resources/org/dyad/lexicon");
    List<String> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".txt"))
          .map(f -> f.substring(0, f.length() - 4)).sorted().toList();
    }
    assertThat(Lexicon.builtIn().names()).containsExactlyElementsOf(files);
  }

  @Test
  void aClassIsItsWordsInLowerCaseWithCommentsLeftOut() {
    WordClass talks = Lexicon.builtIn().get("talks");
    assertThat(talks.contains("Negotiation")).isTrue();
    assertThat(talks.contains("#")).isFalse();
    assertThat(talks.reference()).isEqualTo("&talks");
  }

  @Test
  void aUserFileReplacesTheBuiltInClassOrExtendsItWhenItListsItself() throws Exception {
    Files.writeString(dir.resolve("talks.txt"), "# only these\nparley\n");
    assertThat(Lexicon.withDirectory(dir).get("talks").words()).containsExactly("parley");
    Files.writeString(dir.resolve("talks.txt"), "&talks   # the built-in ones\nParley  # and this one\n");
    assertThat(Lexicon.withDirectory(dir).get("talks").words()).contains("parley", "negotiation");
    assertThat(Lexicon.builtIn().get("talks").contains("parley")).as("the built-in lexicon is untouched").isFalse();
  }

  @Test
  void aClassMayIncludeAnotherAndPhrasesAreNormalised() throws Exception {
    Files.writeString(dir.resolve("diplomacy.txt"), "&talks\npeace   process\n");
    WordClass d = Lexicon.withDirectory(dir).get("diplomacy");
    assertThat(d.contains("talk")).isTrue();
    assertThat(d.contains("peace process")).isTrue();
    assertThat(d.containsPhrase(List.of("the", "Peace", "process"), 1, 3)).isTrue();
  }

  @Test
  void mistakesStopTheRunWithFileLineAndValue() throws Exception {
    Files.writeString(dir.resolve("arms.txt"), "rifle\n\n&weapns\n");
    assertThatThrownBy(() -> Lexicon.withDirectory(dir)).isInstanceOf(DictionaryException.class)
        .hasMessageContaining("arms.txt:3").hasMessageContaining("&weapns");
    Files.writeString(dir.resolve("arms.txt"), "rifle\nRifle\n");
    assertThatThrownBy(() -> Lexicon.withDirectory(dir)).hasMessageContaining("arms.txt:2")
        .hasMessageContaining("twice");
    Files.writeString(dir.resolve("arms.txt"), "&arms\n");
    assertThatThrownBy(() -> Lexicon.withDirectory(dir)).hasMessageContaining("arms.txt:1")
        .hasMessageContaining("no built-in class");
    Files.delete(dir.resolve("arms.txt"));
    Files.writeString(dir.resolve("Arms.txt"), "rifle\n");
    assertThatThrownBy(() -> Lexicon.withDirectory(dir)).hasMessageContaining("Arms.txt")
        .hasMessageContaining("not a word class name");
  }

  @Test
  void aCycleOfClassesIsAnError() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "&b\n");
    Files.writeString(dir.resolve("b.txt"), "&a\n");
    assertThatThrownBy(() -> Lexicon.withDirectory(dir)).isInstanceOf(DictionaryException.class)
        .hasMessageContaining("includes itself");
  }

  @Test
  void aReferenceFromAnotherFileNamesThatFileAndLine() {
    assertThat(Lexicon.builtIn().reference("&phone", "verbs.txt:3").contains("telephone")).isTrue();
    assertThatThrownBy(() -> Lexicon.builtIn().reference("&phnoe", "verbs.txt:3"))
        .isInstanceOf(DictionaryException.class).hasMessageContaining("verbs.txt:3").hasMessageContaining("&phnoe");
  }
}
