package org.dyad.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.Callable;
import org.dyad.store.EventFilter;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
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
  @Option(names = "--db", defaultValue = "dyad.duckdb", paramLabel = "FILE", description = "the database (default: ${DEFAULT-VALUE})")
  Path db;

  @Option(names = "--format", required = true,
      description = "gdelt, gdelt-mentions, icews, plover, csv or parquet")
  String format;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "the file to write")
  Path out;

  @Mixin
  DateRangeOptions dates = new DateRangeOptions();

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
      filter = new EventFilter(dates.from, dates.to, actor);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Connection c;
    try {
      c = EventStore.openReadOnly(db);
    } catch (StoreException e) {
      System.err.println("dyad: " + e.getMessage());
      return 2;
    }
    try (c) {
      long rows = new Exporter(c).export(f, filter, out);
      System.err.printf("dyad: wrote %d %s row(s) to %s%n", rows, f.label(), out);
    }
    return 0;
  }
}
