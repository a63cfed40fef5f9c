package org.nianbao.read.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.nianbao.document.Block;
import org.nianbao.document.Cell;
import org.nianbao.document.Document;
import org.nianbao.document.Grid;
import org.nianbao.document.Paragraph;
import org.nianbao.read.ReadException;
import org.nianbao.read.Source;

class SheetReportReaderTest {
  /** A sheet as agencies fill the form: a merged header, numbers in a format, a total by formula, a hidden column and row. */
  private static void fill(Workbook wb) {
    Sheet s = wb.createSheet("表三");
    Row head = s.createRow(0);
    head.createCell(0).setCellValue("项目");
    head.createCell(1).setCellValue("申请人情况");
    s.addMergedRegion(new CellRangeAddress(0, 0, 1, 3));
    Row names = s.createRow(1);
    names.createCell(1).setCellValue("自然人");
    names.createCell(2).setCellValue("上年");
    names.createCell(3).setCellValue("总计");
    Row hidden = s.createRow(2);
    hidden.createCell(0).setCellValue("旧数");
    hidden.createCell(1).setCellValue(31);
    hidden.setZeroHeight(true);
    Row data = s.createRow(3);
    data.createCell(0).setCellValue("一、本年新收政府信息公开申请数量");
    data.createCell(1).setCellValue(423);
    data.createCell(2).setCellValue(400);
    data.createCell(3).setCellFormula("B4+7");
    s.setColumnHidden(2, true);
    Row fee = s.createRow(5);
    fee.createCell(0).setCellValue("本年收费金额");
    org.apache.poi.ss.usermodel.CellStyle rounded = wb.createCellStyle();
    rounded.setDataFormat(wb.createDataFormat().getFormat("0"));
    fee.createCell(1).setCellValue(12.5);
    fee.getCell(1).setCellStyle(rounded);
    org.apache.poi.ss.usermodel.CellStyle thousands = wb.createCellStyle();
    thousands.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
    fee.createCell(3).setCellValue(1523);
    fee.getCell(3).setCellStyle(thousands);
    wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    wb.createSheet("隐藏").createRow(0).createCell(0).setCellValue("不读");
    wb.setSheetHidden(1, true);
  }

  private static byte[] bytes(Workbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    wb.close();
    return out.toByteArray();
  }

  private static List<List<String>> texts(Grid g) {
    return g.rows().stream().map(r -> r.stream().map(Cell::text).toList()).toList();
  }

  @Test
  void readsAWorkbookAsItIsShown() throws Exception {
    for (Workbook wb : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
      fill(wb);
      Document d = new SheetReportReader().read(Source.of("t", bytes(wb)));
      List<Block> blocks = d.blocks();
      assertEquals("表三", ((Paragraph) blocks.get(0)).text());
      List<Grid> grids = blocks.stream().filter(b -> b instanceof Grid).map(b -> (Grid) b).toList();
      assertEquals(2, grids.size(), "an empty row parts two tables");
      assertEquals(List.of(List.of("项目", "申请人情况", "申请人情况"), List.of("", "自然人", "总计"), List.of("一、本年新收政府信息公开申请数量", "423", "430")), texts(grids.get(0)));
      assertTrue(grids.get(0).rows().get(0).get(2).spanCopy());
      assertEquals("表三!D4", grids.get(0).rows().get(2).get(2).pos().path());
      assertEquals(List.of(List.of("本年收费金额", "12.5", "1,523")), texts(grids.get(1)), "a format that rounds is not followed");
      assertEquals("read.spreadsheet", d.notes().get(0).code());
      assertEquals("按电子表格读取（工作表：表三）", d.notes().get(0).zh());
    }
  }

  @Test
  void refusesAWorkbookNianbaoWrote() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb);
    wb.getProperties().getExtendedProperties().setApplication("nianbao");
    byte[] b = bytes(wb);
    assertEquals("error.spreadsheet", assertThrows(ReadException.class, () -> new SheetReportReader().read(Source.of("n.xlsx", b))).reason().code());
  }

  @Test
  void showsNumbersAsTheirFormatDoesUnlessItRounds() {
    assertEquals("423", SheetReportReader.number(423.0, "423"));
    assertEquals("12.5%", SheetReportReader.number(0.125, "13%"));
    assertEquals("12.30%", SheetReportReader.number(0.123, "12.30%"));
    assertEquals("297.17", SheetReportReader.number(297.17, "297"));
  }
}
