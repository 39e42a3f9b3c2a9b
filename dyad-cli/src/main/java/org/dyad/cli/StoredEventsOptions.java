package org.dyad.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Optional;
import org.dyad.store.DateBound;
import org.dyad.store.EventFilter;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import picocli.CommandLine.Option;

/** --db, --from, --to: which database a reading command opens and which event dates it reads. */
public final class StoredEventsOptions {
  @Option(names = "--db", defaultValue = "dyad.duckdb", paramLabel = "FILE", description = "the database (default: ${DEFAULT-VALUE})")
  Path db;

  @Option(names = "--from", paramLabel = "DATE",
      description = "first event date to include: YYYY, YYYY-MM or YYYY-MM-DD (a year or month from its first day);"
          + " undated events are then left out and counted")
  String fromText;

  @Option(names = "--to", paramLabel = "DATE",
      description = "last event date to include: YYYY, YYYY-MM or YYYY-MM-DD (a year or month to its last day)")
  String toText;

  /** The first date, or null; an IllegalArgumentException naming the option and value when it is not a date. */
  LocalDate from() {
    return fromText == null ? null : DateBound.first("--from", fromText);
  }

  LocalDate to() {
    return toText == null ? null : DateBound.last("--to", toText);
  }

  /** The filter these options and an actor code describe; validated before anything is opened. */
  EventFilter filter(String actor) {
    try {
      new EventFilter(null, null, actor);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--actor " + e.getMessage());
    }
    return new EventFilter(from(), to(), actor);
  }

  /** The database opened read-only, or empty after saying on stderr why it cannot be (missing, locked). */
  Optional<Connection> open() {
    try {
      return Optional.of(EventStore.openReadOnly(db));
    } catch (StoreException e) {
      System.err.println("dyad: " + e.getMessage());
      return Optional.empty();
    }
  }
}
