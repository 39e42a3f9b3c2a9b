package org.dyad.store;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Tab-separated rows the way GDELT and ICEWS files are written: no quoting, a missing value is an
 * empty field. Since such files have no quoting, a tab, line break or other control character
 * inside a value would break the row; each is written as one space. Numbers never use exponents.
 */
final class TsvRows {
  private final Writer w;

  TsvRows(Writer w) {
    this.w = w;
  }

  void row(List<?> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        w.write('\t');
      }
      w.write(field(values.get(i)));
    }
    w.write('\n');
  }

  /** A value as a field: null is empty, doubles are plain decimals, control characters are spaces. */
  static String field(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      return decimal(d, 6);
    }
    String s = v.toString();
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        if (b == null) {
          b = new StringBuilder(s.substring(0, i));
        }
        b.append(' ');
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /** {@code d} rounded to {@code places} decimals, trailing zeros dropped, never in exponent form. */
  static String decimal(double d, int places) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return "";
    }
    BigDecimal x = BigDecimal.valueOf(d).setScale(places, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    return x.signum() == 0 ? "0" : x.toPlainString();
  }
}
