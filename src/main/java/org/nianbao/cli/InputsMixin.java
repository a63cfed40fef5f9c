package org.nianbao.cli;

import java.util.List;
import org.nianbao.ReadOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The report files a command reads, and how many it reads at once. */
final class InputsMixin {
  @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
  List<String> files;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", descriptionKey = "jobs")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--no-ocr", descriptionKey = "no-ocr")
  boolean noOcr;

  /** How these inputs are read: pictures read unless --no-ocr, each announced on a terminal; {@code --jobs} at once; inputs read as another's part told. */
  ReadOptions reading(RunLog log) {
    return ReadOptions.defaults().withPictures(!noOcr).withThreads(jobs).withPictureProgress(log::picture).withReadAsPart(log::readAsPart);
  }

  /** The files named, with folders walked for report files. */
  Inputs.Expanded expanded() {
    return Inputs.expand(files);
  }
}
