package org.nianbao.cli;

import picocli.CommandLine;

/** The command-line entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // POI logs through the Log4j API; without a backend it warns on stderr at every run.
    System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    // PDFBox logs font and parse warnings through Commons Logging; nianbao reports what matters as flags.
    System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
    System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by the in-process command tests. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new NianbaoCommand());
    cl.setExitCodeExceptionMapper(e -> ExitCodes.SOFTWARE);
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("nianbao: " + e.getMessage());
      return ExitCodes.SOFTWARE;
    });
    cl.setParameterExceptionHandler((e, args) -> {
      CommandLine line = e.getCommandLine();
      line.getErr().println("nianbao: " + e.getMessage());
      line.getErr().println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more information.");
      return ExitCodes.USAGE;
    });
    return cl;
  }
}
