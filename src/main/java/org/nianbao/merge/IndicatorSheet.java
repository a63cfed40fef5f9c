package org.nianbao.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.nianbao.model.Report;
import org.nianbao.model.ValueKind;
import org.nianbao.form.Indicator;
import org.nianbao.form.ReportSpec;
import org.nianbao.form.Term;
import org.nianbao.workbook.Formula;
import org.nianbao.workbook.FormulaRenderer;
import org.nianbao.xlsx.Sheet;
import org.nianbao.xlsx.Style;

/**
 * The 指标 sheet: a row per report, on the same row as on 汇总, and a column per indicator of
 * {@code templates/indicators.tsv}, each a live formula over that row of 汇总 stored with its value.
 * A ratio with no denominator, or reading an unread cell, is empty; an indicator a report's format
 * does not have stays empty, and its header says so.
 */
final class IndicatorSheet {
  static final String NAME = Words.of("sheet.indicators");
  static final List<String> LEADING = Words.list("column.agency", "column.year", "column.format");
  /** The unit {@code templates/indicators.tsv} gives amounts of money in: shown with two decimals. */
  private static final String AMOUNT_UNIT = "万元";
  private static final Style RATIO = MergeStyles.BASE.format("0.0%");

  /** What a report's row shows, kept for 排名: agency, year (or null), format, each indicator's stored value. */
  record Row(String agency, Integer year, String format, Object[] values) {}

  private final ReportSpec spec;
  private final List<String> ids;
  private final Sheet sheet;
  private final List<Row> rows = new ArrayList<>();

  IndicatorSheet(ReportSpec spec, Sheet sheet) {
    this.spec = spec;
    this.ids = spec.indicatorIds();
    this.sheet = sheet;
    leading(sheet, LEADING);
    for (int i = 0; i < ids.size(); i++) {
      Indicator first = spec.indicator(ids.get(i));
      int col = LEADING.size() + i;
      sheet.text(0, col, first.name(), MergeStyles.HEADER);
      sheet.text(1, col, first.name() + "（" + (first.ratio() ? "%" : first.unit()) + "）", MergeStyles.HEADER);
      sheet.text(2, col, spec.indicatorMeaning(ids.get(i)), MergeStyles.HEADER);
    }
    sheet.width(0, 26);
    sheet.width(1, 2, 7);
    sheet.width(LEADING.size(), LEADING.size() + ids.size() - 1, 16);
    sheet.height(1, 30);
    sheet.height(2, 120);
    sheet.freeze(LEADING.size(), ComparisonWorkbookWriter.FIRST_DATA_ROW - 1);
    sheet.page(true, false);
    sheet.repeatColumns(0, 0);
    sheet.repeatRows(1, 2);
  }

  /** Writes the report's row; {@code cells} gives the 汇总 cell of a field on that row, as seen from this sheet. */
  void add(int row, Report r, Function<Term, Optional<FormulaRenderer.Shown>> cells) {
    sheet.text(row, 0, r.agency().orElse(""), null);
    r.year().ifPresent(y -> sheet.number(row, 1, y, MergeStyles.CENTERED));
    r.format().ifPresent(f -> sheet.text(row, 2, SummaryColumns.formatLabel(f), MergeStyles.CENTERED));
    Object[] shown = new Object[ids.size()];
    if (r.format().isPresent()) {
      FormulaRenderer formulas = new FormulaRenderer(cells);
      for (int i = 0; i < ids.size(); i++) {
        Optional<Indicator> in = spec.indicator(ids.get(i), r.format().get());
        if (in.isEmpty()) {
          continue;
        }
        List<String> unread = in.get().fields().stream().filter(f -> r.values().containsKey(f) && r.values().get(f).kind() == ValueKind.UNREAD).toList();
        Formula f = formulas.indicator(in.get().numerator(), in.get().denominator(), unread);
        sheet.formula(row, LEADING.size() + i, f.text(), f.value(), in.get().ratio() ? RATIO : amount(in.get()) ? MergeStyles.AMOUNT : MergeStyles.NUMBER);
        shown[i] = f.value();
      }
    }
    rows.add(new Row(r.agency().orElse(""), r.year().orElse(null), r.format().map(SummaryColumns::formatLabel).orElse(""), shown));
    sheet.flushBefore(row + 1);
  }

  /**
   * The header of a sheet with a row per report, as on 汇总: the names of the leading columns in the
   * hidden row 1, for programs, and over rows 2 and 3, for people.
   */
  static void leading(Sheet sheet, List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      sheet.text(0, i, names.get(i), MergeStyles.HEADER);
      sheet.text(1, i, names.get(i), MergeStyles.HEADER);
      sheet.text(2, i, "", MergeStyles.HEADER);
      sheet.merge(SummaryColumns.letter(i) + "2:" + SummaryColumns.letter(i) + "3");
    }
    sheet.hideRow(0);
  }

  /** Whether an indicator is an amount of money. */
  static boolean amount(Indicator in) {
    return AMOUNT_UNIT.equals(in.unit());
  }

  /** Every row written so far, in order. */
  List<Row> rows() {
    return rows;
  }
}
