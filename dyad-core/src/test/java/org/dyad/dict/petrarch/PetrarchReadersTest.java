package org.dyad.dict.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.dict.DictionaryException;
import org.dyad.events.VerbPattern;
import org.dyad.events.WordPattern.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchReadersTest {
  private static final String ACTORS = "NORTHLAND [NTH]\nSOUTHMARSH [SMR]\n";

  private static List<VerbPattern> verbs(String text, ImportReport report) {
    VerbFileReader r = new VerbFileReader(report);
    r.read(SourceLines.parse("verbs.txt", text));
    return r.patterns();
  }

  @Test
  void commentsAreRemovedButCodeBlocksWithHashesKept() {
    List<SourceLines.Line> lines = SourceLines.parse("f.txt", "A [X] # note\n<!-- one\ntwo -->B\n- * C [###]\n");
    assertThat(lines).extracting(SourceLines.Line::text).containsExactly("A [X]", "", "B", "- * C [###]", "");
    assertThat(lines.get(2).where()).isEqualTo("f.txt:3");
  }

  @Test
  void verbGroupsGiveTheBareVerbAndEachPatternWithGeneratedForms() {
    ImportReport report = new ImportReport();
    List<VerbPattern> p = verbs("""
        &TIES
        +TRADE
        +CULTURAL LINKS

        --- PRAISE [051] ---
        PRAISE
        HAIL {HAILED}
        - * &TIES_DEAL [057]
        - $ WAS * BY + [051:052]
        - NEVER * [---]
        """, report);
    assertThat(p).hasSize(8);
    VerbPattern bare = p.get(0);
    assertThat(bare.code()).isEqualTo("051");
    assertThat(bare.forms()).contains("praise", "praises", "praised", "praising");
    VerbPattern synset = p.get(1);
    assertThat(synset.code()).isEqualTo("057");
    assertThat(synset.words().elements()).extracting(e -> e.kind())
        .containsExactly(Kind.TRIGGER, Kind.WORDS, Kind.WORDS);
    assertThat(synset.words().elements().get(1).alternatives())
        .containsExactly(List.of("trade"), List.of("cultural", "links"));
    assertThat(synset.words().elements().get(2).joined()).isTrue();
    VerbPattern paired = p.get(2);
    assertThat(paired.code()).isEqualTo("051");
    assertThat(paired.pairedCode()).isEqualTo("052");
    assertThat(paired.words().elements()).extracting(e -> e.kind())
        .containsExactly(Kind.SOURCE, Kind.WORDS, Kind.TRIGGER, Kind.WORDS, Kind.TARGET);
    assertThat(p.get(3).code()).as("[---] matches and yields nothing").isNull();
    assertThat(p.get(4).forms()).contains("hail", "hailed", "hails");
    assertThat(report.unmapped()).isEmpty();
  }

  @Test
  void multiWordVerbsKeepTheirWordsAroundTheTrigger() {
    List<VerbPattern> p = verbs("--- SEAL [192] ---\nSEAL\n+SEAL_OFF\nDOUBLE_+LOCK\n", new ImportReport());
    assertThat(p.get(1).words().elements()).extracting(e -> e.kind()).containsExactly(Kind.TRIGGER, Kind.WORDS);
    assertThat(p.get(1).words().elements().get(1).alternatives()).containsExactly(List.of("off"));
    assertThat(p.get(2).forms()).contains("lock", "locked");
    assertThat(p.get(2).words().elements().get(0).alternatives()).containsExactly(List.of("double"));
    assertThat(p.get(2).words().elements().get(1).joined()).isTrue();
  }

  @Test
  void whatCannotBeMappedIsReportedWithItsLine() {
    ImportReport report = new ImportReport();
    List<VerbPattern> p = verbs("--- CHEER [5] ---\nCHEER\n- * LOUDLY [abc]\n- * &NOSUCH [051]\n- LOUDLY [051]\n",
        report);
    assertThat(p).isEmpty();
    assertThat(report.unmapped()).extracting(ImportReport.Unmapped::where)
        .containsExactly("verbs.txt:2", "verbs.txt:3", "verbs.txt:4 CHEER - * &NOSUCH [051]",
            "verbs.txt:5 CHEER - LOUDLY [051]");
    assertThat(report.summary(10)).contains("4 construct(s) not mapped").contains("'abc' is not an event code");
  }

  @Test
  void verbSyntaxErrorsNameFileAndLine() {
    assertThatThrownBy(() -> verbs("--- CHEER [051] ---\nCHEER\n- * LOUDLY\n", new ImportReport()))
        .isInstanceOf(DictionaryException.class).hasMessageContaining("verbs.txt:3").hasMessageContaining("no code");
    assertThatThrownBy(() -> verbs("CHEER\n", new ImportReport()))
        .hasMessageContaining("verbs.txt:1").hasMessageContaining("before any group header");
  }

  @Test
  void actorFileMistakesNameFileLineAndProblem() {
    String verbs = "--- CHEER [051] ---\nCHEER\n";
    assertThatThrownBy(() -> PetrarchDictionaries.fromText("NORTHLAND [NTH]\nSOUTHMARSH SMR]\n", null, verbs, null))
        .isInstanceOf(DictionaryException.class).hasMessageContaining("actors.txt:2")
        .hasMessageContaining("syntax error");
    assertThatThrownBy(() -> PetrarchDictionaries.fromText("NORTHLAND [950601-990815]\n", null, verbs, null))
        .hasMessageContaining("actors.txt:1").hasMessageContaining("unknown code '950601-990815'");
    assertThatThrownBy(() -> PetrarchDictionaries.fromText("NORTHLAND [NTH]\nSOUTHMARSH\n", null, verbs, null))
        .hasMessageContaining("actors.txt:2").hasMessageContaining("has no code block");
    assertThatThrownBy(() -> PetrarchDictionaries.fromText(
        "OLAF\n [NTHGOV 20000101-20051231]\n [NTHREB 20050101-20081231]\n", null, verbs, null))
        .hasMessageContaining("actors.txt:3").hasMessageContaining("overlaps").hasMessageContaining("actors.txt:2");
    assertThatThrownBy(() -> PetrarchDictionaries.fromText("OLAF [NTH 20001399-20051231]\n", null, verbs, null))
        .hasMessageContaining("actors.txt:1").hasMessageContaining("not a date");
    assertThatThrownBy(() -> PetrarchDictionaries.fromText(ACTORS, "GOVERNMENT [GOV]\n", verbs, null))
        .hasMessageContaining("agents.txt:1").hasMessageContaining("unknown agent code [GOV]");
  }

  @Test
  void nestedAndMeetingDateRangesAreAllowed() {
    PetrarchDictionaries d = PetrarchDictionaries.fromText(
        "OLAF [NTH]\n [NTHGOV 20000101-20051231]\n [NTHREB 20020101-20020131]\n [NTHELI 20051231-20101231]\n",
        null, "--- CHEER [051] ---\nCHEER\n", null);
    assertThat(d.report().counts()).containsEntry("dated codes", 3);
  }

  @Test
  void aDirectoryIsLoadedByFileNamesAndCodesOutsideCameoAreKept(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("my.actors.txt"), ACTORS);
    Files.writeString(dir.resolve("my.agents.txt"), "POLICE [~COP]\n");
    Files.writeString(dir.resolve("my.verbs.txt"), "--- CHEER [051] ---\nCHEER\n- * LOUDLY [0519]\n");
    PetrarchDictionaries d = PetrarchDictionaries.load(dir);
    assertThat(d.report().codesOutsideCameo()).containsExactly("0519");
    assertThat(d.codebook().lookup("0519")).hasValueSatisfying(c -> assertThat(c.name()).contains("051"));
    assertThat(d.verbs().size()).isEqualTo(2);
    Files.delete(dir.resolve("my.verbs.txt"));
    assertThatThrownBy(() -> PetrarchDictionaries.load(dir)).hasMessageContaining("*verbs*.txt");
  }

  @Test
  void theOptionNamesTheFormat() {
    assertThat(PetrarchDictionaries.parseOption("petrarch:/x")).contains(Path.of("/x"));
    assertThat(PetrarchDictionaries.parseOption(null)).isEmpty();
    assertThatThrownBy(() -> PetrarchDictionaries.parseOption("tabari:/x")).hasMessageContaining("petrarch:DIR");
  }
}
