package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileReaderTest {
  @TempDir
  Path dir;

  private final TextFileReader reader = new TextFileReader(1_000);

  @Test
  void readsUtf8TextNamedByItsFile() throws Exception {
    Path f = Files.writeString(dir.resolve("story.txt"), "Ankara and Moscow held talks.");
    Article a = reader.read(f);
    assertThat(a.id()).isEqualTo("story.txt");
    assertThat(a.text()).isEqualTo("Ankara and Moscow held talks.");
  }

  @Test
  void rejectsBinaryFilesNamingThem() throws Exception {
    Path f = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    assertThatThrownBy(() -> reader.read(f)).isInstanceOf(InputException.class)
        .hasMessageContaining("image.png").hasMessageContaining("binary");
  }

  @Test
  void rejectsTextThatIsNotUtf8() throws Exception {
    Path f = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> reader.read(f)).isInstanceOf(InputException.class)
        .hasMessageContaining("latin1.txt").hasMessageContaining("not valid UTF-8");
  }

  @Test
  void rejectsEmptyAndBlankFiles() throws Exception {
    Path f = Files.writeString(dir.resolve("empty.txt"), " \n\t\n");
    assertThatThrownBy(() -> reader.read(f)).hasMessageContaining("empty.txt").hasMessageContaining("empty");
  }

  @Test
  void rejectsFilesOverTheLimitWithAHint() throws Exception {
    Path f = Files.writeString(dir.resolve("huge.txt"), "x".repeat(1_001));
    assertThatThrownBy(() -> reader.read(f)).hasMessageContaining("huge.txt").hasMessageContaining("--max-bytes");
  }

  @Test
  void aByteOrderMarkBecomesASpaceSoOffsetsHold() throws Exception {
    Path f = Files.write(dir.resolve("bom.txt"), "\uFEFFText".getBytes(StandardCharsets.UTF_8));
    assertThat(reader.read(f).text()).isEqualTo(" Text");
  }

  @Test
  void directoriesAreWalkedInSortedOrderTakingTextFilesOnly() throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/b.txt"), "b");
    Files.writeString(dir.resolve("a.txt"), "a");
    Files.writeString(dir.resolve(".hidden"), "h");
    Files.writeString(dir.resolve("README.md"), "about this corpus");
    assertThat(InputFiles.expand(List.of(dir))).containsExactly(dir.resolve("a.txt"), dir.resolve("sub/b.txt"));
  }

  @Test
  void aMissingPathIsAnErrorNamingIt() {
    assertThatThrownBy(() -> InputFiles.expand(List.of(dir.resolve("nope"))))
        .hasMessageContaining("nope").hasMessageContaining("no such file");
  }
}
