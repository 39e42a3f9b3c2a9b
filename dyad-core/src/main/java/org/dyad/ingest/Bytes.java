package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Bounded reading and strict UTF-8 decoding, shared by the readers. */
final class Bytes {
  /** How much of a file is looked at to decide whether it is binary, and what format it is. */
  static final int SNIFF = 8192;

  private Bytes() {}

  /** All bytes of a stream, or an error when there are more than {@code limit}: never more is held. */
  static byte[] readLimited(InputStream in, long limit, InputSource src) throws InputException {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16L, Math.max(0, limit) + 1));
      if (bytes.length > limit) {
        throw src.problem("is over the limit of " + limit
            + " bytes for one article (raise it with --max-bytes if this really is one article)");
      }
      return bytes;
    } catch (IOException e) {
      throw src.problem("cannot be read: " + e.getMessage());
    }
  }

  /** The first bytes of a source, for sniffing its format. */
  static byte[] head(InputSource src) throws InputException {
    try (InputStream in = src.open()) {
      return in.readNBytes(SNIFF);
    } catch (IOException e) {
      throw src.problem("cannot be read: " + e.getMessage());
    }
  }

  static boolean hasNul(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  static String binaryReason() {
    return "looks binary (contains NUL bytes); expected UTF-8 text (UTF-16 files must be converted,"
        + " e.g. iconv -f utf-16 -t utf-8)";
  }

  /** Decodes UTF-8, refusing malformed input rather than inventing replacement characters. */
  static String utf8(byte[] bytes, int offset, int length) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, offset, length))
        .toString();
  }

  static String utf8Reason(CharacterCodingException e) {
    return "is not valid UTF-8 (" + e.getMessage() + "); convert it first, e.g. iconv -f latin1 -t utf-8";
  }

  static boolean startsWith(byte[] bytes, byte... prefix) {
    return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }
}
