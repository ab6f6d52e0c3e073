package org.sargas.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sargas} command. Exit codes: 0 success, 1 the command ran but found failures (e.g.
 * decode errors), 2 usage error, 3 environment error (missing file, port in use).
 */
@Command(
    name = "sargas",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Sargas: open real-time air surveillance for NATO's eastern flank.",
    subcommands = {
      CommandLine.HelpCommand.class,
      TrackCommand.class,
      MonitorCommand.class,
      DecodeCommand.class,
      ScenarioCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      ReplayCommand.class,
      EvidenceCommand.class,
      ReportCommand.class,
      CoverageCommand.class,
      DoctorCommand.class,
      FederationCommand.class,
      TokenCommand.class,
    })
public final class SargasCli implements Runnable {
  /** Exit code: the command ran and found failures in its input. */
  public static final int EXIT_FAILURES = 1;

  /** Exit code: the environment prevented the command (missing file, port in use). */
  public static final int EXIT_ENVIRONMENT = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a sub-command is required");
  }

  /** A command line wired with Sargas's conventions (used by {@link #main} and by tests). */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new SargasCli());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
