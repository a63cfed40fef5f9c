package org.nianbao.cli;

import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The report files a command reads, and how many it reads at once. */
final class InputsMixin {
  @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
  List<String> files;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", descriptionKey = "jobs")
  int jobs = Runtime.getRuntime().availableProcessors();

  /** The files named, with folders walked for report files. */
  Inputs.Expanded expanded() {
    return Inputs.expand(files);
  }
}
