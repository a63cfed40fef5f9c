package org.nianbao.merge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.nianbao.xlsx.Chart;
import org.nianbao.xlsx.Ref;
import org.nianbao.xlsx.Sheet;

/**
 * The 图表 sheet: applications received per agency (bar, from a table of SUMIFS on this sheet),
 * received per year (bar) and the outcome mix per year (stacked bar), both from 统计. The charts
 * carry the values they show, so they draw before anything is recalculated.
 */
final class ChartsSheet {
  /** Agencies beyond this make a bar chart unreadable; the table lists them all the same. */
  static final int MAX_CHART_AGENCIES = 40;

  /** The key figures that make up the outcome of applications (办理结果), in the form's order. */
  private static final List<String> OUTCOMES = List.of("granted", "partial", "denied", "unavailable", "unprocessed", "other");

  private final SummaryColumns columns;
  private final String summary;
  private final String statistics;

  ChartsSheet(SummaryColumns columns, String summary, String statistics) {
    this.columns = columns;
    this.summary = summary;
    this.statistics = statistics;
  }

  void write(Sheet sheet, List<String> agencies, SortedSet<Integer> years, Tally tally, int firstDataRow, int lastDataRow) {
    sheet.text(0, 0, Words.of("column.key"), MergeStyles.HEADER);
    sheet.text(0, 1, Words.of("charts.received_all_years"), MergeStyles.HEADER);
    sheet.width(0, 28);
    sheet.width(1, 14);
    String received = range(columns.figures().get("received"), firstDataRow, lastDataRow);
    String keys = range(SummaryColumns.KEY, firstDataRow, lastDataRow);
    List<BigDecimal> perAgency = new ArrayList<>();
    for (int i = 0; i < agencies.size(); i++) {
      BigDecimal sum = tally.agency(agencies.get(i)).sum("received");
      sheet.text(i + 1, 0, agencies.get(i), null);
      sheet.formula(i + 1, 1, "SUMIFS(" + received + "," + keys + ",A" + (i + 2) + ")", sum, null);
      perAgency.add(sum);
    }
    // The table and the three charts on one page's width, the charts one below the other.
    sheet.page(false, true);
    sheet.repeatRows(0, 0);
    if (agencies.isEmpty()) {
      sheet.text(1, 0, Words.of("charts.none"), null);
    }
    int shown = Math.min(agencies.size(), MAX_CHART_AGENCIES);
    if (shown > 0) {
      sheet.chart(new Chart(Words.of("charts.by_agency"), Ref.onSheet(sheet.name(), "$A$2:$A$" + (shown + 1)), agencies.subList(0, shown),
          List.of(new Chart.Series(Words.of("charts.received"), Ref.onSheet(sheet.name(), "$B$2:$B$" + (shown + 1)), perAgency.subList(0, shown))), false,
          new int[] {3, 0}, new int[] {15, 20}));
    }
    if (!years.isEmpty()) {
      List<String> labels = years.stream().map(String::valueOf).toList();
      int first = StatisticsSheet.FIRST_ROW;
      String yearLabels = Ref.onSheet(statistics, "$A$" + first + ":$A$" + (first + years.size() - 1));
      sheet.chart(new Chart(Words.of("charts.by_year"), yearLabels, labels, List.of(series("received", years, tally)), false, new int[] {3, 22}, new int[] {15, 42}));
      List<Chart.Series> mix = OUTCOMES.stream().map(id -> series(id, years, tally)).toList();
      sheet.chart(new Chart(Words.of("charts.outcomes"), yearLabels, labels, mix, true, new int[] {3, 44}, new int[] {15, 64}));
    }
  }

  /** A figure's yearly totals, as 统计 shows them in its 合计 column. */
  private Chart.Series series(String figure, SortedSet<Integer> years, Tally tally) {
    int col = StatisticsSheet.sumColumn(List.copyOf(columns.figures().keySet()).indexOf(figure));
    String letter = Ref.column(col);
    List<BigDecimal> values = years.stream().map(y -> tally.year(y).sum(figure)).toList();
    int first = StatisticsSheet.FIRST_ROW;
    return new Chart.Series(columns.figureLabel(figure), Ref.onSheet(statistics, "$" + letter + "$" + first + ":$" + letter + "$" + (first + years.size() - 1)), values);
  }

  private String range(int col, int first, int last) {
    String l = SummaryColumns.letter(col);
    return "'" + summary + "'!$" + l + "$" + first + ":$" + l + "$" + Math.max(first, last);
  }
}
