package org.nianbao.form;

/** A cell of a workbook sheet, such as {@code 表三 依申请公开!D5}. */
public record SheetCell(String sheet, String cell) {
  /** The reference as an Excel formula writes it from another sheet: {@code '表三 依申请公开'!D5}. */
  public String ref() {
    return "'" + sheet.replace("'", "''") + "'!" + cell;
  }
}
