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
   * @param resumeAt for a row whose quote is never closed: the byte offset of the line after its
   *                 first line, where reading resumes (the quote was stray, and the rows it
   *                 swallowed are read again); -1 otherwise
   */
  record Row(long line, List<byte[]> fields, long size, boolean tooLong, String error, long resumeAt,
      long resumeLine) {}

  private final InputStream in;
  private final byte delimiter;
  private final long maxBytes;
  private long line;
  private long offset;
  private int peeked = -2;

  CsvRecords(InputStream in, byte delimiter, long maxBytes) {
    this(in, delimiter, maxBytes, 1, 0);
  }

  /** A reader resuming at byte {@code offset}, which is the start of line {@code line}. */
  CsvRecords(InputStream in, byte delimiter, long maxBytes, long line, long offset) {
    this.in = in;
    this.delimiter = delimiter;
    this.maxBytes = maxBytes;
    this.line = line;
    this.offset = offset;
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
    long firstLineEnd = -1;
    long quoteLine = line;
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
          } else if (firstLineEnd >= 0 && d >= 0 && d != delimiter && d != '\n' && d != '\r') {
            // A quote that spanned lines closes in the middle of a field: it was a stray quote
            // that swallowed the lines after it. Those lines are read again as rows.
            return new Row(start, List.of(), size, tooLong, "a quoted field spans lines and closes in the middle of"
                + " a field (a stray '\"'?); this row is skipped and reading resumes on the next line",
                firstLineEnd, quoteLine + 1);
          } else {
            quoted = false;
            unread(d);
          }
        } else {
          if (c == '\n') {
            line++;
            if (firstLineEnd < 0) {
              firstLineEnd = offset;
            }
          }
          append(field, tooLong, c);
        }
      } else if (c == '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
        firstLineEnd = -1; // resume after the line this quote opened on, should it never close
        quoteLine = line;
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
          "a quoted field is not closed before the end of the file (a stray '\"'?); this row is skipped and"
              + " reading resumes on the next line", firstLineEnd, quoteLine + 1);
    }
    if (!tooLong) {
      fields.add(field.toByteArray());
    }
    return new Row(start, tooLong ? List.of() : fields, size, tooLong, null, -1, -1);
  }

  private static void append(ByteArrayOutputStream field, boolean tooLong, int c) {
    if (!tooLong) {
      field.write(c);
    }
  }

  private int read() throws IOException {
    int c;
    if (peeked != -2) {
      c = peeked;
      peeked = -2;
    } else {
      c = in.read();
    }
    if (c >= 0) {
      offset++;
    }
    return c;
  }

  private void unread(int c) {
    peeked = c;
    if (c >= 0) {
      offset--;
    }
  }
}
