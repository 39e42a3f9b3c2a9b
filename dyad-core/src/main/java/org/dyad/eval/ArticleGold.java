package org.dyad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An article-level gold set: {@code {"about": …, "articles": {id: {"title", "text", "date"?, "core": [...],
 * "optional": [...], "forbidden"?: [...]}}}} (the format of {@code agnews_dev.json} and
 * {@code newsdomain_dev.json}). Each event is {@code {"src": [countries], "tgt": [...], "roots": ["19"],
 * "sym": bool, "codes"?, "date"?, "note"?, "id"?}}. An article that is not well formed is reported as
 * "file: articles.ID: what is wrong" and left out; the others are read.
 *
 * @param path     the file
 * @param about    the file's own description, or ""
 * @param articles the readable articles in file order
 * @param errors   one message per article that could not be read
 */
public record ArticleGold(Path path, String about, List<Article> articles, List<String> errors) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public ArticleGold {
    articles = List.copyOf(articles);
    errors = List.copyOf(errors);
  }

  /**
   * One gold article.
   *
   * @param id        its key in the file
   * @param title     the headline ("" when none)
   * @param text      the body
   * @param date      the article date when the file gives a full day
   * @param dateText  the date as written (a month alone, "2015-10", gives no {@code date}), or null
   * @param core      events both coders found: they count for recall
   * @param optional  events one coder found, or background: a coded event matching one is correct
   * @param forbidden events that must not be coded
   */
  public record Article(String id, String title, String text, Optional<LocalDate> date, String dateText,
      List<Event> core, List<Event> optional, List<Event> forbidden) {
    public Article {
      core = List.copyOf(core);
      optional = List.copyOf(optional);
      forbidden = List.copyOf(forbidden);
    }

    /** What is coded: the title, a blank line and the text (the text alone without a title). */
    public String codedText() {
      return title.isBlank() ? text : title.strip() + "\n\n" + text;
    }
  }

  /**
   * One gold event: the countries (first three letters of actor codes) either side may have, the
   * CAMEO roots that fit, whether it matches in either direction, and its day when the coders agreed one.
   */
  public record Event(String id, List<String> src, List<String> tgt, List<String> roots, boolean sym,
      List<String> codes, String date, String note) {
    public Event {
      src = List.copyOf(src);
      tgt = List.copyOf(tgt);
      roots = List.copyOf(roots);
      codes = List.copyOf(codes);
    }
  }

  /** The file name without its extension. */
  public String stem() {
    String n = path.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  /** True when {@code file} holds one JSON object with an "articles" object: an article-level set. */
  public static boolean isArticleSet(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      JsonNode n = JSON.readTree(in); // the first value only: a JSON Lines file yields its first record
      return n != null && n.isObject() && n.path("articles").isObject();
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  /** Reads a set; a file that is not one JSON object with "articles" is an error naming the file. */
  public static ArticleGold read(Path file) throws IOException {
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject() || !root.path("articles").isObject()) {
      throw new IOException(file + ": expected a JSON object with an \"articles\" object");
    }
    List<Article> articles = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = root.get("articles").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> a = it.next();
      try {
        articles.add(article(a.getKey(), a.getValue()));
      } catch (IllegalArgumentException e) {
        errors.add(file + ": articles." + a.getKey() + ": " + e.getMessage());
      }
    }
    return new ArticleGold(file, root.path("about").asText(""), articles, errors);
  }

  static Article article(String id, JsonNode n) {
    if (!n.isObject()) {
      throw new IllegalArgumentException("expected an object");
    }
    String title = text(n, "title");
    String text = text(n, "text");
    if ((text == null || text.isBlank()) && (title == null || title.isBlank())) {
      throw new IllegalArgumentException("has neither 'title' nor 'text'");
    }
    String dateText = text(n, "date");
    Optional<LocalDate> date = Optional.empty();
    if (dateText != null && !dateText.isBlank()) {
      if (dateText.matches("\\d{4}-\\d{2}-\\d{2}")) {
        date = Optional.of(parseDay(dateText, "date"));
      } else if (!dateText.matches("\\d{4}-\\d{2}")) {
        throw new IllegalArgumentException("'date' is '" + dateText + "', expected YYYY-MM-DD or YYYY-MM");
      }
    }
    return new Article(id, title == null ? "" : title, text == null ? "" : text, date, dateText,
        events(n, "core"), events(n, "optional"), events(n, "forbidden"));
  }

  private static LocalDate parseDay(String s, String field) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + field + "' is '" + s + "', not a day");
    }
  }

  private static List<Event> events(JsonNode n, String field) {
    JsonNode list = n.get(field);
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw new IllegalArgumentException("'" + field + "' must be a list");
    }
    List<Event> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String name = field + "[" + i + "]";
      JsonNode e = list.get(i);
      if (!e.isObject()) {
        throw new IllegalArgumentException(name + " must be an object");
      }
      List<String> roots = strings(e, "roots", name);
      for (String r : roots) {
        if (!r.matches("\\d{2}")) {
          throw new IllegalArgumentException(name + ".roots has '" + r + "', expected two digits");
        }
      }
      if (roots.isEmpty()) {
        throw new IllegalArgumentException(name + ".roots is missing or empty");
      }
      String date = text(e, "date");
      if (date != null) {
        parseDay(date, name + ".date");
      }
      JsonNode sym = e.get("sym");
      if (sym != null && !sym.isNull() && !sym.isBoolean()) {
        throw new IllegalArgumentException(name + ".sym must be true or false");
      }
      out.add(new Event(e.path("id").asText(""), strings(e, "src", name), strings(e, "tgt", name), roots,
          sym != null && sym.asBoolean(false), strings(e, "codes", name), date, e.path("note").asText("")));
    }
    return out;
  }

  private static List<String> strings(JsonNode e, String field, String name) {
    JsonNode a = e.get(field);
    if (a == null || a.isNull()) {
      return List.of();
    }
    if (!a.isArray()) {
      throw new IllegalArgumentException(name + "." + field + " must be a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode c : a) {
      if (!c.isTextual()) {
        throw new IllegalArgumentException(name + "." + field + " must be a list of strings, has " + c);
      }
      out.add(c.asText());
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException("'" + field + "' must be a string, is " + v);
    }
    return v.asText();
  }
}
