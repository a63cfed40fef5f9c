package org.nianbao.workbook;

import org.nianbao.message.Message;
import org.nianbao.xlsx.Ref;

/** The names of the sheets a report workbook has besides the table sheets of its layout. */
final class Sheets {
  static final String SUMMARY = Message.of("workbook.sheet.summary").zh();
  static final String CHECKS = Message.of("workbook.sheet.checks").zh();
  static final String SOURCES = Message.of("workbook.sheet.sources").zh();
  /** The hidden, protected sheet of what nianbao read, against which a person's corrections are told. */
  static final String ORIGINALS = Message.of("workbook.sheet.originals").zh();

  /** The 结果 column of the 校验 sheet and the words its formulas show. */
  static final String RESULT_COLUMN = "E";

  static final String PASS = FormulaRenderer.PASS;
  static final String FAIL = FormulaRenderer.FAIL;
  static final String SKIPPED = FormulaRenderer.SKIPPED;

  private Sheets() {}

  /** The reference to a sheet's cell from another sheet. */
  static String ref(String sheet, String cell) {
    return Ref.onSheet(sheet, cell);
  }
}
