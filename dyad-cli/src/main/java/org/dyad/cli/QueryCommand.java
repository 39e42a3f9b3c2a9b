package org.dyad.cli;

import java.sql.Connection;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.store.DyadQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dyad query --dyad RUS,TUR}: events between two actors over time, as a table. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Count a dyad's merged events per CAMEO root and sum their Goldstein scores over time.")
public final class QueryCommand implements Callable<Integer> {
  @Option(names = "--dyad", required = true, split = ",", paramLabel = "SOURCE,TARGET",
      description = "source and target actor codes or prefixes, e.g. RUS,TUR or RUSGOV,TURMIL")
  List<String> dyad;

  @Option(names = "--both-directions", description = "also count events from TARGET to SOURCE")
  boolean bothDirections;

  @Mixin
  StoredEventsOptions stored = new StoredEventsOptions();

  @Option(names = "--by", defaultValue = "month", description = "day, month or year (default: ${DEFAULT-VALUE})")
  String by;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (dyad.size() != 2) {
      throw new ParameterException(spec.commandLine(), "--dyad takes two actor codes, SOURCE,TARGET (e.g. RUS,TUR)");
    }
    DyadQuery.Period period;
    try {
      period = DyadQuery.Period.parse(by);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Optional<Connection> opened = stored.open();
    if (opened.isEmpty()) {
      return 2;
    }
    Connection c = opened.get();
    try (c) {
      DyadQuery.Result r;
      try {
        r = new DyadQuery(c).run(dyad.get(0), dyad.get(1), bothDirections, stored.from, stored.to, period);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      System.out.printf("%s -> %s%s: merged events per CAMEO root (r01..r20) and Goldstein sum, by %s%n",
          dyad.get(0), dyad.get(1), bothDirections ? " and back" : "", by);
      System.out.print(r.render());
    }
    return 0;
  }
}
