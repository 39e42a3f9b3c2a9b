package org.dyad.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Article;
import org.dyad.model.CleanArticle;
import org.dyad.model.TextBlock;

/**
 * Cleans an article line by line: drops boilerplate lines and repeated lines, takes the first
 * dateline near the top as the article's date, and joins hard-wrapped lines back into paragraphs.
 * Kept text is never rewritten, so offsets into the raw article stay exact.
 */
public final class LineCleaner implements Cleaner {
  /** A dateline is looked for only this far into the article (in lines), as datelines sit on top. */
  private static final int DATELINE_WINDOW = 15;

  private final List<LineFilter> filters;

  public LineCleaner(List<LineFilter> filters) {
    this.filters = List.copyOf(filters);
  }

  public static LineCleaner withDefaults() {
    return new LineCleaner(BoilerplateFilters.defaults());
  }

  @Override
  public CleanArticle clean(Article article) {
    String text = article.text();
    List<TextBlock> blocks = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Optional<LocalDate> date = Optional.empty();
    int lineNo = 0;
    int pos = 0;
    while (pos <= text.length()) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      String line = text.substring(pos, end);
      String key = line.strip();
      if (!key.isEmpty()) {
        lineNo++;
        Optional<LocalDate> d = lineNo <= DATELINE_WINDOW && date.isEmpty()
            ? org.dyad.model.Dateline.dateOf(key) : Optional.empty();
        if (d.isPresent()) {
          date = d;
        } else if (seen.add(key) && !isDoubled(key) && !isBoilerplate(key)) {
          int lead = line.indexOf(key);
          append(blocks, new TextBlock(key, pos + lead), text);
        }
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    return new CleanArticle(article, blocks, date, date.isPresent() ? "dateline" : "none");
  }

  private boolean isBoilerplate(String line) {
    for (LineFilter f : filters) {
      if (f.isBoilerplate(line)) {
        return true;
      }
    }
    return false;
  }

  /** A title glued to itself by a scraper: "No Plan for TalksNo Plan for Talks". */
  private static boolean isDoubled(String line) {
    int n = line.length();
    return n >= 10 && n % 2 == 0 && line.substring(0, n / 2).equals(line.substring(n / 2));
  }

  /** Joins a line to the previous block when the previous one stops mid-sentence (hard wrap). */
  private static void append(List<TextBlock> blocks, TextBlock next, String raw) {
    if (!blocks.isEmpty()) {
      TextBlock last = blocks.get(blocks.size() - 1);
      boolean gapIsOneNewline = raw.substring(last.end(), next.start()).chars().filter(c -> c == '\n').count() == 1;
      boolean midSentence = !last.text().matches("(?s).*[.!?:\"”'’)]$");
      if (gapIsOneNewline && midSentence && Character.isLowerCase(next.text().charAt(0))) {
        blocks.set(blocks.size() - 1, new TextBlock(raw.substring(last.start(), next.end()), last.start()));
        return;
      }
    }
    blocks.add(next);
  }
}
