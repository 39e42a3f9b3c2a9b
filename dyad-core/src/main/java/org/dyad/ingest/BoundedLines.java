package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without ever holding more than {@code maxBytes} of one line: a
 * longer line is consumed to its end and returned as too long, with its size, so a 50 MB line
 * costs no more memory than a short one.
 */
final class BoundedLines {
  /** One line: its number (from 1), its bytes (without the newline) unless it was too long. */
  record Line(long number, byte[] bytes, long size, boolean tooLong) {}

  private final InputStream in;
  private final long maxBytes;
  private final byte[] chunk = new byte[64 * 1024];
  private int pos;
  private int end;
  private long lineNo;
  private boolean eof;

  BoundedLines(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    byte[] buf = new byte[256];
    int len = 0;
    long size = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == end) {
        if (eof || !fill()) {
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int nl = -1;
      for (int i = pos; i < end; i++) {
        if (chunk[i] == '\n') {
          nl = i;
          break;
        }
      }
      int stop = nl < 0 ? end : nl;
      int n = stop - pos;
      size += n;
      if (!tooLong) {
        if (size > maxBytes) {
          tooLong = true;
          buf = null;
        } else {
          if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
          }
          System.arraycopy(chunk, pos, buf, len, n);
          len += n;
        }
      }
      pos = stop;
      if (nl >= 0) {
        pos = nl + 1;
        break;
      }
    }
    lineNo++;
    if (!tooLong && len > 0 && buf[len - 1] == '\r') {
      len--; // CRLF line ends
    }
    return new Line(lineNo, tooLong ? null : Arrays.copyOf(buf, len), size, tooLong);
  }

  private boolean fill() throws IOException {
    int n = in.read(chunk);
    if (n <= 0) {
      eof = true;
      return false;
    }
    pos = 0;
    end = n;
    return true;
  }
}
