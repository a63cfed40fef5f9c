package org.nianbao.workbook;

import java.math.BigDecimal;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes cells of one sheet by their A1 references. Report text always goes in as a string cell,
 * never as a formula, and is cut to Excel's limit of 32,767 characters a cell.
 */
final class SheetWriter {
  /** Excel's limit on the characters in one cell. */
  static final int MAX_CELL_CHARS = 32_767;

  /** Excel's width unit is 1/256 of a character. */
  private static final int WIDTH_UNIT = 256;

  private final Sheet sheet;
  private Drawing<?> drawing;

  SheetWriter(Sheet sheet) {
    this.sheet = sheet;
    PrintSetup ps = sheet.getPrintSetup();
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setLandscape(true);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setFitToPage(true);
  }

  Sheet sheet() {
    return sheet;
  }

  Cell cell(String ref) {
    CellReference r = new CellReference(ref);
    Row row = sheet.getRow(r.getRow());
    if (row == null) {
      row = sheet.createRow(r.getRow());
    }
    Cell c = row.getCell(r.getCol());
    return c == null ? row.createCell(r.getCol()) : c;
  }

  Cell text(String ref, String value, CellStyle style) {
    Cell c = cell(ref);
    c.setCellValue(value.length() > MAX_CELL_CHARS ? value.substring(0, MAX_CELL_CHARS - 1) + "…" : value);
    c.setCellStyle(style);
    return c;
  }

  Cell number(String ref, BigDecimal value, CellStyle style) {
    Cell c = cell(ref);
    c.setCellValue(value.doubleValue());
    c.setCellStyle(style);
    return c;
  }

  Cell formula(String ref, String formula, CellStyle style) {
    Cell c = cell(ref);
    c.setCellFormula(formula);
    if (style != null) {
      c.setCellStyle(style);
    }
    return c;
  }

  /** Merges a range, giving every cell of it the style so borders run round the whole area. */
  void merge(String range, CellStyle style) {
    CellRangeAddress a = CellRangeAddress.valueOf(range);
    for (int r = a.getFirstRow(); r <= a.getLastRow(); r++) {
      for (int col = a.getFirstColumn(); col <= a.getLastColumn(); col++) {
        cell(new CellReference(r, col).formatAsString()).setCellStyle(style);
      }
    }
    if (a.getNumberOfCells() > 1) {
      // The layouts are checked not to overlap (LayoutTest); POI's own check is quadratic.
      sheet.addMergedRegionUnsafe(a);
    }
  }

  /** Sets the width of a column or a range of columns ({@code D:J}) in characters. */
  void width(String columns, int chars) {
    String[] ends = columns.split(":");
    int from = CellReference.convertColStringToIndex(ends[0]);
    int to = CellReference.convertColStringToIndex(ends[ends.length - 1]);
    for (int col = from; col <= to; col++) {
      sheet.setColumnWidth(col, chars * WIDTH_UNIT);
    }
  }

  void comment(Cell cell, String text) {
    if (drawing == null) {
      drawing = sheet.createDrawingPatriarch();
    }
    CreationHelper h = sheet.getWorkbook().getCreationHelper();
    ClientAnchor anchor = h.createClientAnchor();
    anchor.setCol1(cell.getColumnIndex() + 1);
    anchor.setCol2(cell.getColumnIndex() + 5);
    anchor.setRow1(cell.getRowIndex());
    anchor.setRow2(cell.getRowIndex() + 4);
    Comment c = drawing.createCellComment(anchor);
    c.setString(h.createRichTextString(text.length() > 1000 ? text.substring(0, 999) + "…" : text));
    c.setAuthor("nianbao");
    // The streaming sheet files a comment under its anchor's corner unless told its cell.
    c.setAddress(cell.getAddress());
    cell.setCellComment(c);
  }

  /** Links a cell to a place in this workbook ({@code '校验'!A5}). */
  void link(Cell cell, String address, CellStyle style) {
    Hyperlink l = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
    l.setAddress(address);
    cell.setHyperlink(l);
    cell.setCellStyle(style);
  }

  void height(int row, float points) {
    Row r = sheet.getRow(row);
    if (r == null) {
      r = sheet.createRow(row);
    }
    r.setHeightInPoints(points);
  }
}
