package org.nianbao.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.nianbao.model.Report;
import org.nianbao.model.ValueKind;
import org.nianbao.spec.Indicator;
import org.nianbao.spec.ReportSpec;
import org.nianbao.spec.Term;
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
  static final String NAME = "指标";
  static final List<String> LEADING = List.of("机关", "年度", "格式");
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
    for (int i = 0; i < LEADING.size(); i++) {
      for (int r = 0; r < 3; r++) {
        sheet.text(r, i, LEADING.get(i), MergeStyles.HEADER);
      }
    }
    for (int i = 0; i < ids.size(); i++) {
      Indicator first = spec.indicator(ids.get(i));
      int col = LEADING.size() + i;
      sheet.text(0, col, first.ratio() ? first.name() : first.name() + "（" + first.unit() + "）", MergeStyles.HEADER);
      sheet.text(1, col, spec.indicatorMeaning(ids.get(i)), MergeStyles.HEADER);
      sheet.text(2, col, "单位：" + (first.ratio() ? "%" : first.unit()), MergeStyles.HEADER);
    }
    sheet.width(0, 26);
    sheet.width(1, 2, 7);
    sheet.width(LEADING.size(), LEADING.size() + ids.size() - 1, 16);
    sheet.height(1, 120);
    sheet.freeze(LEADING.size(), ComparisonWorkbookWriter.FIRST_DATA_ROW - 1);
  }

  /** Writes the report's row; {@code cells} gives the 汇总 cell of a field on that row, as seen from this sheet. */
  void add(int row, Report r, Function<Term, Optional<FormulaRenderer.Shown>> cells) {
    sheet.text(row, 0, r.agency().orElse(""), null);
    r.year().ifPresent(y -> sheet.number(row, 1, y, null));
    r.format().ifPresent(f -> sheet.text(row, 2, f.code(), null));
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
        sheet.formula(row, LEADING.size() + i, f.text(), f.value(), in.get().ratio() ? RATIO : MergeStyles.NUMBER);
        shown[i] = f.value();
      }
    }
    rows.add(new Row(r.agency().orElse(""), r.year().orElse(null), r.format().map(f -> f.code()).orElse(""), shown));
    sheet.flushBefore(row + 1);
  }

  /** Every row written so far, in order. */
  List<Row> rows() {
    return rows;
  }
}
