package org.dyad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * A file a command writes (an events stream, an export), made safe: {@link #check} refuses a
 * target that would destroy data (the database, an input, a directory, any DuckDB file), and the
 * bytes go to a temporary file beside the target ({@link #temporary}) that {@link #commit} renames
 * into place only once everything was written; {@link #close} without a commit deletes it, so a
 * failed write (a full disk) never leaves a truncated file under the target's name.
 *
 * <p>A target that exists and is not a regular file ({@code /dev/stdout}, a pipe) is written
 * directly: there is nothing to rename, and nothing to lose.
 */
final class OutputFile implements AutoCloseable {
  /** Exit code of a command whose output could not be written (distinct from 1, "some inputs were bad"). */
  static final int WRITE_FAILED = 3;

  private final Path target;
  private final Path temporary;
  private boolean committed;

  private OutputFile(Path target, Path temporary) {
    this.target = target;
    this.temporary = temporary;
  }

  /**
   * Why {@code out} must not be written, or empty when it may.
   *
   * @param db     the database the command reads or writes, if any
   * @param inputs the paths the command reads (files or directories; URLs are ignored)
   */
  static Optional<String> check(Path out, Optional<Path> db, List<String> inputs) {
    if (Files.isDirectory(out)) {
      return Optional.of(out + " is a directory; give --out a file name");
    }
    if (db.isPresent() && same(out, db.get())) {
      return Optional.of(out + " is the database; give --out another file name");
    }
    for (String in : inputs) {
      if (in.contains("://")) {
        continue;
      }
      if (same(out, Path.of(in))) {
        return Optional.of(out + " is one of the inputs; give --out another file name");
      }
    }
    if (Files.isRegularFile(out) && isDuckDb(out)) {
      return Optional.of(out + " is a DuckDB database; dyad does not overwrite one with events: give --out another"
          + " file name");
    }
    return Optional.empty();
  }

  /** Opens a temporary file beside {@code target} (same directory, so the rename is atomic); creates the directory. */
  static OutputFile create(Path target) throws IOException {
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      return new OutputFile(target, null); // a device or pipe: written directly
    }
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    // The name keeps the target's extension (DuckDB's COPY picks compression from it) and starts with
    // a dot, so a later run over the same directory does not read it as an input.
    Path tmp = Files.createTempFile(dir, ".dyad-partial-", "-" + abs.getFileName());
    return new OutputFile(target, tmp);
  }

  /** Where to write. */
  Path path() {
    return temporary != null ? temporary : target;
  }

  /** Renames the complete file into place. */
  void commit() throws IOException {
    if (temporary != null) {
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    committed = true;
  }

  /** Deletes the temporary file unless it was committed. */
  @Override
  public void close() {
    if (!committed && temporary != null) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // nothing more to do: the target was never touched
      }
    }
  }

  private static boolean same(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // fall through to comparing names
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  private static boolean isDuckDb(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] h = in.readNBytes(12);
      return h.length == 12 && h[8] == 'D' && h[9] == 'U' && h[10] == 'C' && h[11] == 'K';
    } catch (IOException e) {
      return false;
    }
  }
}
