package org.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The dyad command line. Each subcommand is its own class. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
    description = "Codes news articles into political events: who did what to whom, when and where.",
    subcommands = {CodeCommand.class, ExplainCommand.class, EvalCommand.class, BenchCommand.class, ActorsCommand.class,
        ExportCommand.class, QueryCommand.class, TrainCommand.class, ParseCommand.class,
        CommandLine.HelpCommand.class})
public final class Dyad implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static CommandLine commandLine() {
    return new CommandLine(new Dyad()).setCaseInsensitiveEnumValuesAllowed(true).setExecutionExceptionHandler(DictionaryOptions::handle);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
