package org.dyad.cli;

import java.io.PrintStream;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.store.DyadQuery;
import org.dyad.store.EventFilter;
import org.dyad.store.Panel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dyad query --dyad RUS,TUR [--dyad IRN,SYR]}: events between pairs of actors over time, as tables or CSV. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = {"Count dyads' merged events per CAMEO root and sum their Goldstein scores over time.",
        "Undated events are counted on a line of their own, never dropped silently. For every dyad at once,"
            + " zero-filled, see 'dyad panel'."})
public final class QueryCommand implements Callable<Integer> {
  @Option(names = "--dyad", required = true, paramLabel = "SOURCE,TARGET",
      description = "source and target actor codes or prefixes, e.g. RUS,TUR or RUSGOV,TURMIL; repeat for several dyads (or RUS,TUR;IRN,SYR)")
  List<String> dyads;

  @Option(names = "--both-directions", description = "also count events from TARGET to SOURCE")
  boolean bothDirections;

  @Mixin
  StoredEventsOptions stored = new StoredEventsOptions();

  @Option(names = "--by", defaultValue = "month", description = "day, month or year (default: ${DEFAULT-VALUE})")
  String by;

  @Option(names = "--format", defaultValue = "text",
      description = "text (a table per dyad) or csv (one row per dyad and period, zero-filled, as 'dyad panel'; default: ${DEFAULT-VALUE})")
  String format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<Panel.Dyad> pairs = new ArrayList<>();
    DyadQuery.Period period;
    EventFilter dates;
    try {
      for (String d : dyads) {
        pairs.addAll(Panel.Dyad.parseAll(d));
      }
      if (!format.equalsIgnoreCase("text") && !format.equalsIgnoreCase("csv")) {
        throw new IllegalArgumentException("--format '" + format + "' is not a query format: use text or csv");
      }
      period = DyadQuery.Period.parse(by);
      dates = stored.filter(null);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Optional<Connection> opened = stored.open();
    if (opened.isEmpty()) {
      return 2;
    }
    PrintStream out = System.out;
    try (Connection c = opened.get()) {
      if (format.equalsIgnoreCase("csv")) {
        var w = new java.io.PrintWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
        Panel.Result r = new Panel(c).writeCsv(new Panel.Spec(pairs, bothDirections, Panel.Level.CODE,
            Panel.Period.parse(by), dates), w);
        w.flush();
        System.err.printf("dyad: %d event(s) in %d row(s)%s%n", r.events(), r.rows(), undatedNote(r.undated(), dates));
        return 0;
      }
      for (Panel.Dyad d : pairs) {
        DyadQuery.Result r = new DyadQuery(c).run(d.source(), d.target(), bothDirections, dates.from(), dates.to(), period);
        out.printf("%s -> %s%s: merged events per CAMEO root (r01..r20) and Goldstein sum, by %s%n",
            d.source(), d.target(), bothDirections ? " and back" : "", by.toLowerCase(java.util.Locale.ROOT));
        out.print(r.render());
        long undated = new DyadQuery(c).undated(d.source(), d.target(), bothDirections);
        if (undated > 0) {
          out.printf("undated: %d event(s) with no date are in no period above%s%n", undated,
              dates.hasDateRange() ? " (nor in the --from/--to range)" : "");
        }
        out.println();
      }
    }
    return 0;
  }

  static String undatedNote(long undated, EventFilter dates) {
    return undated == 0 ? "" : "; " + undated + " undated event(s) are in no period"
        + (dates.hasDateRange() ? " nor in the --from/--to range" : "") + " (code with --default-date to date them)";
  }
}
