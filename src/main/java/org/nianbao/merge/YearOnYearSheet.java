package org.nianbao.merge;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.nianbao.form.Indicator;
import org.nianbao.form.ReportSpec;
import org.nianbao.xlsx.Sheet;
import org.nianbao.xlsx.Style;

/**
 * The 同比 sheet, beside 跨年核对: for every agency with reports for consecutive years, how each key
 * figure and indicator changed — counts by how many and by what share of last year's, rates by how
 * many percentage points. Live formulas over the two rows of 汇总 and 指标, each stored with its
 * value; empty where either year has no value (or, for a share, last year's was 0).
 */
final class YearOnYearSheet {
  static final String NAME = Words.of("sheet.year_on_year");
  private static final List<String> LEADING = Words.list("column.agency", "column.key", "column.previous_year", "column.this_year");
  /** A rate's change in points and a count's change as a share are both shown as signed percentages. */
  private static final Style PERCENT_CHANGE = MergeStyles.BASE.format("+0.0%;-0.0%;0.0%");
  private static final Style CHANGE = MergeStyles.BASE.format("+0;-0;0");
  private static final Style AMOUNT_CHANGE = MergeStyles.BASE.format("+0.00;-0.00;0.00");

  /** One figure compared: its name, where its cells are, whether it is a rate, and its stored value on a row (by index from the first data row). */
  private record Measure(String name, String sheet, int column, boolean rate, boolean amount, IntFunction<Object> value) {}

  private final List<Measure> measures = new ArrayList<>();

  YearOnYearSheet(ReportSpec spec, SummaryColumns columns, String summary, List<Map<String, BigDecimal>> figures, List<IndicatorSheet.Row> indicators) {
    columns.figures().forEach((id, col) -> measures.add(new Measure(columns.figureLabel(id), summary, col, false, false, i -> figures.get(i).get(id))));
    List<String> ids = spec.indicatorIds();
    for (int k = 0; k < ids.size(); k++) {
      Indicator in = spec.indicator(ids.get(k));
      int index = k;
      measures.add(new Measure(in.name(), IndicatorSheet.NAME, IndicatorSheet.LEADING.size() + k, in.ratio(), IndicatorSheet.amount(in), i -> indicators.get(i).values()[index]));
    }
  }

  void write(Sheet sheet, List<YearEntry> entries) {
    headers(sheet);
    int r = 2;
    for (YearEntry.Pair p : YearEntry.consecutive(entries)) {
      pair(sheet, r++, p);
    }
    if (r == 2) {
      sheet.text(2, 0, Words.of("year_on_year.none"), null);
    }
    sheet.width(0, 24);
    sheet.width(1, 16);
    sheet.width(2, 3, 7);
    sheet.width(LEADING.size(), lastColumn(), 11);
    sheet.freeze(LEADING.size(), 2);
    // Too many columns to fit one page's width legibly: printed across pages, headers repeated.
    sheet.page(true, false);
    sheet.repeatRows(0, 1);
    sheet.repeatColumns(0, 0);
  }

  /** Rows 1 and 2: the leading columns, then each measure's name over its change (and its change as a share). */
  private void headers(Sheet sheet) {
    int col = LEADING.size();
    for (int i = 0; i < LEADING.size(); i++) {
      sheet.text(0, i, LEADING.get(i), MergeStyles.HEADER);
      sheet.text(1, i, LEADING.get(i), MergeStyles.HEADER);
    }
    for (Measure m : measures) {
      sheet.text(0, col, m.name(), MergeStyles.HEADER);
      if (m.rate()) {
        sheet.text(1, col++, Words.of("year_on_year.points"), MergeStyles.HEADER);
      } else {
        sheet.text(0, col + 1, m.name(), MergeStyles.HEADER);
        sheet.merge(SummaryColumns.letter(col) + "1:" + SummaryColumns.letter(col + 1) + "1");
        sheet.text(1, col++, Words.of("year_on_year.change"), MergeStyles.HEADER);
        sheet.text(1, col++, Words.of("year_on_year.change_share"), MergeStyles.HEADER);
      }
    }
  }

  /** One agency's two consecutive years on row {@code r}: each measure's change, as a live formula stored with its value. */
  private void pair(Sheet sheet, int r, YearEntry.Pair p) {
    sheet.text(r, 0, p.cur().agency(), null);
    sheet.text(r, 1, p.cur().key(), null);
    sheet.number(r, 2, p.prev().year(), null);
    sheet.number(r, 3, p.cur().year(), null);
    int c = LEADING.size();
    for (Measure m : measures) {
      String prev = "'" + m.sheet() + "'!" + SummaryColumns.letter(m.column()) + p.prev().row();
      String cur = "'" + m.sheet() + "'!" + SummaryColumns.letter(m.column()) + p.cur().row();
      Object was = m.value().apply(p.prev().row() - ComparisonWorkbookWriter.FIRST_DATA_ROW);
      Object is = m.value().apply(p.cur().row() - ComparisonWorkbookWriter.FIRST_DATA_ROW);
      boolean both = was instanceof BigDecimal && is instanceof BigDecimal;
      String guard = "IF(OR(NOT(ISNUMBER(" + prev + ")),NOT(ISNUMBER(" + cur + "))),\"\",";
      Object change = both ? ((BigDecimal) is).subtract((BigDecimal) was) : "";
      sheet.formula(r, c++, guard + cur + "-" + prev + ")", change, m.rate() ? PERCENT_CHANGE : m.amount() ? AMOUNT_CHANGE : CHANGE);
      if (!m.rate()) {
        Object share = both && ((BigDecimal) was).signum() != 0 ? ((BigDecimal) change).divide((BigDecimal) was, MathContext.DECIMAL64) : "";
        sheet.formula(r, c++, guard + "IF(" + prev + "=0,\"\",(" + cur + "-" + prev + ")/" + prev + "))", share, PERCENT_CHANGE);
      }
    }
  }

  private int lastColumn() {
    return LEADING.size() + measures.stream().mapToInt(m -> m.rate() ? 1 : 2).sum() - 1;
  }
}
