package org.nianbao.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The report files a command reads, and how many it reads at once. */
final class InputsMixin {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files (text or HTML) or folders of them.")
  List<Path> files;

  @Option(names = {"-j", "--jobs"}, description = "Reports read in parallel (default: the number of cores).")
  int jobs = Runtime.getRuntime().availableProcessors();

  /** The files named, with folders walked for report files. */
  List<Path> expanded() {
    return Inputs.expand(files);
  }
}
