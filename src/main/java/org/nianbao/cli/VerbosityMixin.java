package org.nianbao.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: stack traces for internal faults, for bug reports. */
final class VerbosityMixin {
  @Option(names = {"-v", "--verbose"}, description = "Print stack traces of internal errors.")
  boolean verbose;
}
