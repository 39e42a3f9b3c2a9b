package org.dyad.dict.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a PETRARCH/TABARI dictionary file with comments removed: {@code <!-- ... -->}
 * blocks (over several lines too) and {@code #} to the end of the line when outside a code block
 * ({@code [###]} is a code, not a comment). Blank lines are kept: they end synset lists.
 */
final class SourceLines {
  /** One line: its number in the file, its text without comments (stripped), and "file:line". */
  record Line(int number, String text, String where) {}

  private SourceLines() {}

  static List<Line> read(Path file) {
    try {
      return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read dictionary file", e);
    }
  }

  static List<Line> parse(String name, String content) {
    List<Line> out = new ArrayList<>();
    boolean inComment = false;
    String[] raw = content.split("\r?\n|\r", -1);
    for (int n = 0; n < raw.length; n++) {
      StringBuilder kept = new StringBuilder();
      String s = raw[n];
      int i = 0;
      boolean inCode = false;
      while (i < s.length()) {
        if (inComment) {
          int end = s.indexOf("-->", i);
          if (end < 0) {
            i = s.length();
          } else {
            inComment = false;
            i = end + 3;
          }
          continue;
        }
        char c = s.charAt(i);
        if (!inCode && s.startsWith("<!", i)) {
          inComment = true;
          i += 2;
          continue;
        }
        if (!inCode && c == '#') {
          break;
        }
        if (c == '[') {
          inCode = true;
        } else if (c == ']') {
          inCode = false;
        }
        kept.append(c);
        i++;
      }
      out.add(new Line(n + 1, kept.toString().strip(), name + ":" + (n + 1)));
    }
    return out;
  }
}
