package org.dyad.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** --from/--to: the event dates a command reads from the database, both ends included. */
public final class DateRangeOptions {
  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first event date to include")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last event date to include")
  LocalDate to;
}
