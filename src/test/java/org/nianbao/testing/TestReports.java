package org.nianbao.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.nianbao.pipeline.Pipeline;

/**
 * The report fixtures under test-data/: every file that has a hand-checked answer beside it. The
 * picture fixtures (test-data/scans/) take seconds a page to read, so they are listed apart.
 */
public final class TestReports {
  public static final Path ROOT = Path.of("test-data");
  public static final String GOLD = ".gold.json";
  public static final String EXPECTED = ".expected.json";

  private TestReports() {}

  public static final Path PICTURES = ROOT.resolve("scans");
  /** Picture fixtures made with settings never used to tune the reader. */
  public static final Path HELD_OUT = PICTURES.resolve("hold-out");

  /** The reports in text, web pages, Word and PDF with text (a report's parts beside it). */
  public static List<Path> withAnswers() {
    return answered(ROOT).stream().filter(p -> !p.startsWith(PICTURES) && !Files.isDirectory(p)).toList();
  }

  /** The reports published as pictures: scans, screenshots, pasted pictures, and folders of page pictures. */
  public static List<Path> pictures() {
    return Stream.concat(answered(PICTURES).stream(), answered(ROOT).stream().filter(p -> !p.startsWith(PICTURES) && Files.isDirectory(p))).toList();
  }

  /**
   * The reports that are whole in their one file: none has a frame, next page or attachment read
   * with it, so a copy of the file alone reads as the report.
   */
  public static List<Path> standalone() {
    Pipeline pipeline = Pipeline.standard(false, (file, what) -> { });
    return withAnswers().stream().filter(r -> pipeline.run(r).parts().isEmpty()).toList();
  }

  public static boolean heldOut(Path report) {
    return report.startsWith(HELD_OUT);
  }

  private static List<Path> answered(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(GOLD))
          .map(p -> p.resolveSibling(p.getFileName().toString().replace(GOLD, "")))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path sibling(Path report, String suffix) {
    return report.resolveSibling(report.getFileName() + suffix);
  }
}
