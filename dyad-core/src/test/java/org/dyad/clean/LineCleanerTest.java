package org.dyad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.CleanArticle;
import org.dyad.model.TextBlock;
import org.junit.jupiter.api.Test;

class LineCleanerTest {
  private final LineCleaner cleaner = LineCleaner.withDefaults();

  private static List<String> kept(CleanArticle a) {
    return a.blocks().stream().map(TextBlock::text).toList();
  }

  @Test
  void dropsWebPageFurnitureAndKeepsTheStory() {
    String raw = """
        World   /   Europe
        Borduria Daily News
        Borduria recalls its envoy from Syldavia

        The Bordurian government recalled its ambassador from Syldavia on Monday.
        SHARE THIS ARTICLE
        Sign up for our newsletter
        Leave a comment. Your email address will not be published.
        www.example-news.org
        """;
    CleanArticle a = cleaner.clean(new Article("a.txt", raw));
    assertThat(kept(a)).containsExactly(
        "Borduria recalls its envoy from Syldavia",
        "The Bordurian government recalled its ambassador from Syldavia on Monday.");
  }

  @Test
  void findsTheDatelineAndDoesNotCodeIt() {
    CleanArticle a = cleaner.clean(new Article("a.txt", "Headline here\nWed Aug 31, 2016 3:58PM\n\nBody text."));
    assertThat(a.date()).contains(LocalDate.of(2016, 8, 31));
    assertThat(a.dateBasis()).isEqualTo("dateline");
    assertThat(kept(a)).containsExactly("Headline here", "Body text.");
  }

  @Test
  void aDateInsideASentenceIsNotADateline() {
    CleanArticle a = cleaner.clean(new Article("a.txt",
        "The two ministers met in Vienna on February 11, 2016 to discuss the truce and much else besides."));
    assertThat(a.date()).isEmpty();
    assertThat(a.dateBasis()).isEqualTo("none");
  }

  @Test
  void offsetsPointIntoTheRawText() {
    String raw = "  Title line  \r\n\nSHARE\n   First paragraph goes here.\nSecond one.";
    CleanArticle a = cleaner.clean(new Article("a.txt", raw));
    for (TextBlock b : a.blocks()) {
      assertThat(raw.substring(b.start(), b.end())).isEqualTo(b.text());
    }
    assertThat(kept(a)).containsExactly("Title line", "First paragraph goes here.", "Second one.");
  }

  @Test
  void aTitleGluedToItselfAndRepeatedLinesAreKeptOnce() {
    CleanArticle a = cleaner.clean(new Article("a.txt",
        "No Talks Planned\n\nNo Talks PlannedNo Talks Planned\n\nNo Talks Planned\n\nThe body."));
    assertThat(kept(a)).containsExactly("No Talks Planned", "The body.");
  }

  @Test
  void hardWrappedLinesAreJoinedIntoOneBlock() {
    String raw = "The minister said the talks\nwould resume next week.\n\nAnother paragraph.";
    CleanArticle a = cleaner.clean(new Article("a.txt", raw));
    assertThat(kept(a)).containsExactly("The minister said the talks\nwould resume next week.", "Another paragraph.");
  }

  @Test
  void photoCaptionsAreDropped() {
    CleanArticle a = cleaner.clean(new Article("a.txt",
        "Syldavian President Ottokar (L) greets his guest in Klow. (photos by Staff)\nThe story itself."));
    assertThat(kept(a)).containsExactly("The story itself.");
  }
}
