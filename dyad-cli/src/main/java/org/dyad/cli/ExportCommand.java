package org.dyad.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.store.EventFilter;
import org.dyad.store.ExportFormat;
import org.dyad.store.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dyad export}: writes a database's merged events as GDELT, ICEWS, PLOVER, CSV or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the merged events of a dyad database in another layout.")
public final class ExportCommand implements Callable<Integer> {
  @Option(names = "--format", required = true,
      description = "gdelt, gdelt-mentions, icews, plover, csv or parquet")
  String format;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
      description = "the file to write ('-' for standard output, except Parquet)")
  Path out;

  @Mixin
  StoredEventsOptions stored = new StoredEventsOptions();

  @Option(names = "--actor", paramLabel = "CODE", description = "only events whose source or target code starts with CODE (RUS, TURGOV)")
  String actor;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ExportFormat f;
    EventFilter filter;
    try {
      f = ExportFormat.parse(format);
      filter = new EventFilter(stored.from, stored.to, actor);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    boolean toStdout = out.toString().equals("-");
    if (!toStdout) {
      Optional<String> refused = OutputFile.check(out, Optional.of(stored.db), java.util.List.of());
      if (refused.isPresent()) {
        throw new IllegalArgumentException(refused.get()); // one line, no usage screen
      }
    }
    Optional<Connection> opened = stored.open();
    if (opened.isEmpty()) {
      return 2;
    }
    Connection c = opened.get();
    if (toStdout && f == ExportFormat.PARQUET) {
      c.close();
      throw new ParameterException(spec.commandLine(), "Parquet is binary: give --out a file name, not '-'");
    }
    try (c) {
      // DuckDB's COPY writes files only, so standard output goes through a temporary file; a file
      // is written beside its target and renamed into place when complete.
      Path file = toStdout ? java.nio.file.Files.createTempFile("dyad-export", "." + f.label()) : null;
      try (OutputFile target = toStdout ? null : OutputFile.create(out)) {
        long rows = new Exporter(c).export(f, filter, toStdout ? file : target.path());
        if (toStdout) {
          java.nio.file.Files.copy(file, System.out);
          System.out.flush();
        } else {
          target.commit();
        }
        System.err.printf("dyad: wrote %d %s row(s) to %s%n", rows, f.label(), toStdout ? "standard output" : out);
      } catch (java.io.IOException | java.sql.SQLException e) {
        System.err.println("dyad: cannot write " + (toStdout ? "standard output" : out) + ": "
            + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
            + (toStdout ? "" : "; nothing was left under that name"));
        return OutputFile.WRITE_FAILED;
      } finally {
        if (toStdout) {
          java.nio.file.Files.deleteIfExists(file);
        }
      }
    }
    return 0;
  }
}
