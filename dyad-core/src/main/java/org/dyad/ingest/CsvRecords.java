package org.dyad.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a CSV byte stream (RFC 4180: quoted fields may hold delimiters, doubled quotes and line
 * breaks) into records without holding more than {@code maxBytes} of one record. Works on bytes:
 * the delimiter, quote and line breaks are ASCII and never occur inside a UTF-8 sequence, so
 * each field is decoded (strictly) on its own and a bad byte costs one record, not the file.
 */
final class CsvRecords {
  /**
   * One record.
   *
   * @param line    the line it starts on (from 1)
   * @param fields  its fields' bytes; empty when too long or broken
   * @param size    its size in bytes
   * @param tooLong it was over the limit and was skipped
   * @param error   what is wrong with it (an unclosed quote), or null
   */
  record Row(long line, List<byte[]> fields, long size, boolean tooLong, String error) {}

  private final InputStream in;
  private final byte delimiter;
  private final long maxBytes;
  private long line = 1;
  private int peeked = -2;

  CsvRecords(InputStream in, byte delimiter, long maxBytes) {
    this.in = in;
    this.delimiter = delimiter;
    this.maxBytes = maxBytes;
  }

  /** The next record, or null at the end of the stream. */
  Row next() throws IOException {
    int c = read();
    if (c < 0) {
      return null;
    }
    long start = line;
    List<byte[]> fields = new ArrayList<>();
    ByteArrayOutputStream field = new ByteArrayOutputStream();
    long size = 0;
    boolean tooLong = false;
    boolean quoted = false;
    boolean fieldStart = true;
    while (c >= 0) {
      size++;
      if (size > maxBytes && !tooLong) {
        tooLong = true;
        fields.clear();
        field = new ByteArrayOutputStream(); // stop holding bytes; keep parsing to the record's end
      }
      if (quoted) {
        if (c == '"') {
          int d = read();
          if (d == '"') {
            size++;
            append(field, tooLong, d);
          } else {
            quoted = false;
            unread(d);
          }
        } else {
          if (c == '\n') {
            line++;
          }
          append(field, tooLong, c);
        }
      } else if (c == '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
      } else if (c == delimiter) {
        if (!tooLong) {
          fields.add(field.toByteArray());
        }
        field.reset();
        fieldStart = true;
      } else if (c == '\n') {
        line++;
        break;
      } else if (c == '\r') {
        int d = read();
        if (d != '\n') {
          unread(d);
        } else {
          line++;
          break;
        }
      } else {
        append(field, tooLong, c);
        fieldStart = false;
      }
      c = read();
    }
    if (quoted) {
      return new Row(start, List.of(), size, tooLong,
          "a quoted field is not closed before the end of the file (a truncated file, or a stray '\"'?)");
    }
    if (!tooLong) {
      fields.add(field.toByteArray());
    }
    return new Row(start, tooLong ? List.of() : fields, size, tooLong, null);
  }

  private static void append(ByteArrayOutputStream field, boolean tooLong, int c) {
    if (!tooLong) {
      field.write(c);
    }
  }

  private int read() throws IOException {
    if (peeked != -2) {
      int p = peeked;
      peeked = -2;
      return p;
    }
    return in.read();
  }

  private void unread(int c) {
    peeked = c;
  }
}
