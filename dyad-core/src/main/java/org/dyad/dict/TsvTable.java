package org.dyad.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated dictionary file: '#' starts a comment line, the first other line names the
 * columns, every row must have the required ones (it may stop after the last required column, not
 * before). Errors name the file and line.
 */
public final class TsvTable {
  /** One row, with the place it came from. */
  public record Row(String source, Map<String, String> fields) {
    public String get(String column) {
      return fields.getOrDefault(column, "").strip();
    }

    /** A '|'-separated list column, blanks dropped. */
    public List<String> list(String column) {
      return Arrays.stream(get(column).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
  }

  private TsvTable() {}

  public static List<Row> fromResource(String resource, String... required) {
    InputStream in = TsvTable.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("built-in dictionary " + resource + " is missing from the classpath");
    }
    return read(resource.substring(resource.lastIndexOf('/') + 1), in, required);
  }

  public static List<Row> fromFile(Path file, String... required) {
    try {
      return read(file.toString(), Files.newInputStream(file), required);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read dictionary", e);
    }
  }

  static List<Row> read(String name, InputStream in, String... required) {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String[] header = null;
      int requiredWidth = 0;
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (header == null) {
          header = cells;
          for (int i = 0; i < header.length; i++) {
            if (Arrays.asList(required).contains(header[i])) {
              requiredWidth = i + 1; // every row must reach the last required column
            }
          }
          for (String col : required) {
            if (!Arrays.asList(header).contains(col)) {
              throw new DictionaryException(name + ":" + lineNo + ": header lacks column '" + col
                  + "' (columns are " + String.join(", ", header) + ")");
            }
          }
          continue;
        }
        if (cells.length < requiredWidth) {
          throw new DictionaryException(name + ":" + lineNo + ": " + cells.length + " fields but the header has "
              + header.length + ", so column '" + header[requiredWidth - 1] + "' is missing (a lost tab?)");
        }
        if (cells.length > header.length) {
          throw new DictionaryException(name + ":" + lineNo + ": " + cells.length + " fields but the header has "
              + header.length + " (a stray tab?)");
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
          fields.put(header[i], cells[i]);
        }
        rows.add(new Row(name + ":" + lineNo, fields));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read dictionary", e);
    }
    return rows;
  }
}
