package org.nianbao.workbook;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.Report;
import org.nianbao.testing.TestReports;

/** The reports under test-data/ and how to read verdicts off a 校验 sheet. */
final class WorkbookFixtures {
  /** The 结果 column of 校验, 0-based. */
  static final int RESULT = 4;

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

  /** Check id to the 结果 shown, from a sheet whose formulas have been evaluated (the balance checks, above the first blank row). */
  static Map<String, String> verdicts(Sheet sheet) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Row row : sheet) {
      if (row.getRowNum() == 0) {
        continue;
      }
      if (row.getRowNum() != out.size() + 1) {
        break;
      }
      out.put(row.getCell(CheckSheet.ID_COLUMN).getStringCellValue(), row.getCell(RESULT).getStringCellValue());
    }
    return out;
  }

  /** The 结果 the 校验 sheet must show for each statement of the text, in order. */
  static List<String> narrativeWords(Report r) {
    return r.narrative().stream()
        .map(n -> n.fields().stream().noneMatch(r.values()::containsKey) ? CheckSheet.UNMATCHED : word(n.status()))
        .toList();
  }

  /** The 结果 shown for the statements of the text, in order. */
  static List<String> narrativeShown(List<List<String>> rows) {
    return narrativeRows(rows).stream().map(row -> row.get(RESULT)).toList();
  }

  /** The rows of the statements of the text: after the narrative title and its header, up to the blank row before the legend. */
  static List<List<String>> narrativeRows(List<List<String>> rows) {
    List<List<String>> out = new java.util.ArrayList<>();
    boolean in = false;
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      if (!row.isEmpty() && row.get(0).equals(CheckSheet.NARRATIVE_TITLE)) {
        in = true;
        i++;
        continue;
      }
      if (in && (row.isEmpty() || row.get(0).isEmpty() || row.get(0).equals(Legend.TITLE))) {
        break;
      }
      if (in && row.size() > RESULT) {
        out.add(row);
      }
    }
    return out;
  }

  /** A sheet's cells as text (formulas as their evaluated value), row by row. */
  static List<List<String>> texts(Sheet sheet) {
    org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
    org.apache.poi.ss.usermodel.FormulaEvaluator eval = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
    List<List<String>> out = new java.util.ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = new java.util.ArrayList<>();
      for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
        Cell cell = row.getCell(c);
        cells.add(cell == null ? "" : format.formatCellValue(cell, eval));
      }
      out.add(cells);
    }
    return out;
  }
}
