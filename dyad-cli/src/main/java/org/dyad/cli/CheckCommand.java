package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.store.StoreCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad check --db FILE}: is this database intact? Exit 0 when it is, 1 when it is not. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Verify a dyad database: DuckDB's block checksums (every table is read in full), the schema"
        + " version, and dyad's invariants (counted mentions have their events, counts match, copies point at"
        + " coded articles).", "Exit code 0 when it is intact, 1 when something is wrong (each problem on stderr)."})
public final class CheckCommand implements Callable<Integer> {
  @Option(names = "--db", defaultValue = "dyad.duckdb", paramLabel = "FILE", description = "the database (default: ${DEFAULT-VALUE})")
  Path db;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.exists(db)) {
      throw new ParameterException(spec.commandLine(), db + ": no such database");
    }
    StoreCheck.Report r = StoreCheck.check(db);
    if (r.ok()) {
      System.err.println("dyad: " + db + " is intact: " + r.rows().get("articles") + " articles, "
          + r.rows().get("mentions") + " mentions, " + r.rows().get("events") + " events; every block read, every"
          + " invariant holds");
      return 0;
    }
    r.problems().forEach(p -> System.err.println("dyad: " + p));
    System.err.println("dyad: " + db + " is NOT intact (" + r.problems().size() + " problem"
        + (r.problems().size() == 1 ? "" : "s") + ")");
    return 1;
  }
}
