package org.dyad.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Ids derived from content, so that the same input gets the same ids in every run. */
public final class Ids {
  private Ids() {}

  /** The SHA-256 of a text, in hex: an article's content hash. */
  public static String contentHash(String text) {
    return HexFormat.of().formatHex(sha256(text));
  }

  /**
   * A positive 63-bit id from the SHA-256 of the parts joined by a separator that cannot occur in
   * them: GDELT and most tools expect integer event ids.
   */
  public static long longId(Object... parts) {
    StringBuilder b = new StringBuilder();
    for (Object p : parts) {
      b.append(p).append('\u0001');
    }
    return ByteBuffer.wrap(sha256(b.toString())).getLong() & Long.MAX_VALUE;
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
