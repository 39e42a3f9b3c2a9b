package org.dyad.eval;

import java.nio.file.Path;
import java.util.List;

/**
 * The readable records of a gold file and the lines that could not be read.
 *
 * @param path    the file
 * @param records the records in file order
 * @param errors  one message per malformed line, each starting with "file:line: "
 */
public record GoldFile(Path path, List<GoldRecord> records, List<String> errors) {
  public GoldFile {
    records = List.copyOf(records);
    errors = List.copyOf(errors);
  }

  /** The file name without its extension, used to name per-file report directories. */
  public String stem() {
    String n = path.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
