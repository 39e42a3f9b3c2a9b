package org.dyad.nlp;

import java.util.Locale;

/**
 * Which tagger and parser a pipeline uses: dyad's own (the default, shipped with dyad) or
 * CoreNLP's (needs the CoreNLP models jar on the classpath, which the launcher adds for
 * {@code --parser corenlp}).
 */
public enum Backend {
  DYAD, CORENLP;

  public static final Backend DEFAULT = DYAD;

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
              + "*-models.jar, 470 MB) on the classpath: run ./dyad with --parser corenlp once (it downloads it with "
              + "Maven), or add it to your classpath");
        }
        yield new CoreNlpParser();
      }
    };
  }
}
