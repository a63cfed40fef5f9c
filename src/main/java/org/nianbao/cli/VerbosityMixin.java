package org.nianbao.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: the files skipped, and stack traces of internal faults for bug reports. */
final class VerbosityMixin {
  @Option(names = {"-v", "--verbose"}, descriptionKey = "verbose")
  boolean verbose;
}
