package org.nianbao.pipeline;

import org.nianbao.model.Outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {
  private static final Pipeline PIPELINE = Pipeline.standard(false, (file, what) -> { });

  private static void page(Path file, String body) throws Exception {
    Files.writeString(file, "<html><head><meta charset=\"utf-8\"><title>某县人民政府2021年政府信息公开工作年度报告</title></head><body>" + body + "</body></html>",
        StandardCharsets.UTF_8);
  }

  @Test
  void givesNoReportForAFileAnotherInputReadAsItsPart(@TempDir Path dir) throws Exception {
    page(dir.resolve("a_1.html"), "<p>三、收到和处理政府信息公开申请情况</p><p>无。</p>");
    page(dir.resolve("a.html"), "<p>一、总体情况</p><p>全年收到申请。</p><a href=\"a_1.html\">下一页</a>");
    page(dir.resolve("b.html"), "<p>一、总体情况</p><p>另一份报告，提到a_1.html这个名字。</p>");
    List<Path> files = List.of(dir.resolve("a_1.html"), dir.resolve("a.html"), dir.resolve("b.html"));
    assertEquals(Set.of(0), Batch.mayBeParts(files, PIPELINE::namesLinked), "only what a page links to is held");
    List<String> given = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    new Batch(PIPELINE, 2).run(files, o -> given.add(Path.of(o.file()).getFileName().toString()),
        (part, report) -> parts.add(Path.of(part.file()).getFileName() + " in " + Path.of(report.file()).getFileName()));
    assertEquals(List.of("a.html", "b.html"), given);
    assertEquals(List.of("a_1.html in a.html"), parts);
  }

  @Test
  void aFileLinkedButNotReadAsAPartIsStillAReport(@TempDir Path dir) throws Exception {
    page(dir.resolve("a.html"), "<p>一、总体情况</p><p>见<a href=\"b.html\">另一篇</a>。</p>");
    page(dir.resolve("b.html"), "<p>一、总体情况</p><p>另一份报告。</p>");
    List<String> given = new ArrayList<>();
    new Batch(PIPELINE, 2).run(List.of(dir.resolve("b.html"), dir.resolve("a.html")), o -> given.add(Path.of(o.file()).getFileName().toString()));
    assertEquals(List.of("a.html", "b.html"), given, "held until every input is read, then given");
  }

  @Test
  void aSpreadsheetIsAReportOnlyWhenItHoldsAStatutoryTable(@TempDir Path dir) throws Exception {
    Outcome tables = PIPELINE.run(Path.of("test-data/habits/2201251634521.xlsx"));
    assertTrue(tables.ok(), tables.error().toString());
    assertEquals(50, tables.report().orElseThrow().values().get("t3.new.total").number().intValue());
    org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
    wb.createSheet("预算").createRow(0).createCell(0).setCellValue("一、总体情况 办公经费 12.5");
    Path budget = dir.resolve("b.xlsx");
    try (java.io.OutputStream out = Files.newOutputStream(budget)) {
      wb.write(out);
    }
    assertEquals("error.spreadsheet", PIPELINE.run(budget).error().orElseThrow().code());
  }
}
