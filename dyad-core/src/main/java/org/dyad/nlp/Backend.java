package org.dyad.nlp;

import java.util.Locale;

/**
 * Which tagger and parser a pipeline uses: CoreNLP's (the default: dyad's patterns were written
 * against its parses, and its event figures are still the better ones) or dyad's own
 * ({@link DyadParser}: trained on UD English EWT plus news parsed by CoreNLP, about two orders
 * of magnitude faster, a few points lower on the gold sets; see docs/parsing.md). Both use
 * CoreNLP's tokenizer and sentence splitter.
 */
public enum Backend {
  DYAD, CORENLP;

  public static final Backend DEFAULT = CORENLP;

  public static Backend of(String name) {
    for (Backend b : values()) {
      if (b.name().equalsIgnoreCase(name)) {
        return b;
      }
    }
    throw new IllegalArgumentException("unknown parser '" + name + "': use dyad or corenlp");
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public SentenceSplitter splitter() {
    return new CoreNlpSplitter();
  }

  public DependencyParser parser() {
    return switch (this) {
      case DYAD -> new DyadParser();
      case CORENLP -> {
        if (CoreNlpParser.class.getClassLoader().getResource(CoreNlpParser.PARSER) == null) {
          throw new IllegalArgumentException("--parser corenlp needs the CoreNLP models jar (stanford-corenlp-"
              + "*-models.jar, 470 MB) on the classpath, or use --parser dyad");
        }
        yield new CoreNlpParser();
      }
    };
  }
}
