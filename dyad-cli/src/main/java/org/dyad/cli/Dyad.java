package org.dyad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The dyad command line. Each subcommand is its own class.
 *
 * <p>Exit codes: 0 everything done; 1 done, but some inputs failed (each named on stderr); 2 usage
 * or configuration error (a bad option value, a missing database, no command), nothing done.
 */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
    description = "Codes news articles into political events: who did what to whom, when and where.",
    subcommands = {CodeCommand.class, ExplainCommand.class, EvalCommand.class, BenchCommand.class, ActorsCommand.class,
        ExportCommand.class, QueryCommand.class, PanelCommand.class, CheckCommand.class, ServeCommand.class,
        ImportCommand.class, TrainCommand.class, ParseCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 some inputs failed (named on stderr), 2 usage or configuration error,",
        "3 an output could not be written (the partial file is removed)."})
public final class Dyad implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** No command given: the usage, and exit code 2 (nothing was done). */
  @Override
  public Integer call() {
    spec.commandLine().usage(System.err);
    return 2;
  }

  public static CommandLine commandLine() {
    return new CommandLine(new Dyad()).setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(DictionaryOptions::handle)
        .setParameterExceptionHandler(Dyad::badParameter);
  }

  /**
   * A bad option or value: one line naming it (picocli's message names the option and the value),
   * a pointer to --help, exit code 2; no usage dump that would bury the message.
   */
  static int badParameter(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName();
    cmd.getErr().println(name + ": " + e.getMessage() + " (see " + name + " --help)");
    return 2;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
