package org.dyad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Article;

/**
 * Reads a JSON Lines file of news items, one article per line: an object with a {@code title}
 * and a {@code text} (either may be missing, not both), and optionally an {@code id}. The article
 * text is the title, a blank line and the text, so the title is coded as its own paragraph.
 * Blank lines are skipped; anything else that is not such an object is an error naming file:line.
 */
public final class JsonLinesReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  public List<Article> read(Path file) throws InputException {
    List<Article> articles = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (!line.isBlank()) {
          articles.add(article(file, lineNo, line));
        }
      }
    } catch (CharacterCodingException e) {
      throw new InputException(file, "is not valid UTF-8; convert it first, e.g. iconv -f latin1 -t utf-8");
    } catch (IOException e) {
      throw new InputException(file, "cannot be read: " + e.getMessage());
    }
    if (articles.isEmpty()) {
      throw new InputException(file, "has no articles (expected one JSON object per line with 'title' and 'text')");
    }
    return articles;
  }

  private static Article article(Path file, long lineNo, String line) throws InputException {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InputException(file, lineNo, "not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (node == null || !node.isObject()) {
      throw new InputException(file, lineNo, "expected a JSON object with 'title' and 'text', found "
          + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
    }
    String title = string(file, lineNo, node, "title");
    String text = string(file, lineNo, node, "text");
    if (title.isBlank() && text.isBlank()) {
      throw new InputException(file, lineNo, "both 'title' and 'text' are missing or empty");
    }
    String id = node.hasNonNull("id") ? node.get("id").asText() : file.getFileName() + ":" + lineNo;
    String body = title.isBlank() ? text : text.isBlank() ? title : title + "\n\n" + text;
    return new Article(id, body);
  }

  private static String string(Path file, long lineNo, JsonNode node, String field) throws InputException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isTextual()) {
      throw new InputException(file, lineNo, "'" + field + "' must be a string, found "
          + v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
    }
    return v.asText();
  }
}
