package org.nianbao.merge;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.nianbao.xlsx.Sheet;

/**
 * The 统计 sheet: per year, then per format, per level and per province, how many reports and the total and mean of every key
 * figure, as SUMIFS/AVERAGEIFS formulas over 汇总 so that they follow any correction made there;
 * each stored with the value it computes now, from the tally kept as rows were added.
 */
final class StatisticsSheet {
  private final SummaryColumns columns;
  private final String summary;

  StatisticsSheet(SummaryColumns columns, String summary) {
    this.columns = columns;
    this.summary = summary;
  }

  /** Writes the sheet; the year rows are rows 2 … years+1 (1-based), column A the year as text. */
  void write(Sheet sheet, SortedSet<Integer> years, Tally tally, int firstDataRow, int lastDataRow) {
    sheet.text(0, 0, "年度 / 格式 / 层级 / 省份", MergeStyles.HEADER);
    sheet.text(0, 1, "报告数", MergeStyles.HEADER);
    int c = 2;
    for (String id : columns.figures().keySet()) {
      sheet.text(0, c++, columns.figureLabel(id) + " 合计", MergeStyles.HEADER);
      sheet.text(0, c++, columns.figureLabel(id) + " 平均", MergeStyles.HEADER);
    }
    sheet.width(0, 18);
    sheet.width(1, columns.figures().size() * 2 + 1, 11);
    int r = 1;
    String yearRange = range(SummaryColumns.YEAR, firstDataRow, lastDataRow);
    for (int year : years) {
      row(sheet, r++, String.valueOf(year), yearRange, String.valueOf(year), tally.year(year), firstDataRow, lastDataRow);
    }
    r++;
    String formatRange = range(SummaryColumns.FORMAT, firstDataRow, lastDataRow);
    for (String format : List.of("2019", "2021")) {
      row(sheet, r++, format + " 格式", formatRange, "\"" + format + "\"", tally.format(format), firstDataRow, lastDataRow);
    }
    // By level and by province, as 地区与层级 placed each agency (its rows are 汇总's rows).
    r++;
    String levelRange = range(RegionSheet.NAME, RegionSheet.LEVEL, firstDataRow, lastDataRow);
    for (Map.Entry<String, Tally.Group> level : tally.levels().entrySet()) {
      row(sheet, r++, level.getKey(), levelRange, "\"" + level.getKey() + "\"", level.getValue(), firstDataRow, lastDataRow);
    }
    r++;
    String provinceRange = range(RegionSheet.NAME, RegionSheet.PROVINCE, firstDataRow, lastDataRow);
    for (Map.Entry<String, Tally.Group> province : tally.provinces().entrySet()) {
      row(sheet, r++, province.getKey(), provinceRange, "\"" + province.getKey() + "\"", province.getValue(), firstDataRow, lastDataRow);
    }
    sheet.freeze(1, 1);
  }

  private void row(Sheet sheet, int r, String label, String criteriaRange, String criterion, Tally.Group group, int first, int last) {
    sheet.text(r, 0, label, null);
    sheet.formula(r, 1, "COUNTIF(" + criteriaRange + "," + criterion + ")", BigDecimal.valueOf(group.reports), null);
    int c = 2;
    for (Map.Entry<String, Integer> f : columns.figures().entrySet()) {
      String values = range(f.getValue(), first, last);
      sheet.formula(r, c++, "SUMIFS(" + values + "," + criteriaRange + "," + criterion + ")", group.sum(f.getKey()), MergeStyles.NUMBER);
      int shown = group.shown(f.getKey());
      Object mean = shown == 0 ? "" : group.sum(f.getKey()).divide(BigDecimal.valueOf(shown), MathContext.DECIMAL64);
      sheet.formula(r, c++, "IFERROR(AVERAGEIFS(" + values + "," + criteriaRange + "," + criterion + "),\"\")", mean, MergeStyles.NUMBER);
    }
  }

  private String range(int col, int first, int last) {
    return range(summary, col, first, last);
  }

  private static String range(String sheet, int col, int first, int last) {
    String l = SummaryColumns.letter(col);
    return "'" + sheet + "'!$" + l + "$" + first + ":$" + l + "$" + Math.max(first, last);
  }
}
