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
    description = {"Write the merged events of a dyad database in another layout.",
        "Events that cannot be written (no date for GDELT/ICEWS/PLOVER or outside --from/--to; no PLOVER type)"
            + " are counted on stderr, never dropped silently."})
public final class ExportCommand implements Callable<Integer> {
  @Option(names = "--format", required = true,
      description = "gdelt, gdelt-mentions, icews, plover, csv or parquet")
  String format;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
      description = "the file to write ('-' for standard output, except Parquet; a directory with --partition)")
  Path out;

  @Mixin
  StoredEventsOptions stored = new StoredEventsOptions();

  @Option(names = "--actor", paramLabel = "CODE", description = "only events whose source or target code starts with CODE (RUS, TURGOV)")
  String actor;

  @Option(names = "--header", description = "gdelt, gdelt-mentions: write a header row (GDELT's own files have none)")
  boolean header;

  @Option(names = "--partition", description = "parquet: write a directory partitioned by event year and month "
      + "(year=2016/month=3/...), which DuckDB, pyarrow and Spark read as one table")
  boolean partition;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ExportFormat f;
    EventFilter filter;
    try {
      f = ExportFormat.parse(format);
      filter = stored.filter(actor);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (header && f != ExportFormat.GDELT && f != ExportFormat.GDELT_MENTIONS) {
      throw new ParameterException(spec.commandLine(), "--header is for gdelt and gdelt-mentions ("
          + f.label() + " files always have their header, or none)");
    }
    if (partition && f != ExportFormat.PARQUET) {
      throw new ParameterException(spec.commandLine(), "--partition is for parquet only, not " + f.label());
    }
    boolean toStdout = out.toString().equals("-");
    if (toStdout && f == ExportFormat.PARQUET) {
      throw new ParameterException(spec.commandLine(), "--out '-': Parquet is binary, give a file name");
    }
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
    try (c) {
      // DuckDB's COPY writes files only, so standard output goes through a temporary file; a file
      // is written beside its target and renamed into place when complete (a partitioned export is
      // a directory, renamed the same way).
      Path file = toStdout ? java.nio.file.Files.createTempFile("dyad-export", "." + f.label()) : null;
      try (OutputFile target = toStdout ? null : partition ? OutputFile.createDirectory(out) : OutputFile.create(out)) {
        Exporter.Result r = new Exporter(c).export(f, filter, toStdout ? file : target.path(),
            new Exporter.Options(header, partition));
        if (toStdout) {
          java.nio.file.Files.copy(file, System.out);
          System.out.flush();
        } else {
          target.commit();
        }
        System.err.printf("dyad: wrote %d %s row(s) to %s%n", r.rows(), f.label(), toStdout ? "standard output" : out);
        if (r.undated() > 0) {
          System.err.printf("dyad: left out %d undated event(s) (%s; csv and parquet without --from/--to keep them,"
              + " or code with --default-date)%n", r.undated(),
              filter.hasDateRange() ? "outside any date range" : f.label() + " rows need a date");
        }
        if (r.untyped() > 0) {
          System.err.printf("dyad: left out %d event(s) whose CAMEO code has no PLOVER type (root 01, public"
              + " statements)%n", r.untyped());
        }
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
