package org.nianbao.read.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.nianbao.document.Block;
import org.nianbao.document.Cell;
import org.nianbao.document.Grid;
import org.nianbao.document.Paragraph;
import org.nianbao.document.Picture;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
import org.nianbao.pipeline.Pipeline;
import org.nianbao.read.ReadException;
import org.nianbao.read.ZipGuard;
import org.nianbao.read.front.Readers;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class WordReadersTest {
  private static final Readers READERS = Readers.standard();

  /** A tiny valid PNG: 1×1, grey. */
  private static final byte[] PNG = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==");

  @Test
  void expandsGridSpanAndVerticalMergeToTheGridTheHtmlReaderMakes() throws Exception {
    byte[] docx;
    try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      d.createParagraph().createRun().setText("二、主动公开政府信息情况");
      XWPFTable t = d.createTable(3, 3);
      // Row 1: one cell over three columns.
      XWPFTableCell wide = t.getRow(0).getCell(0);
      wide.setText("第二十条第（五）项");
      wide.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(3));
      t.getRow(0).removeCell(2);
      t.getRow(0).removeCell(1);
      // Column 1 of rows 2 and 3: one cell over two rows.
      t.getRow(1).getCell(0).setText("行政许可");
      t.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
      t.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
      t.getRow(1).getCell(1).setText("12");
      t.getRow(2).getCell(1).setText("3");
      d.write(out);
      docx = out.toByteArray();
    }
    List<Block> blocks = READERS.read("t.docx", docx).blocks();
    assertEquals("二、主动公开政府信息情况", ((Paragraph) blocks.get(0)).text());
    Grid g = (Grid) blocks.get(1);
    assertEquals(List.of("第二十条第（五）项", "第二十条第（五）项", "第二十条第（五）项"), texts(g.rows().get(0)));
    assertEquals(List.of(false, true, true), g.rows().get(0).stream().map(Cell::spanCopy).toList());
    assertEquals(List.of("行政许可", "12", ""), texts(g.rows().get(1)));
    assertEquals(List.of("行政许可", "3", ""), texts(g.rows().get(2)));
    assertTrue(g.rows().get(2).get(0).spanCopy(), "the merged cell was printed once");
  }

  @Test
  void aPictureInPlaceOfATableIsNamed() throws Exception {
    byte[] docx;
    try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      d.createParagraph().createRun().setText("某县人民政府2021年政府信息公开工作年度报告");
      d.createParagraph().createRun().setText("一、总体情况");
      d.createParagraph().createRun().setText("三、收到和处理政府信息公开申请情况");
      d.createParagraph().createRun().addPicture(new ByteArrayInputStream(PNG), Document.PICTURE_TYPE_PNG, "table3.png", 100, 100);
      d.createParagraph().createRun().setText("四、政府信息公开行政复议、行政诉讼情况");
      d.write(out);
      docx = out.toByteArray();
    }
    assertTrue(READERS.read("t.docx", docx).blocks().stream().anyMatch(b -> b instanceof Picture));
    Report r = Pipeline.standard().run("t.docx", docx).report().orElseThrow();
    assertFalse(r.tables().contains(TableId.T3));
    assertTrue(r.flags().stream().anyMatch(f -> f.code().equals("report.table_as_image") && f.reason().args().get(0).equals("表三") && !((java.util.List<?>) f.reason().args().get(1)).isEmpty()),
        r.flags().toString());
  }

  @Test
  void refusesAZipBombWithinItsBudget() throws Exception {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1 << 20];
      for (long written = 0; written <= ZipGuard.MAX_INFLATED; written += zeros.length) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertTrue(bomb.size() < Readers.MAX_BYTES, "the bomb is small: " + bomb.size());
    assertEquals("error.zip_bomb", assertThrows(ReadException.class, () -> READERS.read("bomb.docx", bomb.toByteArray())).reason().code());
  }

  @Test
  void aZipThatIsNotWordOrIsCutShortGetsOneLine() throws Exception {
    ByteArrayOutputStream other = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(other)) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("hello".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }
    assertEquals("error.archive", assertThrows(ReadException.class, () -> READERS.read("x.docx", other.toByteArray())).reason().code());
    byte[] docx = Files.readAllBytes(Path.of("test-data/forms/haining-2020.docx"));
    byte[] cut = Arrays.copyOf(docx, docx.length / 2);
    assertTrue(assertThrows(ReadException.class, () -> READERS.read("cut.docx", cut)).reason().code().startsWith("error.zip_"));
  }

  @Test
  void anOfficeFileThatIsNotWordIsNamed() throws Exception {
    byte[] xls;
    try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.createSheet("a");
      wb.write(out);
      xls = out.toByteArray();
    }
    // Read as the workbook it is (the pipeline refuses it when it holds no statutory table).
    assertEquals("read.spreadsheet", READERS.read("a.doc", xls).notes().get(0).code());
  }

  private static List<String> texts(List<Cell> row) {
    return row.stream().map(Cell::text).toList();
  }
}
