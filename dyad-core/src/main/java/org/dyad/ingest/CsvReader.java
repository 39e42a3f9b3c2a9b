package org.dyad.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.model.Article;

/**
 * Reads CSV (or TSV: {@code .tsv} files, or a header with tabs and no commas) with a header row
 * naming the columns; one article per row, from the columns named in
 * {@link ReaderOptions.FieldNames}. The id is the id column, else {@code name#line} (the line the
 * row starts on). A bad row is reported with file:line and reading goes on.
 */
public final class CsvReader implements ArticleReader {
  /** Stray quotes after which a file is given up (each one costs a second read of the rest of the file). */
  static final int MAX_RESYNCS = 100;

  private final ReaderOptions options;

  public CsvReader(ReaderOptions options) {
    this.options = options;
  }

  @Override
  public void read(Path input, Consumer<Article> articles, Consumer<InputException> problems)
      throws InputException {
    read(InputSource.of(input, input.getFileName().toString()), articles, problems);
  }

  void read(InputSource src, Consumer<Article> articles, Consumer<InputException> problems) throws InputException {
    byte[] head = Bytes.head(src);
    if (Bytes.hasNul(head, head.length)) {
      throw src.problem(Bytes.binaryReason());
    }
    if (new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
      throw src.problem("is empty");
    }
    byte delimiter = delimiter(src.fileName(), head);
    ReaderOptions.FieldNames names = options.fields();
    InputStream in = null;
    try {
      in = new BufferedInputStream(src.open());
      CsvRecords rows = new CsvRecords(in, delimiter, options.maxBytes());
      CsvRecords.Row header = rows.next();
      if (header.tooLong() || header.error() != null) {
        throw src.problem(1, "the header row cannot be read" + (header.error() == null ? "" : ": " + header.error()));
      }
      Map<String, Integer> columns = new HashMap<>();
      List<String> headerNames = new ArrayList<>();
      for (int i = 0; i < header.fields().size(); i++) {
        String name = decode(header.fields().get(i), src, 1).strip();
        if (i == 0 && name.startsWith("\uFEFF")) {
          name = name.substring(1);
        }
        columns.putIfAbsent(name, i);
        headerNames.add(name);
      }
      if (!columns.containsKey(names.text()) && !columns.containsKey(names.title())) {
        throw src.problem(1, "the header has no '" + names.text() + "' or '" + names.title()
            + "' column (it has " + headerNames + "; name yours with --text-field and --title-field)");
      }
      CsvRecords.Row row;
      long records = 0;
      int resyncs = 0;
      while ((row = rows.next()) != null) {
        records++;
        try {
          Optional<Article> a = article(src, row, columns, headerNames.size(), problems);
          a.ifPresent(articles);
        } catch (InputException e) {
          problems.accept(e);
        }
        if (row.resumeAt() >= 0 && ++resyncs > MAX_RESYNCS) {
          // Each resynchronisation reads the rest of the file again: bound the work on a file full of quotes.
          throw src.problem(row.line(), "more than " + MAX_RESYNCS + " stray quotes; the rest of the file is not read"
              + " (is it really CSV?)");
        }
        if (row.resumeAt() >= 0) {
          // A stray quote swallowed the rest of the file: read it again from the line after the
          // broken row's first line, so only that row is lost.
          in.close();
          in = new BufferedInputStream(src.open());
          in.skipNBytes(row.resumeAt());
          rows = new CsvRecords(in, delimiter, options.maxBytes(), row.resumeLine(), row.resumeAt());
        }
      }
      if (records == 0) {
        throw src.problem("has a header row but no rows after it (header: " + headerNames + ")");
      }
    } catch (IOException e) {
      throw src.problem("cannot be read: " + e.getMessage());
    } finally {
      if (in != null) {
        try {
          in.close();
        } catch (IOException ignored) {
          // read fully or failed already
        }
      }
    }
  }

  private Optional<Article> article(InputSource src, CsvRecords.Row row, Map<String, Integer> columns, int width,
      Consumer<InputException> problems) throws InputException {
    long n = row.line();
    if (row.tooLong()) {
      throw src.problem(n, "row is " + row.size() + " bytes, over the limit of " + options.maxBytes()
          + " bytes for one article (raise it with --max-bytes if this really is one article)");
    }
    if (row.error() != null) {
      throw src.problem(n, row.error());
    }
    List<byte[]> fields = row.fields();
    if (fields.size() == 1 && fields.get(0).length == 0) {
      return Optional.empty(); // a blank line
    }
    if (fields.size() > width) {
      throw src.problem(n, "has " + fields.size() + " fields but the header has " + width
          + " (an unquoted delimiter inside a field?)");
    }
    RecordArticles.Fields get = name -> {
      Integer i = columns.get(name);
      if (i == null || i >= fields.size()) {
        return Optional.empty();
      }
      return Optional.of(decode(fields.get(i), src, n)).filter(s -> !s.isBlank());
    };
    return Optional.of(RecordArticles.article(get, options.fields(), src.name() + "#" + n, src, n, problems));
  }

  private static String decode(byte[] bytes, InputSource src, long line) throws InputException {
    if (Bytes.hasNul(bytes, bytes.length)) {
      throw src.problem(line, "contains NUL bytes (binary data in a CSV file)");
    }
    try {
      return Bytes.utf8(bytes, 0, bytes.length);
    } catch (CharacterCodingException e) {
      throw src.problem(line, "is not valid UTF-8; CSV files must be UTF-8 (convert with iconv)");
    }
  }

  private static byte delimiter(String fileName, byte[] head) {
    if (fileName.toLowerCase(java.util.Locale.ROOT).matches(".*\\.tsv(\\.gz)?")) {
      return '\t';
    }
    int nl = 0;
    while (nl < head.length && head[nl] != '\n') {
      nl++;
    }
    boolean tab = false;
    for (int i = 0; i < nl; i++) {
      if (head[i] == ',') {
        return ',';
      }
      tab |= head[i] == '\t';
    }
    return tab ? (byte) '\t' : (byte) ',';
  }
}
