package org.nianbao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Nianbao;
import org.nianbao.model.CheckResult;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.Flag;
import org.nianbao.model.Report;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.model.Outcome;

/**
 * nianbao's own workbook as an input: a person corrects the statutory cells (a number changed, a
 * number typed as text, a cell emptied, a blank filled) and saves; reading it back gives the values
 * as corrected, each a {@code cell.corrected} note with what nianbao had read beside it, the checks
 * computed again; a form restructured is refused with one sentence naming what changed.
 */
class CorrectedWorkbookTest {
  static final Path HENGYANG = Path.of("test-data/forms/hengyang-office-2019.docx");
  static final String T3 = "表三 依申请公开";

  /** The workbook nianbao writes for 衡阳 2019, in {@code dir}. */
  static Path written(Path dir) throws Exception {
    Report r = Nianbao.extract(HENGYANG).report().orElseThrow();
    Path book = dir.resolve("衡阳-2019.xlsx");
    Nianbao.writeWorkbook(r, book, true);
    return book;
  }

  /** Edits the workbook with POI, as a person's spreadsheet program would, and saves it. */
  static void edit(Path book, Consumer<XSSFWorkbook> change) throws Exception {
    XSSFWorkbook wb;
    try (InputStream in = Files.newInputStream(book)) {
      wb = new XSSFWorkbook(in);
    }
    change.accept(wb);
    try (OutputStream out = Files.newOutputStream(book)) {
      wb.write(out);
    }
    wb.close();
  }

