package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlExtractorTest {
  private final HtmlExtractor extractor = new HtmlExtractor();

  @Test
  void keepsTheStoryAndDropsTheFurniture() {
    String html = """
        <html><head><title>Site</title><script>var tracking = 'Kenya';</script></head><body>
        <header><a href="/">Coastline Post</a><nav><a href="/a">Africa</a> <a href="/b">Sport</a></nav></header>
        <div class="content-with-sidebar">
          <div class="article-body">
            <h1>Kenya and Tanzania settle a fishing dispute</h1>
            <div class="social-share"><a href="#">Share on X</a><a href="#">Email</a></div>
            <p>Kenya and Tanzania agreed on Friday to share patrols in Lake Victoria.</p>
            <p>The agreement ends <b>a dispute</b> that began last year.<br>Fishermen welcomed it.</p>
            <p><a href="/1">Read more: earlier talks</a></p>
            <!-- a comment with Kenya in it -->
          </div>
          <div class="sidebar"><p>Most read: a cat rescued from a tree in a town nobody has heard of.</p></div>
        </div>
        <div id="comments"><p>First! Great article about nothing at all, really, honestly.</p></div>
        <form><input value="Subscribe to our newsletter"></form>
        <footer>Copyright Coastline Post</footer>
        </body></html>
        """;
    assertThat(extractor.extract(html, "").text()).isEqualTo("""
        Kenya and Tanzania settle a fishing dispute

        Kenya and Tanzania agreed on Friday to share patrols in Lake Victoria.

        The agreement ends a dispute that began last year.
        Fishermen welcomed it.""");
  }

  @Test
  void metaTagsGiveTitleDateSiteAndUrlAndTheHeadlineLeadsTheText() {
    String html = """
        <html><head>
        <meta property="og:title" content="Chile recalls ambassador from Bolivia">
        <meta property="og:site_name" content="Andes Herald">
        <meta property="article:published_time" content="2024-11-05T23:10:00-04:00">
        <link rel="canonical" href="https://andes.example/chile-recalls">
        </head><body><header><h1>Chile recalls ambassador from Bolivia</h1></header>
        <article><p>Chile recalled its ambassador from Bolivia on Tuesday.</p></article></body></html>
        """;
    HtmlExtractor.HtmlPage page = extractor.extract(html, "");
    assertThat(page.meta().title()).hasValue("Chile recalls ambassador from Bolivia");
    assertThat(page.meta().date()).hasValue(LocalDate.of(2024, 11, 5)); // the writer's own day, not UTC's
    assertThat(page.meta().source()).hasValue("Andes Herald");
    assertThat(page.meta().url()).hasValue("https://andes.example/chile-recalls");
    assertThat(page.text()).isEqualTo("Chile recalls ambassador from Bolivia\n\nChile recalled its ambassador from Bolivia on Tuesday.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<meta name='citation_publication_date' content='2023/06/01'>|2023-06-01",
      "<meta name='DC.date.issued' content='2023-06-02'>|2023-06-02",
      "<meta itemprop='datePublished' content='2023-06-03T08:00:00Z'>|2023-06-03",
      "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-06-04T10:00:00+02:00\"}</script>|2023-06-04",
      "<meta name='pubdate' content='20230605'>|2023-06-05"})
  void datesComeFromTheCommonMetaConventions(String head, String date) {
    String html = "<html><head>" + head + "</head><body><p>Oman hosted talks between Iran and Qatar.</p></body></html>";
    assertThat(extractor.extract(html, "").meta().date()).hasValue(LocalDate.parse(date));
  }

  @Test
  void aTimeElementDatesAPageWithoutMetaTagsAndTheTitleLosesTheSiteName() {
    String html = "<html><head><title>Envoys meet in Doha | Gulf Desk</title>"
        + "<meta name='application-name' content='Gulf Desk'></head>"
        + "<body><p>Posted <time datetime='2022-02-14'>Monday</time></p><p>Envoys met in Doha.</p></body></html>";
    HtmlExtractor.HtmlPage page = extractor.extract(html, "");
    assertThat(page.meta().date()).hasValue(LocalDate.of(2022, 2, 14));
    assertThat(page.meta().title()).hasValue("Envoys meet in Doha");
  }

  @Test
  void aDeclaredCharsetIsHonouredAndUndeclaredBytesMustBeUtf8() throws Exception {
    byte[] latin1 = "<html><head><meta charset='iso-8859-1'></head><body><p>Caf\u00e9 talks</p></body></html>"
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(HtmlExtractor.decode(latin1, Optional.empty())).contains("Caf\u00e9");
    byte[] undeclared = "<p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> HtmlExtractor.decode(undeclared, Optional.empty()))
        .isInstanceOf(java.nio.charset.CharacterCodingException.class);
  }
}
