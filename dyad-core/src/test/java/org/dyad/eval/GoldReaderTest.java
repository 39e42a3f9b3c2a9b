package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {
  @Test
  void malformedLinesAreReportedWithFileAndLineAndSkipped(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"id\": \"a\", \"date\": \"2031-01-02\", \"text\": \"Freedonia thanked Sylvania.\", \"events\": "
            + "[{\"source\": [\"FRD\"], \"target\": [\"SYL\"], \"code\": \"051\"}]}",
        "{\"id\": \"b\", \"text\": \"unterminated",
        "",
        "{\"id\": \"c\", \"text\": \"Sylvania waved.\", \"events\": [{\"source\": \"SYL\", \"code\": \"5\"}]}",
        "{\"id\": \"d\", \"text\": \"Sylvania waved.\", \"date\": \"yesterday\"}",
        "{\"id\": \"a\", \"text\": \"Same id again.\"}",
        "[1, 2]",
        "{\"id\": \"e\", \"text\": \"Nothing.\", \"noevents\": true, \"level\": \"root\"}"));
    GoldFile g = new GoldReader().read(f);
    assertThat(g.records()).extracting(GoldRecord::id).containsExactly("a", "e");
    assertThat(g.errors()).hasSize(5);
    assertThat(g.errors().get(0)).startsWith(f + ":2: not valid JSON");
    assertThat(g.errors().get(1)).startsWith(f + ":4: events[0].code is '5'");
    assertThat(g.errors().get(2)).startsWith(f + ":5: 'date' is 'yesterday'");
    assertThat(g.errors().get(3)).isEqualTo(f + ":6: id 'a' was already used");
    assertThat(g.errors().get(4)).isEqualTo(f + ":7: expected a JSON object");
    GoldRecord a = g.records().get(0);
    assertThat(a.date()).contains(LocalDate.of(2031, 1, 2));
    assertThat(a.events()).containsExactly(new GoldEvent(java.util.List.of("FRD"), java.util.List.of("SYL"), "051",
        null));
    assertThat(a.source()).isEqualTo(f + ":1");
    GoldRecord e = g.records().get(1);
    assertThat(e.noevents()).isTrue();
    assertThat(e.rootOnly()).isTrue();
    assertThat(e.annotated()).isTrue();
  }

  @Test
  void aRecordWithoutEventsIsUnannotated() {
    GoldRecord r = new GoldReader().parse("{\"id\": \"x\", \"date\": null, \"text\": \"Hello.\"}", "x:1");
    assertThat(r.annotated()).isFalse();
    assertThat(r.expected()).isEmpty();
    assertThat(r.date()).isEmpty();
  }
}
