package org.dyad.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A test-case table beside a test class: one case a line, tab-separated columns, '#' comments,
 * blank lines and a header line starting "sentence&lt;TAB&gt;" skipped. A line with another number of
 * columns fails with its file and line.
 */
public final class CaseFile {
  /** One case: where it is ("file:line") and its columns. */
  public record Row(String at, List<String> columns) {
    public String get(int i) {
      return columns.get(i);
    }
  }

  private CaseFile() {}

  public static List<Row> rows(Class<?> beside, String name, int columns) {
    List<Row> out = new ArrayList<>();
    InputStream stream = beside.getResourceAsStream(name);
    if (stream == null) {
      throw new IllegalArgumentException("no test-case file " + name + " beside " + beside.getName());
    }
    try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#") || line.startsWith("sentence\t")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != columns) {
          throw new IllegalArgumentException(name + ":" + n + ": expected " + columns + " tab-separated columns, found "
              + f.length);
        }
        out.add(new Row(name + ":" + n, List.of(f)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
