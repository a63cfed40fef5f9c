package org.nianbao.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Report;
import org.nianbao.testing.LibreOffice;
import org.nianbao.xlsx.Chart;

/**
 * The 图表 sheet of a merge drawn as a person's LibreOffice draws it (a fresh profile, headless, to
 * PDF, the page to a picture): the bars are there, in the colours the charts name — the first
 * series' blue in every chart, the outcome mix's other colours in the stacked one. (LibreOffice
 * draws a series with no fill of its own as nothing; Excel and WPS take the theme's colours.)
 */
class ChartsRenderedIT {
  @Test
  void theBarsAreDrawnInTheirColours() throws Exception {
    Optional<String> soffice = LibreOffice.find();
    assumeTrue(soffice.isPresent() && Files.isExecutable(Path.of("/usr/bin/pdftoppm")) && Files.isExecutable(Path.of("/usr/bin/pdftotext")),
        "LibreOffice and poppler-utils are not installed");
    Path dir = Path.of("target/rendered-charts");
    Files.createDirectories(dir);
    try (Stream<Path> old = Files.list(dir)) {
      for (Path p : old.toList()) {
        Files.deleteIfExists(p);
      }
    }
    List<Report> reports = new ArrayList<>(MergeFixtures.corpus());
    reports.addAll(MergeFixtures.consecutiveYears());
    Path book = Files.write(dir.resolve("merged.xlsx"), MergeFixtures.merge(reports, List.of()).xlsx());
    LibreOffice.convert(soffice.get(), Files.createTempDirectory("lo-profile"), dir, "pdf", List.of(book));
    Path pdf = dir.resolve("merged.pdf");
    assertTrue(Files.exists(pdf));

    int page = chartsPage(pdf);
    run("pdftoppm", "-r", "60", "-png", "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), dir.resolve("charts").toString());
    Path png;
    try (Stream<Path> files = Files.list(dir)) {
      png = files.filter(p -> p.getFileName().toString().startsWith("charts") && p.toString().endsWith(".png")).findFirst().orElseThrow();
    }
    BufferedImage picture = ImageIO.read(png.toFile());
    int blue = pixels(picture, Chart.seriesColor(0));
    int orange = pixels(picture, Chart.seriesColor(1));
    // Three charts, each with bars of the first series: at 60 dpi a bar is some hundreds of pixels.
    assertTrue(blue > 1_500, "pixels of the first series' colour " + Chart.seriesColor(0) + " on page " + page + ": " + blue);
    assertTrue(orange > 50, "pixels of the second series' colour " + Chart.seriesColor(1) + " on page " + page + ": " + orange);
  }

  /** The page of the PDF whose footer names 图表. */
  private static int chartsPage(Path pdf) throws Exception {
    for (int page = 1; page < 500; page++) {
      Path text = pdf.resolveSibling("page.txt");
      Process p = new ProcessBuilder("pdftotext", "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), text.toString()).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      assertTrue(p.waitFor(1, TimeUnit.MINUTES));
      if (p.exitValue() != 0) {
        break;
      }
      if (Files.readString(text, StandardCharsets.UTF_8).replaceAll("\\s+", " ").contains(ComparisonWorkbookWriter.CHARTS + " 第")) {
        return page;
      }
    }
    throw new AssertionError("no page of " + ComparisonWorkbookWriter.CHARTS + " in " + pdf);
  }

  /** How many pixels are (nearly) the colour {@code rgb}. */
  private static int pixels(BufferedImage image, String rgb) {
    int want = Integer.parseInt(rgb, 16);
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int got = image.getRGB(x, y) & 0xFFFFFF;
        if (near(got >> 16, want >> 16) && near(got >> 8 & 0xFF, want >> 8 & 0xFF) && near(got & 0xFF, want & 0xFF)) {
          n++;
        }
      }
    }
    return n;
  }

  private static boolean near(int a, int b) {
    return Math.abs((a & 0xFF) - (b & 0xFF)) <= 12;
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue(), String.join(" ", command));
  }
}
