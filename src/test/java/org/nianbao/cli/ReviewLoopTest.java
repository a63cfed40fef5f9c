package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Nianbao;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.Report;

/**
 * The review loop as an office runs it: convert, correct a workbook, merge the corrected workbook
 * with other reports; 汇总 and the CSV show the corrections (人工更正), 问题清单 lists every failing
 * check and value to review of every report but the corrected ones, and --issues writes the same
 * list as a CSV.
 */
class ReviewLoopTest {
  private static final Path HENGYANG = Path.of("test-data/forms/hengyang-office-2019.docx");
  private static final Path HAINING = Path.of("test-data/forms/haining-2020.docx");

  @Test
  void aCorrectedWorkbookMergesWithItsCorrectionsAndTheListOfIssues(@TempDir Path dir) throws Exception {
    Path book = dir.resolve("衡阳.xlsx");
    assertEquals(ExitCodes.OK, new CommandRun(Locale.CHINESE).run("convert", "-o", book.toString(), HENGYANG.toString()));
    XSSFWorkbook edit;
    try (InputStream in = Files.newInputStream(book)) {
      edit = new XSSFWorkbook(in);
    }
    edit.getSheet("表三 依申请公开").getRow(4).getCell(9).setCellValue(98);
    try (OutputStream out = Files.newOutputStream(book)) {
      edit.write(out);
    }
    edit.close();
    Path merged = dir.resolve("对比.xlsx");
    Path csv = dir.resolve("对比.csv");
    Path issues = dir.resolve("问题清单.csv");
    CommandRun run = new CommandRun(Locale.CHINESE);
    assertEquals(ExitCodes.OK, run.run("merge", "-o", merged.toString(), "--csv", csv.toString(), "--issues", issues.toString(), book.toString(), HENGYANG.toString(),
        HAINING.toString()), run.err());
    Report corrected = Nianbao.extract(book).report().orElseThrow();
    Report source = Nianbao.extract(HENGYANG).report().orElseThrow();
    Report haining = Nianbao.extract(HAINING).report().orElseThrow();
    long failingCorrected = corrected.checks().stream().filter(c -> c.status() == CheckStatus.FAIL).count();
    long failingSource = source.checks().stream().filter(c -> c.status() == CheckStatus.FAIL).count();
    assertEquals(failingSource - 1, failingCorrected, "the corrected total balances its row");

    List<List<String>> list = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(merged))) {
      Sheet summary = wb.getSheet("汇总");
      int column = -1;
      for (Cell c : summary.getRow(0)) {
        if (c.getStringCellValue().equals("t3.new.total")) {
          column = c.getColumnIndex();
        }
      }
      Cell total = summary.getRow(3).getCell(column);
      assertEquals(98, total.getNumericCellValue());
      assertEquals("C6EFCE", ((XSSFCellStyle) total.getCellStyle()).getFillForegroundXSSFColor().getARGBHex().substring(2));
      assertTrue(total.getCellComment().getString().getString().startsWith("人工更正：nianbao 原读取为“49”"));
      assertEquals(49, summary.getRow(4).getCell(column).getNumericCellValue());

      Sheet sheet = wb.getSheet("问题清单");
      assertEquals(1, wb.getSheetIndex(sheet), "right after 汇总");
      int header = -1;
      for (Row r : sheet) {
        if (r.getCell(0) != null && r.getCell(0).toString().equals("机关") && r.getCell(2) != null && r.getCell(2).toString().equals("类别")) {
          header = r.getRowNum();
        }
        if (header >= 0 && r.getRowNum() > header) {
          List<String> cells = new ArrayList<>();
          for (int c = 0; c <= 12; c++) {
            cells.add(r.getCell(c) == null ? "" : r.getCell(c).toString());
          }
          list.add(cells);
        }
      }
      assertTrue(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter(), "sortable and filterable");
      assertEquals("'汇总'!A4", sheet.getHyperlink(header + 1, 12).getAddress());
      assertTrue(sheet.getRow(1).getCell(0).toString().startsWith("共 " + list.size() + " 项"), sheet.getRow(1).getCell(0).toString());
    }
    long failingRows = list.stream().filter(r -> r.get(2).equals("校验不通过")).count();
    assertEquals(failingCorrected + failingSource + haining.checks().stream().filter(c -> c.status() == CheckStatus.FAIL).count(), failingRows);
    long review = source.flags().stream().filter(f -> f.review()).count() + corrected.flags().stream().filter(f -> f.review()).count()
        + haining.flags().stream().filter(f -> f.review()).count();
    assertEquals(review, list.stream().filter(r -> r.get(2).equals("需核对") || r.get(2).equals("未能读取")).count());
    assertTrue(list.stream().noneMatch(r -> r.get(0).startsWith("衡阳") && r.get(10).equals(book.toString()) && r.get(11).equals("t3.row.new")),
        "a check the correction made pass leaves the list");
    assertTrue(list.stream().anyMatch(r -> r.get(10).equals(HENGYANG.toString()) && r.get(11).equals("t3.row.new") && r.get(9).equals("-49.0")
        && r.get(8).startsWith("表三 一、本年新收政府信息公开申请数量：总计 = ")), list.toString());

    String table = Files.readString(csv, StandardCharsets.UTF_8);
    assertTrue(table.contains("人工更正：表三 一、本年新收政府信息公开申请数量·总计 49→98"), table.substring(0, 200));
    List<String> lines = Files.readAllLines(issues, StandardCharsets.UTF_8);
    assertEquals("\uFEFF机关,年度,类别,表格,项目（行）,栏目（列）,数字,原因,勾稽关系,差额,来源文件,编号", lines.get(0));
    assertEquals(list.size() + 1, lines.size());
    assertTrue(run.err().contains("已写入 " + issues + "（问题清单，" + list.size() + "项）"), run.err());
  }

  @Test
  void otherSpreadsheetsStayRefusedUnlessTheyHoldTheStatutoryTables(@TempDir Path dir) throws Exception {
    Path other = dir.resolve("other.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(other)) {
      wb.createSheet("预算").createRow(0).createCell(0).setCellValue("项目经费 123");
      wb.write(out);
    }
    assertEquals("error.spreadsheet", Nianbao.extract(other).error().orElseThrow().code());
  }
}
