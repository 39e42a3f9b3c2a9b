package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines and CSV with configurable fields, and the .gz and .zip containers. */
class RecordReadersTest {
  @TempDir
  Path dir;

  private final List<Article> articles = new ArrayList<>();
  private final List<InputException> problems = new ArrayList<>();

  private void read(ReaderOptions options, Path... paths) {
    List<String> names = java.util.Arrays.stream(paths).map(Path::toString).toList();
    new ArticleReaders(options).readAll(ArticleReaders.expand(names), articles::add, problems::add);
  }

  @Test
  void jsonLinesFieldNamesAreConfigurable() throws IOException {
    Path f = Files.writeString(dir.resolve("items.jsonl"),
        "{\"key\": 7, \"headline\": \"Fiji hosts Pacific envoys\", \"body\": \"Envoys met in Suva.\","
            + " \"when\": \"Tue, 4 Feb 2025 08:00:00 +1200\", \"link\": \"https://p.example/7\", \"outlet\": \"Pacific Desk\"}\n");
    read(ReaderOptions.defaults().withFields(new ReaderOptions.FieldNames("body", "headline", "when", "link", "outlet", "key")), f);
    assertThat(problems).isEmpty();
    Article a = articles.get(0);
    assertThat(a.id()).isEqualTo("7");
    assertThat(a.text()).isEqualTo("Fiji hosts Pacific envoys\n\nEnvoys met in Suva.");
    assertThat(a.meta().date()).hasValue(LocalDate.of(2025, 2, 4));
    assertThat(a.meta().url()).hasValue("https://p.example/7");
    assertThat(a.meta().source()).hasValue("Pacific Desk");
  }

  @Test
  void anUnreadableDateIsReportedAndTheArticleKept() throws IOException {
    Path f = Files.writeString(dir.resolve("d.jsonl"), "{\"text\": \"Nepal and Bhutan met.\", \"date\": \"soon\"}\n");
    read(ReaderOptions.defaults(), f);
    assertThat(articles).extracting(Article::id).containsExactly("d.jsonl#1");
    assertThat(problems).singleElement().extracting(Throwable::getMessage).asString()
        .startsWith(f + ":1: 'date' is 'soon'");
  }

  @Test
  void csvQuotedFieldsMayHoldCommasQuotesAndLineBreaksAndRowsAreNamedByTheirFirstLine() throws IOException {
    Path f = Files.writeString(dir.resolve("news.csv"), "title,text,date\n"
        + "\"Laos, Vietnam sign deal\",\"Laos and Vietnam signed a \"\"river\"\" deal.\n\nIt covers dams.\",2025-01-02\n"
        + "Too,many,fields,here\n"
        + "Cambodia hosts summit,Leaders met in Phnom Penh.,2025-01-03\n");
    read(ReaderOptions.defaults(), f);
    assertThat(articles).extracting(Article::id).containsExactly("news.csv#2", "news.csv#6");
    assertThat(articles.get(0).text()).isEqualTo("Laos, Vietnam sign deal\n\nLaos and Vietnam signed a \"river\" deal.\n\nIt covers dams.");
    assertThat(problems).singleElement().extracting(Throwable::getMessage).asString()
        .isEqualTo(f + ":5: has 4 fields but the header has 3 (an unquoted delimiter inside a field?)");
  }

  @Test
  void aCsvWithoutTheNamedColumnsSaysWhichItHas() throws IOException {
    Path f = Files.writeString(dir.resolve("x.csv"), "headline,body\nA,B\n");
    read(ReaderOptions.defaults(), f);
    assertThat(problems).singleElement().extracting(Throwable::getMessage).asString()
        .contains("x.csv:1").contains("[headline, body]").contains("--text-field");
  }

  @Test
  void tsvAndAnUnclosedQuote() throws IOException {
    Path tsv = Files.writeString(dir.resolve("a.tsv"), "title\ttext\nMongolia hosts talks\tTalks opened.\n");
    Path broken = Files.writeString(dir.resolve("b.csv"), "title,text\nFine,Row.\n\"Broken,row\n");
    read(ReaderOptions.defaults(), tsv, broken);
    assertThat(articles).extracting(Article::text).containsExactly("Mongolia hosts talks\n\nTalks opened.", "Fine\n\nRow.");
    assertThat(problems).singleElement().extracting(Throwable::getMessage).asString()
        .startsWith(broken + ":3: a quoted field is not closed");
  }

  @Test
  void gzipAndZipContainersAreOpenedAndIdsNameTheEntry() throws IOException {
    Path gz = dir.resolve("day.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("{\"title\": \"Qatar mediates\"}\n{\"title\": \"Oman mediates\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    Path zip = dir.resolve("batch.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      entry(out, "a.txt", "Armenia and Georgia reopened a crossing.");
      entry(out, "pages/b.html", "<html><body><article><p>Azerbaijan hosted talks.</p></article></body></html>");
      entry(out, "c.jsonl", "{\"title\": \"Iran and Iraq met\"}\nnot json\n");
      entry(out, "logo.png", "\u0089PNG");
      entry(out, "d.txt.gz", "ignored: not gzip");
    }
    read(ReaderOptions.defaults(), gz, zip);
    assertThat(articles).extracting(Article::id).containsExactly("day.jsonl.gz#1", "day.jsonl.gz#2",
        "batch.zip!/a.txt", "batch.zip!/pages/b.html", "batch.zip!/c.jsonl#1");
    assertThat(problems).extracting(Throwable::getMessage).containsExactly(
        zip + "!/c.jsonl:2: is not valid JSON (Unrecognized token 'not': was expecting (JSON String, Number, Array, Object"
            + " or token 'null', 'true' or 'false'))",
        zip + "!/d.txt.gz: is named .gz but is not gzip-compressed");
  }

  @Test
  void directoriesGiveIdsRelativeToThemAndSkipWhatIsNotAnArticle() throws IOException {
    Files.createDirectories(dir.resolve("2025/03"));
    Files.writeString(dir.resolve("2025/03/one.txt"), "Peru and Chile met.");
    Files.writeString(dir.resolve("2025/03/two"), "<html><body><p>Ecuador and Colombia met.</p></body></html>");
    Files.writeString(dir.resolve("README.md"), "about");
    Files.writeString(dir.resolve(".hidden.txt"), "x");
    read(ReaderOptions.defaults(), dir);
    assertThat(articles).extracting(Article::id).containsExactly("2025/03/one.txt", "2025/03/two");
    assertThat(articles.get(1).text()).isEqualTo("Ecuador and Colombia met."); // sniffed as HTML
  }

  private static void entry(ZipOutputStream out, String name, String content) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    out.write(content.getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }
}
