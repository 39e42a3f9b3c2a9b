package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dyad.ingest.ReaderOptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class InputOptionsTest {
  @Command(name = "probe")
  static final class Probe {
    @Mixin
    InputOptions input = new InputOptions();
  }

  private static InputOptions parse(String... args) {
    Probe p = new Probe();
    new CommandLine(p).parseArgs(args);
    return p.input;
  }

  @Test
  void defaultsAreTheReaderDefaults() {
    assertThat(parse().readerOptions()).isEqualTo(ReaderOptions.defaults());
  }

  @Test
  void flagsNameTheFieldsTheLimitAndTheLanguage() {
    ReaderOptions o = parse("--text-field", "body", "--title-field", "headline", "--date-field", "published",
        "--url-field", "link", "--source-field", "outlet", "--id-field", "guid", "--max-bytes", "1000",
        "--language", "any").readerOptions();
    assertThat(o.fields()).isEqualTo(new ReaderOptions.FieldNames("body", "headline", "published", "link", "outlet", "guid"));
    assertThat(o.maxBytes()).isEqualTo(1000);
    assertThat(o.filtersLanguage()).isFalse();
  }

  @Test
  void aBadLanguageIsAnErrorNamingIt() {
    assertThatThrownBy(() -> parse("--language", "english").readerOptions())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'english'");
  }
}
