package org.nianbao.merge;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The 统计 sheet: per year, then per format, how many reports and the total and mean of every key
 * figure, as SUMIFS/AVERAGEIFS formulas over 汇总 so that they follow any correction made there.
 */
final class StatisticsSheet {
  private final SummaryColumns columns;
  private final String summary;

  StatisticsSheet(SummaryColumns columns, String summary) {
    this.columns = columns;
    this.summary = summary;
  }

  /** Writes the sheet; the year rows are rows 2 … years+1 (1-based), column A the year as text. */
  void write(Sheet sheet, SortedSet<Integer> years, int firstDataRow, int lastDataRow) {
    Row header = sheet.createRow(0);
    header.createCell(0).setCellValue("年度 / 格式");
    header.createCell(1).setCellValue("报告数");
    int c = 2;
    for (String id : columns.figures().keySet()) {
      header.createCell(c++).setCellValue(columns.figureLabel(id) + " 合计");
      header.createCell(c++).setCellValue(columns.figureLabel(id) + " 平均");
    }
    int r = 1;
    String yearRange = range(SummaryColumns.YEAR, firstDataRow, lastDataRow);
    for (int year : years) {
      row(sheet.createRow(r++), String.valueOf(year), yearRange, String.valueOf(year), firstDataRow, lastDataRow);
    }
    r++;
    String formatRange = range(SummaryColumns.FORMAT, firstDataRow, lastDataRow);
    for (String format : List.of("2019", "2021")) {
      row(sheet.createRow(r++), format + " 格式", formatRange, "\"" + format + "\"", firstDataRow, lastDataRow);
    }
    sheet.createFreezePane(1, 1);
  }

  private void row(Row row, String label, String criteriaRange, String criterion, int first, int last) {
    row.createCell(0).setCellValue(label);
    row.createCell(1).setCellFormula("COUNTIF(" + criteriaRange + "," + criterion + ")");
    int c = 2;
    for (Map.Entry<String, Integer> f : columns.figures().entrySet()) {
      String values = range(f.getValue(), first, last);
      row.createCell(c++).setCellFormula("SUMIFS(" + values + "," + criteriaRange + "," + criterion + ")");
      row.createCell(c++).setCellFormula("IFERROR(AVERAGEIFS(" + values + "," + criteriaRange + "," + criterion + "),\"\")");
    }
  }

  private String range(int col, int first, int last) {
    String l = SummaryColumns.letter(col);
    return "'" + summary + "'!$" + l + "$" + first + ":$" + l + "$" + Math.max(first, last);
  }
}
