package org.nianbao.merge;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.nianbao.xlsx.Sheet;

/**
 * The 统计 sheet: per year, then per format, per level and per province, how many reports and the
 * total, mean and median of every key figure, as SUMIFS/AVERAGEIFS formulas over 汇总 so that they follow any correction made there;
 * each stored with the value it computes now, from the tally kept as rows were added.
 */
final class StatisticsSheet {
  /** The groups a report belongs to, in the order of {@link #write}'s {@code groups}. */
  static final int YEAR = 0;
  static final int FORMAT = 1;
  static final int LEVEL = 2;
  static final int PROVINCE = 3;
  /** The first row (1-based) of the year rows, below the two header rows. */
  static final int FIRST_ROW = 3;
  /** Columns a key figure takes: 合计, 平均, 中位数. */
  private static final int PER_FIGURE = 3;

  private final SummaryColumns columns;
  private final String summary;
  private final List<Map<String, BigDecimal>> figures;
  private final List<String[]> groups;

  /**
   * {@code figures} holds each 汇总 row's key figures as stored, {@code groups} each row's year,
   * format, level and province (what its medians are taken over).
   */
  StatisticsSheet(SummaryColumns columns, String summary, List<Map<String, BigDecimal>> figures, List<String[]> groups) {
    this.columns = columns;
    this.summary = summary;
    this.figures = figures;
    this.groups = groups;
  }

  /** Writes the sheet; the year rows are rows {@link #FIRST_ROW} … (1-based), column A the year as text. */
  void write(Sheet sheet, SortedSet<Integer> years, Tally tally, int firstDataRow, int lastDataRow) {
    sheet.text(0, 0, Words.of("statistics.groups"), MergeStyles.HEADER);
    sheet.text(1, 0, "", MergeStyles.HEADER);
    sheet.merge("A1:A2");
    sheet.text(0, 1, Words.of("statistics.reports"), MergeStyles.HEADER);
    sheet.text(1, 1, "", MergeStyles.HEADER);
    sheet.merge("B1:B2");
    int c = 2;
    for (String id : columns.figures().keySet()) {
      sheet.text(0, c, columns.figureLabel(id), MergeStyles.HEADER);
      sheet.text(0, c + 1, "", MergeStyles.HEADER);
      sheet.text(0, c + 2, "", MergeStyles.HEADER);
      sheet.merge(SummaryColumns.letter(c) + "1:" + SummaryColumns.letter(c + 2) + "1");
      sheet.text(1, c++, Words.of("column.total"), MergeStyles.HEADER);
      sheet.text(1, c++, Words.of("statistics.mean"), MergeStyles.HEADER);
      sheet.text(1, c++, Words.of("statistics.median"), MergeStyles.HEADER);
    }
    sheet.width(0, 18);
    sheet.width(1, columns.figures().size() * PER_FIGURE + 1, 8);
    // Forty columns fit no page legibly: printed at full size across pages, the groups' names and the header on each.
    sheet.page(true, false);
    sheet.repeatColumns(0, 0);
    sheet.repeatRows(0, 1);
    int r = FIRST_ROW - 1;
    String yearRange = range(SummaryColumns.YEAR, firstDataRow, lastDataRow);
    for (int year : years) {
      row(sheet, r++, String.valueOf(year), yearRange, String.valueOf(year), tally.year(year), firstDataRow, lastDataRow, YEAR, String.valueOf(year));
    }
    r++;
    String formatRange = range(SummaryColumns.FORMAT, firstDataRow, lastDataRow);
    for (org.nianbao.form.Format format : org.nianbao.form.Format.values()) {
      String label = SummaryColumns.formatLabel(format);
      row(sheet, r++, Words.of("statistics.format", label), formatRange, "\"" + label + "\"", tally.format(format.code()), firstDataRow, lastDataRow, FORMAT, format.code());
    }
    // By level and by province, as 地区与层级 placed each agency (its rows are 汇总's rows).
    r++;
    String levelRange = range(RegionSheet.NAME, RegionSheet.LEVEL, firstDataRow, lastDataRow);
    for (Map.Entry<String, Tally.Group> level : tally.levels().entrySet()) {
      row(sheet, r++, level.getKey(), levelRange, "\"" + level.getKey() + "\"", level.getValue(), firstDataRow, lastDataRow, LEVEL, level.getKey());
    }
    r++;
    String provinceRange = range(RegionSheet.NAME, RegionSheet.PROVINCE, firstDataRow, lastDataRow);
    for (Map.Entry<String, Tally.Group> province : tally.provinces().entrySet()) {
      row(sheet, r++, province.getKey(), provinceRange, "\"" + province.getKey() + "\"", province.getValue(), firstDataRow, lastDataRow, PROVINCE, province.getKey());
    }
    sheet.freeze(2, FIRST_ROW - 1);
  }

  private void row(Sheet sheet, int r, String label, String criteriaRange, String criterion, Tally.Group group, int first, int last, int dimension, String key) {
    sheet.text(r, 0, label, null);
    sheet.formula(r, 1, "COUNTIF(" + criteriaRange + "," + criterion + ")", BigDecimal.valueOf(group.reports), null);
    int c = 2;
    for (Map.Entry<String, Integer> f : columns.figures().entrySet()) {
      String values = range(f.getValue(), first, last);
      sheet.formula(r, c++, "SUMIFS(" + values + "," + criteriaRange + "," + criterion + ")", group.sum(f.getKey()), MergeStyles.NUMBER);
      int shown = group.shown(f.getKey());
      Object mean = shown == 0 ? "" : group.sum(f.getKey()).divide(BigDecimal.valueOf(shown), MathContext.DECIMAL64);
      sheet.formula(r, c++, "IFERROR(AVERAGEIFS(" + values + "," + criteriaRange + "," + criterion + "),\"\")", mean, MergeStyles.MEAN);
      sheet.arrayFormula(r, c++, "IFERROR(MEDIAN(IF(" + criteriaRange + "=" + criterion + ",IF(ISNUMBER(" + values + ")," + values + "))),\"\")",
          median(f.getKey(), dimension, key), MergeStyles.MEAN);
    }
  }

  /** The median of a key figure over the rows of one group, as MEDIAN computes it; empty text when none shows it. */
  private Object median(String figure, int dimension, String key) {
    List<BigDecimal> shown = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      BigDecimal v = figures.get(i).get(figure);
      if (v != null && key.equals(groups.get(i)[dimension])) {
        shown.add(v);
      }
    }
    if (shown.isEmpty()) {
      return "";
    }
    shown.sort(null);
    int n = shown.size();
    return n % 2 == 1 ? shown.get(n / 2) : shown.get(n / 2 - 1).add(shown.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
  }

  /** The column of a key figure's 合计 (by its place among the figures), which 图表 draws. */
  static int sumColumn(int figure) {
    return 2 + PER_FIGURE * figure;
  }

  private String range(int col, int first, int last) {
    return range(summary, col, first, last);
  }

  private static String range(String sheet, int col, int first, int last) {
    String l = SummaryColumns.letter(col);
    return "'" + sheet + "'!$" + l + "$" + first + ":$" + l + "$" + Math.max(first, last);
  }
}
