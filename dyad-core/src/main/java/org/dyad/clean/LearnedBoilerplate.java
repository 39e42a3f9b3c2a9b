package org.dyad.clean;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Article;

/**
 * Lines learned to be boilerplate, per source (see {@link BoilerplateLearner}). Immutable and
 * thread-safe.
 *
 * <p>{@link #strip} blanks those lines out with spaces rather than cutting them, so the article
 * keeps its length and every offset into it stays where it was; the line cleaner then skips the
 * blank lines.
 */
public final class LearnedBoilerplate {
  public static final LearnedBoilerplate NONE = new LearnedBoilerplate(Map.of());

  private final Map<String, Set<Long>> linesBySource;

  LearnedBoilerplate(Map<String, Set<Long>> linesBySource) {
    this.linesBySource = Map.copyOf(linesBySource);
  }

  /**
   * The source an article's furniture belongs to: the outlet named by its container, else its
   * URL's host, else the directory its id names (text files of one folder are taken as one site).
   */
  public static String sourceOf(Article a) {
    if (a.meta().source().isPresent()) {
      return a.meta().source().get().strip().toLowerCase(Locale.ROOT);
    }
    if (a.meta().url().isPresent()) {
      try {
        String host = URI.create(a.meta().url().get().strip()).getHost();
        if (host != null) {
          return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        }
      } catch (IllegalArgumentException ignored) {
        // not a URL: fall through to the id
      }
    }
    String id = a.id();
    int hash = id.indexOf('#');
    String path = hash >= 0 ? id.substring(0, hash) : id;
    int slash = path.lastIndexOf('/');
    return slash >= 0 ? "dir:" + path.substring(0, slash) : "dir:";
  }

  /** How many lines are known as boilerplate for the article's source. */
  public int size(String source) {
    return linesBySource.getOrDefault(source, Set.of()).size();
  }

  public boolean isBoilerplate(String source, String line) {
    long h = lineHash(line, 0, line.length());
    return h != 0 && linesBySource.getOrDefault(source, Set.of()).contains(h);
  }

  /** The article with its source's boilerplate lines replaced by spaces (the same object when there are none). */
  public Article strip(Article a) {
    Set<Long> lines = linesBySource.get(sourceOf(a));
    if (lines == null) {
      return a;
    }
    String text = a.text();
    char[] out = null;
    for (int start = 0; start <= text.length(); ) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      long h = lineHash(text, start, end);
      if (h != 0 && lines.contains(h)) {
        if (out == null) {
          out = text.toCharArray();
        }
        for (int i = start; i < end; i++) {
          if (out[i] != '\r') {
            out[i] = ' ';
          }
        }
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out == null ? a : new Article(a.id(), new String(out), a.meta());
  }

  interface LineVisitor {
    void line(int start, int end);
  }

  static void forEachLine(String text, LineVisitor v) {
    for (int start = 0; start <= text.length(); ) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      v.line(start, end);
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
  }

  /**
   * A 64-bit hash of a line with case and spacing ignored, or 0 for lines too short to judge
   * (blank lines, lone bullets): FNV-1a, so that tables hold longs, not strings.
   */
  static long lineHash(String text, int start, int end) {
    long h = 0xcbf29ce484222325L;
    int letters = 0;
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = letters > 0;
        continue;
      }
      if (space) {
        h = (h ^ ' ') * 0x100000001b3L;
        space = false;
      }
      h = (h ^ Character.toLowerCase(c)) * 0x100000001b3L;
      if (Character.isLetterOrDigit(c)) {
        letters++;
      }
    }
    return letters < 3 ? 0 : h == 0 ? 1 : h;
  }

  static long hash(String text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }
}