  static Cell cell(XSSFWorkbook wb, String sheet, String ref) {
    Sheet s = wb.getSheet(sheet);
    CellReference r = new CellReference(ref);
    return s.getRow(r.getRow()).getCell(r.getCol(), org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
  }

  /** The corrections the tests make: 表三's new total 49 → 98, 结转 自然人 5 → "6" typed as text, 社会公益组织 0 emptied, a blank of 表四 given 3. */
  static void correct(XSSFWorkbook wb) {
    cell(wb, T3, "J5").setCellValue(98);
    cell(wb, T3, "D6").setCellValue("6");
    cell(wb, T3, "G5").setBlank();
  }

  @Test
  void anUneditedWorkbookReadsBackAsWrittenWithNoCorrection(@TempDir Path dir) throws Exception {
    Report original = Nianbao.extract(HENGYANG).report().orElseThrow();
    Report back = Nianbao.extract(written(dir)).report().orElseThrow();
    assertTrue(back.originals().isEmpty());
    original.values().forEach((id, v) -> assertEquals(v.numberIfAny(), back.values().get(id).numberIfAny(), id));
    assertEquals(original.checks().stream().map(CheckResult::status).toList(), back.checks().stream().map(CheckResult::status).toList());
    assertEquals(original.flags().size(), back.flags().size());
    assertEquals(original.sections(), back.sections());
    assertEquals(original.agency(), back.agency());
  }

  /** Every fixture's workbook, untouched, reads back as the report it was written from: nothing taken for a correction. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("org.nianbao.workbook.ReportWorkbookWriterTest#reports")
  void everyFixturesWorkbookReadsBackUnchanged(Path p) throws Exception {
    Report original = ReportWorkbookWriterTest.report(p);
    Optional<Report> back = new OwnWorkbooks(ReportWorkbookWriterTest.SPEC).reopen(p.toString(), ReportWorkbookWriterTest.bytes(original));
    assertTrue(back.isPresent(), p.toString());
    assertEquals(Map.of(), back.get().originals(), p.toString());
    original.values().forEach((id, v) -> {
      assertEquals(v.kind() == ValueKind.MARK ? ValueKind.MARK : v.kind(), back.get().values().get(id).kind(), id + " of " + p);
      assertEquals(v.numberIfAny(), back.get().values().get(id).numberIfAny(), id + " of " + p);
    });
    assertEquals(original.flags().stream().map(Flag::code).toList(), back.get().flags().stream().map(Flag::code).toList(), p.toString());
    assertEquals(original.flags().stream().map(f -> f.reason().zh()).toList(), back.get().flags().stream().map(f -> f.reason().zh()).toList(), p.toString());
    assertEquals(original.sections(), back.get().sections(), p.toString());
    assertEquals(original.tables(), back.get().tables(), p.toString());
  }

  @Test
  void everyChangedValueIsACorrectionWithTheOriginalBesideIt(@TempDir Path dir) throws Exception {
    Path book = written(dir);
    edit(book, CorrectedWorkbookTest::correct);
    Outcome o = Nianbao.extract(book);
    Report r = o.report().orElseThrow(() -> new AssertionError(o.error()));
    assertEquals(new BigDecimal("98"), r.values().get("t3.new.total").number());
    assertEquals(new BigDecimal("6"), r.values().get("t3.carried.natural").number());
    assertEquals(ValueKind.BLANK, r.values().get("t3.new.social").kind());
    assertEquals(Map.of("t3.new.total", new BigDecimal("49"), "t3.carried.natural", new BigDecimal("5"), "t3.new.social", BigDecimal.ZERO),
        Map.of("t3.new.total", r.originals().get("t3.new.total").number(), "t3.carried.natural", r.originals().get("t3.carried.natural").number(),
            "t3.new.social", r.originals().get("t3.new.social").number()));
    Flag total = r.flags().stream().filter(f -> f.code().equals("cell.corrected") && f.field().equals("t3.new.total")).findFirst().orElseThrow();
    assertFalse(total.review(), "a correction is a note, not 需核对");
    assertTrue(total.reason().zh().startsWith("人工更正：nianbao 原读取为“49”"), total.reason().zh());
    assertTrue(total.reason().zh().endsWith("已改为“98”"), total.reason().zh());
    assertEquals(3, r.flags().stream().filter(f -> f.code().equals("cell.corrected")).count());
    assertEquals(CheckStatus.PASS, check(r, "t3.row.new").status(), "the check reads the corrected total");
    String json = Nianbao.json(o);
    assertTrue(json.contains("\"code\":\"cell.corrected\""), json);
    assertTrue(json.contains("\"t3.new.total\":98"), json);
  }

  @Test
  void aCorrectedWorkbookWrittenAgainKeepsItsCorrectionsAndShowsThem(@TempDir Path dir) throws Exception {
    Path book = written(dir);
    edit(book, CorrectedWorkbookTest::correct);
    Report r = Nianbao.extract(book).report().orElseThrow();
    Path again = dir.resolve("again.xlsx");
    Nianbao.writeWorkbook(r, again, true);
    Report back = Nianbao.extract(again).report().orElseThrow();
    assertEquals(r.originals().keySet(), back.originals().keySet());
    assertEquals(new BigDecimal("49"), back.originals().get("t3.new.total").number());
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(again))) {
      assertEquals(Styles.GREEN, fill(cell(wb, T3, "J5")));
      Sheet sources = wb.getSheet(Sheets.SOURCES);
      boolean listed = false;
      for (org.apache.poi.ss.usermodel.Row row : sources) {
        listed |= row.getCell(10) != null && row.getCell(10).toString().equals("t3.new.total") && row.getCell(8).toString().equals("人工更正");
      }
      assertTrue(listed, "来源 names the correction");
      boolean said = false;
      for (org.apache.poi.ss.usermodel.Row row : wb.getSheet(Sheets.SUMMARY)) {
        said |= row.getCell(0) != null && row.getCell(0).toString().equals("人工更正") && row.getCell(1).toString().startsWith("3 处数字有人在工作簿中改过");
      }
      assertTrue(said, "概况 says how many values were corrected");
      assertTrue(wb.isSheetHidden(wb.getSheetIndex(Sheets.ORIGINALS)));
      assertTrue(wb.getSheet(Sheets.ORIGINALS).getProtect());
    }
  }

  @Test
  void aValueThatIsNotANumberIsKeptAsAMarkAndZeroIsANumber(@TempDir Path dir) throws Exception {
    Path book = written(dir);
    edit(book, wb -> {
      cell(wb, T3, "J5").setCellValue("/");
      cell(wb, T3, "D6").setCellValue("0");
    });
    Report r = Nianbao.extract(book).report().orElseThrow();
    assertEquals(ValueKind.MARK, r.values().get("t3.new.total").kind());
    assertEquals(BigDecimal.ZERO, r.values().get("t3.carried.natural").number().stripTrailingZeros());
  }

  @Test
  void aRowInsertedIsRefusedNamingIt(@TempDir Path dir) throws Exception {
    Path book = written(dir);
    edit(book, wb -> wb.getSheet(T3).shiftRows(6, wb.getSheet(T3).getLastRowNum(), 1));
    Outcome o = Nianbao.extract(book);
    assertTrue(o.report().isEmpty());
    assertEquals("error.workbook_changed", o.error().orElseThrow().code());
    String said = o.error().orElseThrow().zh();
    assertTrue(said.contains("“表三 依申请公开”表中") && said.contains("原在第7行，现在第8行"), said);
  }

  @Test
  void aSheetRenamedIsRefusedNamingIt(@TempDir Path dir) throws Exception {
    Path book = written(dir);
    edit(book, wb -> wb.setSheetName(wb.getSheetIndex(T3), "表三"));
    Outcome o = Nianbao.extract(book);
    assertEquals("error.workbook_changed", o.error().orElseThrow().code());
    assertTrue(o.error().orElseThrow().zh().contains("没有“表三 依申请公开”表（改名或删除了）"), o.error().orElseThrow().zh());
  }

  static CheckResult check(Report r, String id) {
    return r.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  static String fill(Cell c) {
    org.apache.poi.xssf.usermodel.XSSFColor color = ((org.apache.poi.xssf.usermodel.XSSFCellStyle) c.getCellStyle()).getFillForegroundXSSFColor();
    return color == null ? "" : color.getARGBHex().substring(2);
  }

  static Value value(Report r, String id) {
    return r.values().get(id);
  }
}
