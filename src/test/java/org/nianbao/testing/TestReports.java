package org.nianbao.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The report fixtures under test-data/: every file that has a hand-checked answer beside it. */
public final class TestReports {
  public static final Path ROOT = Path.of("test-data");
  public static final String GOLD = ".gold.json";
  public static final String EXPECTED = ".expected.json";

  private TestReports() {}

  public static List<Path> withAnswers() {
    try (Stream<Path> files = Files.walk(ROOT)) {
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
