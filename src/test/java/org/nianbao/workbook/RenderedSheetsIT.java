package org.nianbao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Report;
import org.nianbao.testing.LibreOffice;

/**
 * One fixture's workbook printed as a person's LibreOffice prints it (fresh profile, A4): every sheet
 * prints, nothing a person must read is clipped (the title, the section headings and the check
 * descriptions print whole), and the pages are kept as pictures under target/rendered/ to look at.
 */
class RenderedSheetsIT {
  @Test
  void everySheetPrintsWholeOnA4(/* kept under target/ on purpose */) throws Exception {
    Optional<String> soffice = LibreOffice.find();
    assumeTrue(soffice.isPresent() && Files.isExecutable(Path.of("/usr/bin/pdftotext")), "LibreOffice and poppler-utils are not installed");
    Path dir = Path.of("target/rendered");
    Files.createDirectories(dir);
    try (Stream<Path> old = Files.list(dir)) {
      for (Path p : old.toList()) {
        Files.deleteIfExists(p);
      }
    }
    Report r = ReportWorkbookWriterTest.report(Path.of("test-data/reports/haining-2020.txt"));
    Path book = Files.write(dir.resolve("haining-2020.xlsx"), ReportWorkbookWriterTest.bytes(r));
    LibreOffice.convert(soffice.get(), Files.createTempDirectory("lo-profile"), dir, "pdf", List.of(book));
    Path pdf = dir.resolve("haining-2020.pdf");
    assertTrue(Files.exists(pdf));
    run("pdftotext", "-raw", pdf.toString(), dir.resolve("haining-2020.txt").toString());
    run("pdftoppm", "-r", "70", "-png", pdf.toString(), dir.resolve("page").toString());
    String text = Files.readString(dir.resolve("haining-2020.txt"), StandardCharsets.UTF_8).replaceAll("[ \\t]+", " ");
    for (String sheet : List.of("概况", "表二 主动公开", "表三 依申请公开", "表四 复议诉讼", "校验", "来源")) {
      assertTrue(text.contains(sheet + " 第"), sheet + " did not print");
    }
    assertTrue(text.contains("海宁市人民政府 2020年 政府信息公开工作年度报告"), "the title prints whole");
    for (String heading : List.of("三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况")) {
      assertTrue(text.replace("\n", "").replace(" ", "").contains(heading), heading + " prints whole");
    }
    assertTrue(text.replace("\n", "").replace(" ", "").contains("表三（三）不予公开8.属于行政查询事项：总计=自然人+法人或其他组织五项之和"), "check descriptions print whole");
    try (Stream<Path> pages = Files.list(dir)) {
      assertTrue(pages.filter(p -> p.getFileName().toString().startsWith("page")).count() >= 6);
    }
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue(), String.join(" ", command));
  }
}
