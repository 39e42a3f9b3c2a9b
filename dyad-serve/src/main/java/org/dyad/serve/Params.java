package org.dyad.serve;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A request's query parameters, read strictly: a parameter the endpoint does not know, a value
 * that does not parse, a repeated single-valued parameter or a value over {@link #MAX_VALUE_LENGTH}
 * characters is refused with a 4xx naming the parameter and the value, never guessed at.
 */
public final class Params {
  /** Longest parameter value accepted; longer ones get 413. */
  public static final int MAX_VALUE_LENGTH = 256;
  private static final Pattern ACTOR = Pattern.compile("[A-Z0-9]{2,15}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  private static final Pattern CODE = Pattern.compile("[0-9]{2,4}");
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z_-]{0,30}");

  private final Map<String, List<String>> values;

  /** @param known the parameters the endpoint reads (anything else is a 400) */
  public Params(Map<String, List<String>> values, Set<String> known) {
    this.values = values;
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      for (String v : e.getValue()) {
        if (v.length() > MAX_VALUE_LENGTH) {
          throw new ApiException(413, "parameter '" + clip(e.getKey()) + "' is " + v.length()
              + " characters long; at most " + MAX_VALUE_LENGTH + " are accepted", clip(e.getKey()), clip(v));
        }
      }
      if (!known.contains(e.getKey())) {
        throw ApiException.badParameter(clip(e.getKey()), String.join(",", e.getValue()),
            "unknown parameter; this endpoint reads " + String.join(", ", known.stream().sorted().toList()));
      }
    }
  }

  static String clip(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }

  /** The one value of {@code name}, or null when absent or empty. */
  public String string(String name) {
    List<String> v = values.get(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (v.size() > 1) {
      throw ApiException.badParameter(name, String.join(",", v), "given " + v.size() + " times; give it once");
    }
    String s = v.get(0).strip();
    return s.isEmpty() ? null : s;
  }

  /** Every value of a parameter that may repeat, each also split at commas. */
  public List<String> list(String name) {
    List<String> out = new ArrayList<>();
    for (String v : values.getOrDefault(name, List.of())) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  /** Every value of a parameter that may repeat, unsplit. */
  public List<String> all(String name) {
    return values.getOrDefault(name, List.of()).stream().filter(s -> !s.isBlank()).map(String::strip).toList();
  }

  public static String actorCode(String name, String value) {
    String v = value.toUpperCase(Locale.ROOT);
    if (!ACTOR.matcher(v).matches()) {
      throw ApiException.badParameter(name, value, "not an actor code (2-15 letters or digits, e.g. RUS or TURGOV)");
    }
    return v;
  }

  public String actor(String name) {
    String v = string(name);
    return v == null ? null : actorCode(name, v);
  }

  public String country(String name) {
    String v = string(name);
    if (v == null) {
      return null;
    }
    String u = v.toUpperCase(Locale.ROOT);
    if (!COUNTRY.matcher(u).matches()) {
      throw ApiException.badParameter(name, v, "not a country code (3 letters, e.g. SYR)");
    }
    return u;
  }

  /** A CAMEO code or its prefix: 2 to 4 digits. */
  public String code(String name) {
    String v = string(name);
    if (v != null && !CODE.matcher(v).matches()) {
      throw ApiException.badParameter(name, v, "not a CAMEO code (2-4 digits, e.g. 04 or 042)");
    }
    return v;
  }

  /** A word from a closed set (lower-cased). */
  public String choice(String name, String fallback, List<String> allowed) {
    String v = string(name);
    if (v == null) {
      return fallback;
    }
    String l = v.toLowerCase(Locale.ROOT);
    if (!allowed.contains(l)) {
      throw ApiException.badParameter(name, v, "use one of " + String.join(", ", allowed));
    }
    return l;
  }

  /** A name-like token (PLOVER type): letters, '-' and '_'. */
  public String word(String name) {
    String v = string(name);
    if (v != null && !WORD.matcher(v).matches()) {
      throw ApiException.badParameter(name, v, "not a type name (letters, e.g. CONSULT)");
    }
    return v;
  }

  public LocalDate date(String name) {
    String v = string(name);
    if (v == null) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(v);
      if (d.getYear() < 1000 || d.getYear() > 2999) {
        throw ApiException.badParameter(name, v, "year out of range (1000-2999)");
      }
      return d;
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(name, v, "not a date (YYYY-MM-DD)");
    }
  }

  public int integer(String name, int fallback, int min, int max) {
    String v = string(name);
    if (v == null) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, v, "not a whole number");
    }
    if (n < min || n > max) {
      throw ApiException.badParameter(name, v, "must be between " + min + " and " + max);
    }
    return n;
  }

  public Double decimal(String name, double min, double max) {
    String v = string(name);
    if (v == null) {
      return null;
    }
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, v, "not a number");
    }
    if (!(d >= min && d <= max)) {
      throw ApiException.badParameter(name, v, "must be between " + min + " and " + max);
    }
    return d;
  }

  public boolean flag(String name) {
    String v = string(name);
    if (v == null) {
      return false;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "1", "true", "yes", "on" -> true;
      case "0", "false", "no", "off" -> false;
      default -> throw ApiException.badParameter(name, v, "use true or false");
    };
  }
}
