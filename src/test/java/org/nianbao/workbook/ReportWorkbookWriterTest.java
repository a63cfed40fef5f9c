package org.nianbao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.model.CheckResult;
import org.nianbao.model.Report;
import org.nianbao.model.Value;
import org.nianbao.pipeline.Pipeline;
import org.nianbao.form.ReportSpec;

/** Workbooks of every fixture, evaluated by POI and read back. The LibreOffice twin is LibreOfficeRecalcIT. */
class ReportWorkbookWriterTest {
  static final ReportSpec SPEC = ReportSpec.load();
  private static final Pipeline PIPELINE = Pipeline.standard();

  static Stream<Path> reports() {
    return WorkbookFixtures.reports().stream();
  }

  static Report report(Path p) {
    return PIPELINE.run(p).report().orElseThrow();
  }

  static byte[] bytes(Report r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ReportWorkbookWriter(SPEC).write(r, out);
    return out.toByteArray();
  }

  @ParameterizedTest
  @MethodSource("reports")
  void formulasGiveTheSameVerdictAsTheCheckEngine(Path p) throws IOException {
    Report r = report(p);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(r)))) {
      XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
      Map<String, String> verdicts = WorkbookFixtures.verdicts(wb.getSheet(Sheets.CHECKS));
      assertEquals(r.checks().size(), verdicts.size());
      for (CheckResult c : r.checks()) {
        assertEquals(WorkbookFixtures.word(c.status()), verdicts.get(c.id()), c.id() + " in " + p);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("reports")
  void narrativeFormulasGiveTheSameVerdictAsTheNarrativeCheck(Path p) throws IOException {
    Report r = report(p);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(r)))) {
      List<List<String>> rows = WorkbookFixtures.texts(wb.getSheet(Sheets.CHECKS));
      assertEquals(WorkbookFixtures.narrativeWords(r), WorkbookFixtures.narrativeShown(rows), p.toString());
      for (int i = 0; i < r.narrative().size(); i++) {
        String sentence = WorkbookFixtures.narrativeRows(rows).get(i).get(6);
        assertTrue(sentence.endsWith(r.narrative().get(i).sentence()), sentence);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("reports")
  void readsBackEveryValue(Path p) throws IOException {
    Report r = report(p);
    Report back = new LayoutValues(SPEC).read(new ByteArrayInputStream(bytes(r)), p.toString());
    assertEquals(r.format(), back.format());
    assertEquals(r.tables(), back.tables());
    assertEquals(r.agency(), back.agency());
    assertEquals(r.values().keySet(), back.values().keySet());
    for (Map.Entry<String, Value> e : r.values().entrySet()) {
      Value v = back.values().get(e.getKey());
      assertEquals(e.getValue().kind(), v.kind(), e.getKey());
      if (e.getValue().number() != null) {
        assertEquals(0, e.getValue().number().compareTo(v.number()), e.getKey());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("reports")
  void hasTheFixedSheets(Path p) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(report(p))))) {
      List<String> names = Stream.iterate(0, i -> i + 1).limit(wb.getNumberOfSheets()).map(wb::getSheetName).toList();
      assertEquals(List.of("概况", "表二 主动公开", "表三 依申请公开", "表四 复议诉讼", "校验", "来源", "原读数"), names);
      for (int i = 0; i < names.size(); i++) {
        assertEquals(names.get(i).equals(Sheets.ORIGINALS), wb.isSheetHidden(i), names.get(i) + " hidden");
      }
    }
  }

  @Test
  void writesTheSameBytesForTheSameReport() throws IOException {
    Report r = report(WorkbookFixtures.reports().get(0));
    assertTrue(java.util.Arrays.equals(bytes(r), bytes(r)));
  }

  @Test
  void saysOnTheSheetWhenATableIsMissing() throws IOException {
    Report r = report(Path.of("test-data/reports/dinghai-2022.txt"));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(r)))) {
      Sheet t3 = wb.getSheet("表三 依申请公开");
      assertTrue(t3.getRow(2).getCell(0).getStringCellValue().startsWith("本报告正文中未找到此表"));
      assertEquals(3, t3.getLastRowNum() + 1, "no form grid, no zeros");
    }
  }

  @Test
  void keepsReportTextThatLooksLikeAFormulaAsText() throws IOException {
    Map<Integer, String> sections = Map.of(1, "=1+1", 2, "+HYPERLINK(\"http://x\")", 3, "-2+3", 4, "@SUM(A1)");
    Report r = new Report("=x.txt", Optional.of("=HYPERLINK(\"http://x\")"), Optional.of(2020), Optional.empty(), Optional.empty(), Set.of(), Map.of(),
        List.of(), List.of(), sections, List.of(), Map.of());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(r)))) {
      List<String> texts = new ArrayList<>();
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell c : row) {
            if (c.getCellType() == CellType.FORMULA) {
              assertFalse(c.getCellFormula().contains("HYPERLINK") || c.getCellFormula().contains("1+1") || c.getCellFormula().contains("A1)"),
                  "report text became a formula in " + sheet.getSheetName() + ": " + c.getCellFormula());
            } else if (c.getCellType() == CellType.STRING) {
              texts.add(c.getStringCellValue());
            }
          }
        }
      }
      assertTrue(texts.contains("=HYPERLINK(\"http://x\")"));
      for (String section : sections.values()) {
        assertTrue(texts.stream().anyMatch(t -> t.contains(section)), section + " is kept as text");
      }
    }
  }
}
