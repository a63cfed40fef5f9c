package org.nianbao.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CheckResult;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.Report;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;

class ComparisonWorkbookWriterTest {
  private static XSSFWorkbook open(MergeFixtures.Merged m) throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(m.xlsx()));
    XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
    return wb;
  }

  /** Field id or check id (the hidden row 1 of 汇总) to its column. */
  private static Map<String, Integer> columns(Sheet summary) {
    Map<String, Integer> out = new HashMap<>();
    for (Cell c : summary.getRow(0)) {
      out.put(c.getStringCellValue(), c.getColumnIndex());
    }
    return out;
  }

  private static String word(CheckStatus s) {
    return s == CheckStatus.PASS ? "通过" : s == CheckStatus.FAIL ? "不通过" : "跳过";
  }

  @Test
  void givesEveryReportARowWithTheNumbersExtractGave() throws IOException {
    List<Report> reports = MergeFixtures.corpus();
    try (XSSFWorkbook wb = open(MergeFixtures.merge(reports, List.of()))) {
      Sheet summary = wb.getSheet(ComparisonWorkbookWriter.SUMMARY);
      Map<String, Integer> cols = columns(summary);
      for (int i = 0; i < reports.size(); i++) {
        Report r = reports.get(i);
        Row row = summary.getRow(ComparisonWorkbookWriter.FIRST_DATA_ROW - 1 + i);
        assertEquals(r.file(), row.getCell(SummaryColumns.FILE).getStringCellValue());
        for (Map.Entry<String, Value> e : r.values().entrySet()) {
          Cell c = row.getCell(cols.get(e.getKey()));
          if (e.getValue().kind() == ValueKind.NUMBER) {
            assertEquals(e.getValue().number().doubleValue(), c.getNumericCellValue(), 1e-9, e.getKey() + " of " + r.file());
          } else if (e.getValue().kind() != ValueKind.MARK) {
            assertTrue(c == null || c.getCellType() == CellType.BLANK, e.getKey() + " of " + r.file() + " should be blank");
          }
        }
        for (CheckResult check : r.checks()) {
          assertEquals(word(check.status()), row.getCell(cols.get(check.id())).getStringCellValue(), check.id() + " of " + r.file());
        }
        long failing = r.checks().stream().filter(c -> c.status() == CheckStatus.FAIL).count();
        assertEquals(failing, (long) row.getCell(SummaryColumns.FAILING).getNumericCellValue(), r.file());
      }
    }
  }

  @Test
  void checksConsecutiveYearsLiveAndAsNianbaoDoes() throws IOException {
    MergeFixtures.Merged m = MergeFixtures.merge(MergeFixtures.consecutiveYears(), List.of());
    assertTrue(m.crossYear().size() >= 9, "carried-over columns and 现行有效件数 were compared");
    assertTrue(m.crossYear().stream().anyMatch(c -> c.id().equals("t3.cross.carried.total") && c.status() == CheckStatus.FAIL));
    assertTrue(m.crossYear().stream().anyMatch(c -> c.id().equals("t2.cross.normative.in_force") && c.status() == CheckStatus.PASS));
    try (XSSFWorkbook wb = open(m)) {
      Sheet years = wb.getSheet(ComparisonWorkbookWriter.YEARS);
      for (int i = 0; i < m.crossYear().size(); i++) {
        Row row = years.getRow(i + 1);
        assertEquals(m.crossYear().get(i).id(), row.getCell(4).getStringCellValue());
        assertEquals(word(m.crossYear().get(i).status()), row.getCell(8).getStringCellValue(), m.crossYear().get(i).id());
      }
      assertEquals("青溪县政府", years.getRow(1).getCell(1).getStringCellValue(), "青溪县 人民政府 and 青溪县人民政府 are matched");
    }
  }

  @Test
  void aLaterYearWhoseFormIsNotKnownIsCheckedAcrossYearsByNoFormsChecks() throws IOException {
    List<Report> years = MergeFixtures.consecutiveYears();
    Report later = years.get(1);
    Report formless = new Report(later.file(), later.agency(), later.year(), later.published(), Optional.empty(), later.tables(), later.values(), later.flags(),
        later.checks(), later.sections(), List.of(), Map.of());
    MergeFixtures.Merged m = MergeFixtures.merge(List.of(years.get(0), formless), List.of());
    assertEquals(List.of(), m.crossYear());
    try (XSSFWorkbook wb = open(m)) {
      assertEquals(2, wb.getSheet(ComparisonWorkbookWriter.SUMMARY).getLastRowNum() + 1 - (ComparisonWorkbookWriter.FIRST_DATA_ROW - 1));
    }
  }

  @Test
  void listsEveryInputThatCouldNotBeRead() throws IOException {
    MergeFixtures.Merged m = MergeFixtures.merge(MergeFixtures.corpus().subList(0, 2), List.<String[]>of(new String[] {"empty.txt", "empty file"}));
    try (XSSFWorkbook wb = open(m)) {
      Sheet failed = wb.getSheet(ComparisonWorkbookWriter.FAILED);
      assertEquals("empty.txt", failed.getRow(1).getCell(0).getStringCellValue());
      assertEquals("empty file", failed.getRow(1).getCell(1).getStringCellValue());
      List<String> sheets = new java.util.ArrayList<>();
      wb.forEach(sheet -> sheets.add(sheet.getSheetName()));
      assertEquals(List.of("汇总", "问题清单", "指标", "排名", "地区与层级", "跨年核对", "同比", "文字对比", "统计", "图表", "未能读取"), sheets);
    }
  }

  @Test
  void totalsFiguresByYear() throws IOException {
    List<Report> reports = MergeFixtures.corpus();
    try (XSSFWorkbook wb = open(MergeFixtures.merge(reports, List.of()))) {
      Sheet stats = wb.getSheet(ComparisonWorkbookWriter.STATISTICS);
      Row y2020 = null;
      for (Row r : stats) {
        if (r.getCell(0) != null && r.getCell(0).getStringCellValue().equals("2020")) {
          y2020 = r;
        }
      }
      double expected = reports.stream().filter(r -> r.year().orElse(0) == 2020 && r.values().containsKey("t3.new.total"))
          .mapToDouble(r -> r.values().get("t3.new.total").asCounted().doubleValue()).sum();
      assertEquals(expected, y2020.getCell(2).getNumericCellValue(), 1e-9);
      assertEquals(reports.stream().filter(r -> r.year().orElse(0) == 2020).count(), (long) y2020.getCell(1).getNumericCellValue());
    }
  }
}
