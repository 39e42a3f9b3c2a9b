package org.dyad.clean;

import java.util.Optional;
import org.dyad.model.Article;

/**
 * Decides which articles a run codes by language: those detected as the wanted language and those
 * whose language cannot be told. The run asks {@link #skipReason} for each article and counts the
 * skipped ones by reason. Thread-safe.
 */
public final class LanguageFilter {
  /** The language value that codes everything. */
  public static final String ANY = "any";

  private final String language;
  private final LanguageDetector detector = new LanguageDetector();

  /** @param language ISO 639-1 code of the language to code ("en"), or "any" */
  public LanguageFilter(String language) {
    if (!language.equals(ANY) && !LanguageDetector.languages().contains(language)) {
      // a code the detector never returns would skip every article it can tell, and code nothing
      throw new IllegalArgumentException("--language '" + language + "' is not a language dyad can detect: use any or "
          + String.join(", ", LanguageDetector.languages()));
    }
    this.language = language;
  }

  /** Why the article is not coded ("language fr (not en)"), or empty when it is. */
  public Optional<String> skipReason(Article article) {
    if (language.equals(ANY)) {
      return Optional.empty();
    }
    LanguageDetector.Guess g = detector.detect(article.text());
    if (g.isKnown() && !g.language().equals(language)) {
      return Optional.of("language " + g.language() + " (not " + language + ")");
    }
    return Optional.empty();
  }
}
