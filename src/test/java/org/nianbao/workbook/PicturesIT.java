package org.nianbao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.nianbao.merge.ComparisonWorkbookWriter;
import org.nianbao.place.Roster;
import org.nianbao.model.Report;
import org.nianbao.testing.LibreOffice;

/**
 * The pictures of the workbooks the README shows, made as a person sees them: a report's workbook
 * and a merge of the sample reports printed by LibreOffice with a fresh profile, the pages to PNG,
 * each cut to what it shows. Kept under target/pictures/; with {@code -Dnianbao.updatePictures=true}
 * also written over docs/images/, where the README finds them (ServePageIT does the same for the
 * page). The pictures must stay small: the README is read on a web page.
 */
class PicturesIT {
  /** A picture: its name, the sheet and page of that sheet it shows, and the share of the page's height kept. */
  private record Shot(String name, String sheet, int page, double height) {}

  @Test
  void picturesOfTheWorkbooksAsAPersonSeesThem() throws Exception {
    Optional<String> soffice = LibreOffice.find();
    assumeTrue(soffice.isPresent() && Files.isExecutable(Path.of("/usr/bin/pdftoppm")) && Files.isExecutable(Path.of("/usr/bin/pdftotext")),
        "LibreOffice and poppler-utils are not installed");
    Path dir = Path.of("target/pictures");
    Files.createDirectories(dir);
    try (Stream<Path> old = Files.list(dir)) {
      for (Path p : old.toList()) {
        Files.deleteIfExists(p);
      }
    }
    List<Report> reports = new ArrayList<>();
    for (String f : List.of("shaoxing-office-2020.txt", "haining-2020.txt", "hengyang-office-2019.txt", "shangjie-2020.txt", "dinghai-2022.txt")) {
      reports.add(ReportWorkbookWriterTest.report(Path.of("test-data/reports", f)));
    }
    Path report = Files.write(dir.resolve("report.xlsx"), ReportWorkbookWriterTest.bytes(reports.get(0)));
    ComparisonWorkbookWriter merge = new ComparisonWorkbookWriter(ReportWorkbookWriterTest.SPEC);
    merge.expect(Roster.read(Files.writeString(dir.resolve("roster.txt"), "绍兴市人民政府办公厅\n海宁市人民政府\n定海区政府\n衡阳市人民政府办公室\n上街区人民政府\n绍兴市教育局\n")));
    reports.forEach(merge::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    merge.write(out);
    Path merged = Files.write(dir.resolve("merged.xlsx"), out.toByteArray());
    LibreOffice.convert(soffice.get(), Files.createTempDirectory("lo-profile"), dir, "pdf", List.of(report, merged));

    List<Path> made = new ArrayList<>();
    for (Shot s : List.of(new Shot("workbook-summary", "概况", 1, 0.55), new Shot("workbook-table", "表三 依申请公开", 1, 0.75),
        new Shot("workbook-sources", "来源", 1, 0.45), new Shot("workbook-checks", "校验", 1, 0.5))) {
      made.add(shot(dir, dir.resolve("report.pdf"), s));
    }
    for (Shot s : List.of(new Shot("merge-summary", "汇总", 1, 0.55), new Shot("merge-charts", "图表", 1, 0.62), new Shot("merge-ranks", "排名", 1, 0.35),
        new Shot("merge-roster", "名单", 1, 0.35))) {
      made.add(shot(dir, dir.resolve("merged.pdf"), s));
    }
    for (Path p : made) {
      long size = Files.size(p);
      assertTrue(size > 5_000 && size < 250_000, p + " is " + size + " bytes");
      if (Boolean.getBoolean("nianbao.updatePictures")) {
        Files.createDirectories(Path.of("docs/images"));
        Files.copy(p, Path.of("docs/images").resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** The page of {@code sheet} printed, cut to its top {@code height} and to the ink on it, as NAME.png. */
  private static Path shot(Path dir, Path pdf, Shot s) throws Exception {
    int page = page(pdf, s.sheet(), s.page());
    Path stem = dir.resolve(s.name());
    run("pdftoppm", "-r", "64", "-png", "-singlefile", "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), stem.toString());
    Path png = dir.resolve(s.name() + ".png");
    BufferedImage whole = ImageIO.read(png.toFile());
    BufferedImage top = whole.getSubimage(0, 0, whole.getWidth(), (int) (whole.getHeight() * s.height()));
    ImageIO.write(ink(top), "png", png.toFile());
    return png;
  }

  /** The picture cut to the box holding everything not white, with a small margin. */
  private static BufferedImage ink(BufferedImage image) {
    int left = image.getWidth();
    int right = 0;
    int top = image.getHeight();
    int bottom = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          left = Math.min(left, x);
          right = Math.max(right, x);
          top = Math.min(top, y);
          bottom = Math.max(bottom, y);
        }
      }
    }
    if (right <= left || bottom <= top) {
      return image;
    }
    int m = 6;
    int x0 = Math.max(0, left - m);
    int y0 = Math.max(0, top - m);
    return image.getSubimage(x0, y0, Math.min(image.getWidth(), right + m) - x0, Math.min(image.getHeight(), bottom + m) - y0);
  }

  /** The number of the {@code nth} page whose footer names {@code sheet}. */
  private static int page(Path pdf, String sheet, int nth) throws Exception {
    int seen = 0;
    Path text = pdf.resolveSibling("page.txt");
    for (int page = 1; page < 400; page++) {
      Process p = new ProcessBuilder("pdftotext", "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), text.toString()).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      assertTrue(p.waitFor(1, TimeUnit.MINUTES));
      if (p.exitValue() != 0) {
        break;
      }
      if (Files.readString(text, StandardCharsets.UTF_8).replaceAll("\\s+", " ").contains(sheet + " 第 ") && ++seen == nth) {
        return page;
      }
    }
    throw new AssertionError("no page " + nth + " of " + sheet + " in " + pdf);
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue(), String.join(" ", command));
  }
}
