package org.dyad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a gold set: JSON Lines, one record per line, blank lines ignored. A line that is not a
 * valid record is reported as "file:line: what is wrong" and skipped, so one bad line does not
 * stop an evaluation; the caller counts and prints the errors.
 */
public final class GoldReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  public GoldFile read(Path file) throws IOException {
    List<GoldRecord> records = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String where = file + ":" + n;
        try {
          GoldRecord r = parse(line, where);
          if (!ids.add(r.id())) {
            throw new GoldFormatException("id '" + r.id() + "' was already used");
          }
          records.add(r);
        } catch (GoldFormatException e) {
          errors.add(where + ": " + e.getMessage());
        }
      }
    }
    return new GoldFile(file, records, errors);
  }

  /** Parses one line; {@code where} ("file:line") becomes the record's source. */
  GoldRecord parse(String line, String where) {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new GoldFormatException("not valid JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) {
      throw new GoldFormatException("expected a JSON object");
    }
    String id = requiredText(n, "id");
    String text = requiredText(n, "text");
    Optional<LocalDate> date = Optional.ofNullable(optionalText(n, "date")).map(d -> {
      try {
        return LocalDate.parse(d);
      } catch (DateTimeParseException e) {
        throw new GoldFormatException("'date' is '" + d + "', expected YYYY-MM-DD or null");
      }
    });
    List<GoldEvent> events = null;
    JsonNode ev = n.get("events");
    if (ev != null && !ev.isNull()) {
      if (!ev.isArray()) {
        throw new GoldFormatException("'events' must be a list");
      }
      events = new ArrayList<>();
      for (int i = 0; i < ev.size(); i++) {
        events.add(event(ev.get(i), "events[" + i + "]"));
      }
    }
    JsonNode noev = n.get("noevents");
    if (noev != null && !noev.isNull() && !noev.isBoolean()) {
      throw new GoldFormatException("'noevents' must be true, false or null");
    }
    boolean noevents = noev != null && noev.asBoolean(false);
    if (noevents && events != null && !events.isEmpty()) {
      throw new GoldFormatException("'noevents' is true but 'events' is not empty");
    }
    String level = optionalText(n, "level");
    if (level != null && !level.equals("root")) {
      throw new GoldFormatException("'level' is '" + level + "'; only \"root\" or null are known");
    }
    return new GoldRecord(id, date, text, optionalText(n, "category"), events, noevents,
        optionalText(n, "expected_error"), "root".equals(level), where);
  }

  private static GoldEvent event(JsonNode e, String name) {
    if (!e.isObject()) {
      throw new GoldFormatException(name + " must be an object");
    }
    String code = optionalText(e, "code", name);
    // PETRARCH's suite also uses codes a user dictionary defines beyond CAMEO, such as 174K.
    if (code != null && !code.matches("\\d{2,4}[A-Z]?")) {
      throw new GoldFormatException(name + ".code is '" + code + "', expected 2 to 4 digits (and an optional letter)");
    }
    String plover = optionalText(e, "plover", name);
    return new GoldEvent(actors(e, "source", name), actors(e, "target", name), code,
        plover == null ? null : plover.strip().toUpperCase(java.util.Locale.ROOT));
  }

  private static List<String> actors(JsonNode e, String field, String name) {
    JsonNode a = e.get(field);
    if (a == null || a.isNull()) {
      return List.of();
    }
    if (a.isTextual()) {
      return List.of(a.asText()); // a single code written without brackets
    }
    if (!a.isArray()) {
      throw new GoldFormatException(name + "." + field + " must be a list of actor codes");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode c : a) {
      if (!c.isTextual()) {
        throw new GoldFormatException(name + "." + field + " must be a list of actor codes, has " + c);
      }
      if (!c.asText().isBlank()) {
        out.add(c.asText().strip());
      }
    }
    return out;
  }

  private static String requiredText(JsonNode n, String field) {
    String v = optionalText(n, field);
    if (v == null || v.isBlank()) {
      throw new GoldFormatException("'" + field + "' is missing or empty");
    }
    return v;
  }

  private static String optionalText(JsonNode n, String field) {
    return optionalText(n, field, null);
  }

  private static String optionalText(JsonNode n, String field, String parent) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new GoldFormatException((parent == null ? "'" + field + "'" : parent + "." + field)
          + " must be a string or null, is " + v);
    }
    return v.asText();
  }

  /** A line that is not a gold record; the message says what is wrong, the reader adds file:line. */
  static final class GoldFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GoldFormatException(String message) {
      super(message);
    }
  }
}
