package org.dyad.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths a user gave into the article files to read, in a stable order. */
public final class InputFiles {
  private InputFiles() {}

  /**
   * Files are taken as given; directories are walked in sorted order, so that runs are
   * reproducible, taking {@code .txt} files and files without an extension (not hidden files,
   * not READMEs or other documents that sit beside a corpus).
   *
   * @throws IllegalArgumentException when a path does not exist
   */
  static boolean isArticleName(String name) {
    return !name.startsWith(".") && (name.endsWith(".txt") || !name.contains("."));
  }

  public static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new IllegalArgumentException(p + ": no such file or directory");
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> isArticleName(f.getFileName().toString()))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(p + ": cannot list directory", e);
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }
}
