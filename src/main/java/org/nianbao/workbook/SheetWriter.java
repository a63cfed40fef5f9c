package org.nianbao.workbook;

import java.math.BigDecimal;
import org.nianbao.xlsx.Ref;
import org.nianbao.xlsx.Sheet;
import org.nianbao.xlsx.Style;

/**
 * Writes cells of one sheet by their A1 references, as the layouts name them. Report text always
 * goes in as a text cell, never as a formula.
 */
final class SheetWriter {
  private final Sheet sheet;

  SheetWriter(Sheet sheet) {
    this.sheet = sheet;
  }

  Sheet sheet() {
    return sheet;
  }

  void text(String ref, String value, Style style) {
    sheet.text(Ref.rowOf(ref), Ref.colOf(ref), value, style);
  }

  void number(String ref, BigDecimal value, Style style) {
    sheet.number(Ref.rowOf(ref), Ref.colOf(ref), value, style);
  }

  void blank(String ref, Style style) {
    sheet.blank(Ref.rowOf(ref), Ref.colOf(ref), style);
  }

  void formula(String ref, Formula f, Style style) {
    sheet.formula(Ref.rowOf(ref), Ref.colOf(ref), f.text(), f.value(), style);
  }

  /** Merges a range, giving every cell of it the style so borders run round the whole area. */
  void merge(String range, Style style) {
    String[] ends = range.split(":");
    int r1 = Ref.rowOf(ends[0]);
    int c1 = Ref.colOf(ends[0]);
    int r2 = Ref.rowOf(ends[ends.length - 1]);
    int c2 = Ref.colOf(ends[ends.length - 1]);
    for (int r = r1; r <= r2; r++) {
      for (int c = c1; c <= c2; c++) {
        sheet.blank(r, c, style);
      }
    }
    if (r1 != r2 || c1 != c2) {
      sheet.merge(range);
    }
  }

  /** Sets the width of a column or a range of columns ({@code D:J}) in characters. */
  void width(String columns, double chars) {
    String[] ends = columns.split(":");
    sheet.width(Ref.columnIndex(ends[0]), Ref.columnIndex(ends[ends.length - 1]), chars);
  }

  void comment(String ref, String text) {
    sheet.comment(Ref.rowOf(ref), Ref.colOf(ref), text);
  }

  /** Links a cell to a place in this workbook ({@code '校验'!A5}). */
  void link(String ref, String address) {
    sheet.link(Ref.rowOf(ref), Ref.colOf(ref), address);
  }
}
