package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.store.ParquetImport;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad import}: loads the Parquet tables of a Spark run into a new dyad database. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Load the Parquet tables 'dyad spark' wrote (articles, minhashes, mentions, events) into a new "
        + "dyad database, for query, export and serve.",
        "Copy the output directory to this machine first (hdfs dfs -get, aws s3 sync...)."})
public final class ImportCommand implements Callable<Integer> {
  @Option(names = "--parquet", required = true, paramLabel = "DIR", description = "the job's --out directory")
  Path parquet;

  @Option(names = "--db", required = true, paramLabel = "FILE", description = "the database to create")
  Path db;

  @Override
  public Integer call() {
    if (!Files.isDirectory(parquet)) {
      System.err.println("dyad: " + parquet + ": no such directory");
      return 2;
    }
    try {
      Map<String, Long> rows = ParquetImport.into(db, parquet);
      System.err.println("dyad: imported into " + db + ": " + rows);
      return 0;
    } catch (StoreException e) {
      System.err.println("dyad: " + e.getMessage());
      return 2;
    }
  }
}
