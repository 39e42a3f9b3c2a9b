package org.dyad.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.store.EventFilter;
import org.dyad.store.Panel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dyad panel}: the dyad × period table (counts per root and quad class, Goldstein sum and mean), zero-filled. */
@Command(name = "panel", mixinStandardHelpOptions = true,
    description = {"Write the dyad x period panel: for every dyad (or the --dyad ones) and every day, week, month or"
        + " year, the number of merged events, counts per CAMEO root (r01..r20) and quad class (q1..q4), and the"
        + " Goldstein sum and mean; periods without events are zero rows.",
        "Undated events belong to no period and are counted on stderr."})
public final class PanelCommand implements Callable<Integer> {
  @Mixin
  StoredEventsOptions stored = new StoredEventsOptions();

  @Option(names = "--by", defaultValue = "month", description = "day, week, month or year (default: ${DEFAULT-VALUE})")
  String by;

  @Option(names = "--dyad", paramLabel = "SOURCE,TARGET",
      description = "only these dyads (codes or prefixes, e.g. RUS,TUR), each zero-filled; repeatable")
  List<String> dyads = new ArrayList<>();

  @Option(names = "--both-directions", description = "with --dyad: also count events from TARGET to SOURCE")
  boolean bothDirections;

  @Option(names = "--actors", defaultValue = "country",
      description = "without --dyad, what a dyad's sides are: country (the actors' countries or groups: RUS, IGOUNO) or"
          + " code (full codes: RUSGOV) (default: ${DEFAULT-VALUE})")
  String actors;

  @Option(names = "--format", defaultValue = "csv", description = "csv or parquet (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = {"-o", "--out"}, defaultValue = "-", paramLabel = "FILE",
      description = "the file to write ('-', the default, for standard output; csv only)")
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Panel.Spec panel;
    boolean parquet;
    try {
      List<Panel.Dyad> pairs = new ArrayList<>();
      for (String d : dyads) {
        pairs.addAll(Panel.Dyad.parseAll(d));
      }
      if (!format.equalsIgnoreCase("csv") && !format.equalsIgnoreCase("parquet")) {
        throw new IllegalArgumentException("--format '" + format + "' is not a panel format: use csv or parquet");
      }
      parquet = format.equalsIgnoreCase("parquet");
      if (parquet && out.toString().equals("-")) {
        throw new IllegalArgumentException("--out '-': Parquet is binary, give a file name");
      }
      EventFilter dates = stored.filter(null);
      panel = new Panel.Spec(pairs, bothDirections, Panel.Level.parse(actors), Panel.Period.parse(by), dates);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (!out.toString().equals("-")) {
      Optional<String> refused = OutputFile.check(out, Optional.of(stored.db), List.of());
      if (refused.isPresent()) {
        throw new IllegalArgumentException(refused.get()); // one line, no usage screen
      }
    }
    Optional<Connection> opened = stored.open();
    if (opened.isEmpty()) {
      return 2;
    }
    try (Connection c = opened.get()) {
      Panel.Result r;
      if (out.toString().equals("-")) {
        Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        r = new Panel(c).writeCsv(panel, w);
        w.flush();
      } else {
        // written beside the target and renamed into place when complete, as every output is
        try (OutputFile target = OutputFile.create(out)) {
          if (parquet) {
            r = new Panel(c).writeParquet(panel, target.path());
          } else {
            try (Writer w = Files.newBufferedWriter(target.path(), StandardCharsets.UTF_8)) {
              r = new Panel(c).writeCsv(panel, w);
            }
          }
          target.commit();
        } catch (java.io.IOException | java.sql.SQLException e) {
          System.err.println("dyad: cannot write " + out + ": " + String.valueOf(e.getMessage()).lines().findFirst()
              .orElse("") + "; nothing was left under that name");
          return OutputFile.WRITE_FAILED;
        }
      }
      System.err.printf("dyad: panel of %d row(s) holding %d event(s)%s%n", r.rows(), r.events(),
          QueryCommand.undatedNote(r.undated(), panel.dates()));
    }
    return 0;
  }
}
