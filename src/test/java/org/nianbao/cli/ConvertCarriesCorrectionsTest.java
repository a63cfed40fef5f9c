package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.List;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Nianbao;
import org.nianbao.model.Report;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;

/**
 * Converting a report again whose workbook a person corrected: the corrections are carried into
 * the new workbook and the user is told, with a warning where the report now reads otherwise than
 * the value a correction replaced; --force replaces the workbook without them, and says so.
 */
class ConvertCarriesCorrectionsTest {
  private static final Path SOURCE = Path.of("test-data/forms/hengyang-office-2019.docx");
  private final CommandRun cli = new CommandRun(Locale.CHINESE);

  private static void setTotal(Path book, double total) throws Exception {
    XSSFWorkbook wb;
    try (InputStream in = Files.newInputStream(book)) {
      wb = new XSSFWorkbook(in);
    }
    wb.getSheet("表三 依申请公开").getRow(4).getCell(9, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(total);
    try (OutputStream out = Files.newOutputStream(book)) {
      wb.write(out);
    }
    wb.close();
  }

  @Test
  void correctionsAreCarriedIntoTheNewWorkbook(@TempDir Path dir) throws Exception {
    Path book = dir.resolve("衡阳.xlsx");
    assertEquals(ExitCodes.OK, cli.run("convert", "-o", book.toString(), SOURCE.toString()));
    setTotal(book, 98);
    assertEquals(ExitCodes.OK, new CommandRun(Locale.CHINESE).run("convert", "-o", book.toString(), SOURCE.toString()));
    Report r = Nianbao.extract(book).report().orElseThrow();
    assertEquals(new BigDecimal("98"), r.values().get("t3.new.total").number());
    assertEquals(new BigDecimal("49"), r.originals().get("t3.new.total").number());
    CommandRun again = new CommandRun(Locale.CHINESE);
    assertEquals(ExitCodes.OK, again.run("convert", "-o", book.toString(), SOURCE.toString()));
    assertTrue(again.err().contains(book + "：原工作簿中的 1 处人工更正已带入新工作簿"), again.err());
    assertTrue(!again.err().contains("请再核对"), again.err());
  }

  @Test
  void aSourceThatNowReadsOtherwiseIsSaid(@TempDir Path dir) throws Exception {
    Report fresh = Nianbao.extract(SOURCE).report().orElseThrow();
    Map<String, Value> earlier = new LinkedHashMap<>(fresh.values());
    Value total = earlier.get("t3.new.total");
    earlier.put("t3.new.total", new Value(ValueKind.NUMBER, new BigDecimal("50"), total.placement(), total.source()));
    Report before = new Report(fresh.file(), fresh.agency(), fresh.year(), fresh.published(), fresh.format(), fresh.tables(), earlier, fresh.flags(),
        fresh.checks(), fresh.sections(), fresh.narrative(), Map.of());
    Path book = dir.resolve("衡阳.xlsx");
    Nianbao.writeWorkbook(before, book, true);
    setTotal(book, 98);
    assertEquals(ExitCodes.OK, cli.run("convert", "-o", book.toString(), SOURCE.toString()));
    assertTrue(cli.err().contains(book + "：表三 一、本年新收政府信息公开申请数量·总计 人工更正前 nianbao 读取为“50”，现在报告读作“49”，人工更正“98”已保留：请再核对"), cli.err());
    assertEquals(new BigDecimal("98"), Nianbao.extract(book).report().orElseThrow().values().get("t3.new.total").number());
  }

  @Test
  void forceReplacesWithoutCarrying(@TempDir Path dir) throws Exception {
    Path book = dir.resolve("衡阳.xlsx");
    assertEquals(ExitCodes.OK, cli.run("convert", "-o", book.toString(), SOURCE.toString()));
    setTotal(book, 98);
    CommandRun forced = new CommandRun(Locale.CHINESE);
    assertEquals(ExitCodes.OK, forced.run("convert", "--force", "-o", book.toString(), SOURCE.toString()));
    assertTrue(forced.err().contains(book + "：已用 --force 替换，原工作簿中的 1 处人工更正未带入"), forced.err());
    Report r = Nianbao.extract(book).report().orElseThrow();
    assertEquals(new BigDecimal("49"), r.values().get("t3.new.total").number());
    assertTrue(r.originals().isEmpty());
  }

  @Test
  void aRestructuredWorkbookIsNotReplacedWithoutForce(@TempDir Path dir) throws Exception {
    Path book = dir.resolve("衡阳.xlsx");
    assertEquals(ExitCodes.OK, cli.run("convert", "-o", book.toString(), SOURCE.toString()));
    XSSFWorkbook wb;
    try (InputStream in = Files.newInputStream(book)) {
      wb = new XSSFWorkbook(in);
    }
    wb.setSheetName(wb.getSheetIndex("表三 依申请公开"), "表三");
    try (OutputStream out = Files.newOutputStream(book)) {
      wb.write(out);
    }
    wb.close();
    CommandRun again = new CommandRun(Locale.CHINESE);
    again.run("convert", "-o", book.toString(), SOURCE.toString());
    assertTrue(again.err().contains("无法找出其中的人工更正"), again.err());
    try (XSSFWorkbook kept = new XSSFWorkbook(Files.newInputStream(book))) {
      assertTrue(kept.getSheet("表三") != null, "the person's workbook is kept");
    }
  }
}
