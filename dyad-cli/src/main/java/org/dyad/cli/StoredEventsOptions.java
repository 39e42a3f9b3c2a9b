package org.dyad.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Optional;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import picocli.CommandLine.Option;

/** --db, --from, --to: which database a reading command opens and which event dates it reads. */
public final class StoredEventsOptions {
  @Option(names = "--db", defaultValue = "dyad.duckdb", paramLabel = "FILE", description = "the database (default: ${DEFAULT-VALUE})")
  Path db;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first event date to include")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last event date to include")
  LocalDate to;

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
