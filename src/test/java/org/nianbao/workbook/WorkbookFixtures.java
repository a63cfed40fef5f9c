package org.nianbao.workbook;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.nianbao.model.CheckStatus;
import org.nianbao.testing.TestReports;

/** The reports under test-data/ and how to read verdicts off a 校验 sheet. */
final class WorkbookFixtures {
  private WorkbookFixtures() {}

  static List<Path> reports() {
    return TestReports.withAnswers();
  }

  static String word(CheckStatus s) {
    return switch (s) {
      case PASS -> Sheets.PASS;
      case FAIL -> Sheets.FAIL;
      case SKIPPED -> Sheets.SKIPPED;
    };
  }

  /** Check id to the 结果 shown, from a sheet whose formulas have been evaluated. */
  static Map<String, String> verdicts(Sheet sheet) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Row row : sheet) {
      if (row.getRowNum() == 0) {
        continue;
      }
      Cell result = row.getCell(5);
      String shown = result.getCellType() == CellType.FORMULA ? result.getStringCellValue() : result.getStringCellValue();
      out.put(row.getCell(0).getStringCellValue(), shown);
    }
    return out;
  }
}
