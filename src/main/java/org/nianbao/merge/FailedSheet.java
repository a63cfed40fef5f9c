package org.nianbao.merge;

import java.util.List;
import org.nianbao.xlsx.Sheet;

/** The 未能读取 sheet: every input not read, with the reason, or a line saying every input was read. */
final class FailedSheet {
  private FailedSheet() {}

  /** Writes {@code failures}, each a file and its reason. */
  static void write(Sheet sheet, List<String[]> failures) {
    sheet.text(0, 0, Words.of("failed.file"), MergeStyles.HEADER);
    sheet.text(0, 1, Words.of("column.reason"), MergeStyles.HEADER);
    if (failures.isEmpty()) {
      sheet.text(1, 0, Words.of("failed.none"), null);
    }
    for (int i = 0; i < failures.size(); i++) {
      sheet.text(i + 1, 0, failures.get(i)[0], MergeStyles.WRAPPED);
      sheet.text(i + 1, 1, failures.get(i)[1], MergeStyles.WRAPPED);
    }
    sheet.width(0, 60);
    sheet.width(1, 80);
    sheet.freeze(0, 1);
  }
}
