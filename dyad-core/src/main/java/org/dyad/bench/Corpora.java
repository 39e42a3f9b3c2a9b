package org.dyad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.ingest.InputException;
import org.dyad.ingest.InputFiles;
import org.dyad.ingest.JsonLinesReader;
import org.dyad.ingest.TextFileReader;
import org.dyad.model.Article;

/** Loads benchmark corpora from disk: JSON Lines files, or text files (a file or a directory of them). */
public final class Corpora {
  private static final long MAX_BYTES = 5_000_000;

  private Corpora() {}

  /** A {@code .jsonl} file is read as JSON Lines, anything else as text file(s) with {@link TextFileReader}. */
  public static Corpus load(Path path) throws InputException {
    if (!Files.exists(path)) {
      throw new InputException(path, "no such file or directory");
    }
    String file = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    if (Files.isRegularFile(path) && (file.endsWith(".jsonl") || file.endsWith(".ndjson"))) {
      List<Article> articles = new JsonLinesReader().read(path);
      return new Corpus(stem(file), path + " (JSON Lines): " + articles.size() + " articles", articles);
    }
    return textFiles(stem(file), path, false);
  }

  /**
   * Text-file articles; with {@code txtOnly} only {@code *.txt} files are taken (for examples/,
   * which also holds expected outputs).
   */
  public static Corpus textFiles(String name, Path path, boolean txtOnly) throws InputException {
    TextFileReader reader = new TextFileReader(MAX_BYTES);
    List<Article> articles = new ArrayList<>();
    for (Path f : InputFiles.expand(List.of(path))) {
      if (!txtOnly || f.getFileName().toString().endsWith(".txt")) {
        articles.add(reader.read(f));
      }
    }
    if (articles.isEmpty()) {
      throw new InputException(path, "has no article files" + (txtOnly ? " (*.txt)" : ""));
    }
    return new Corpus(name, path + " (text files): " + articles.size() + " articles", articles);
  }

  private static String stem(String file) {
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}
