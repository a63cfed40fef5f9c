package org.nianbao.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.check.CheckEngine;
import org.nianbao.model.CheckResult;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.TableId;
import org.nianbao.form.CheckScope;
import org.nianbao.form.CheckSpec;
import org.nianbao.form.Format;
import org.nianbao.form.ReportSpec;
import org.nianbao.form.Term;
import org.nianbao.workbook.Formula;
import org.nianbao.workbook.FormulaRenderer;
import org.nianbao.xlsx.Sheet;

/**
 * The 跨年核对 sheet: for every agency with reports for consecutive years, each cross-year balance
 * check (结转 carried over, 现行有效件数 and 上一年项目数量 continuity) as live formulas over the two
 * rows of 汇总, beside the verdict nianbao computed itself.
 */
final class CrossYearSheet {
  static final List<String> HEADERS = Words.list("column.agency", "column.key", "column.previous_year", "column.this_year", "column.id", "column.description",
      "column.left", "column.right", "column.result", "column.computed", "column.remark");

  private final ReportSpec spec;
  private final SummaryColumns columns;
  private final String summarySheet;

  CrossYearSheet(ReportSpec spec, SummaryColumns columns, String summarySheet) {
    this.spec = spec;
    this.columns = columns;
    this.summarySheet = summarySheet;
  }

  /** Writes the pairs; returns the verdicts nianbao computed, in row order. */
  List<CheckResult> write(Sheet sheet, List<YearEntry> entries) {
    for (int i = 0; i < HEADERS.size(); i++) {
      sheet.text(0, i, HEADERS.get(i), MergeStyles.HEADER);
    }
    sheet.width(0, 24);
    sheet.width(1, 20);
    sheet.width(4, 22);
    sheet.width(5, 50);
    sheet.width(10, 40);
    List<CheckResult> out = new ArrayList<>();
    int r = 1;
    for (YearEntry.Pair p : YearEntry.consecutive(entries)) {
      if (p.cur().format() == null) {
        // Which form's checks apply is not known (the report's form was not told): none are made.
        continue;
      }
      for (CheckSpec c : spec.checks(p.cur().format(), CheckScope.CROSS_YEAR)) {
        if (applies(c, p.prev(), p.cur())) {
          out.add(row(sheet, r, c, p.prev(), p.cur()));
          r++;
        }
      }
    }
    if (r == 1) {
      sheet.text(1, 0, Words.of("years.none"), null);
    }
    sheet.freeze(0, 1);
    sheet.page(true, true);
    sheet.repeatRows(0, 0);
    return out;
  }

  private CheckResult row(Sheet sheet, int r, CheckSpec c, YearEntry prev, YearEntry cur) {
    int excelRow = r + 1;
    FormulaRenderer formulas = new FormulaRenderer(t -> ref(t, prev, cur));
    CheckResult java = CheckEngine.evaluateAcrossYears(c, cur.values(), prev.values());
    sheet.text(r, 0, cur.agency(), null);
    sheet.text(r, 1, cur.key(), null);
    sheet.number(r, 2, prev.year(), null);
    sheet.number(r, 3, cur.year(), null);
    sheet.text(r, 4, c.id(), null);
    sheet.text(r, 5, c.description(), MergeStyles.WRAPPED);
    Formula left = formulas.sum(c.left());
    Formula right = formulas.sum(c.right());
    sheet.formula(r, 6, left.text(), left.value(), MergeStyles.NUMBER);
    sheet.formula(r, 7, right.text(), right.value(), MergeStyles.NUMBER);
    Formula verdict = FormulaRenderer.verdict("G" + excelRow + "-H" + excelRow, FormulaRenderer.difference("G" + excelRow, left, "H" + excelRow, right));
    sheet.formula(r, 8, verdict.text(), verdict.value(), null);
    sheet.text(r, 9, java.status() == CheckStatus.PASS ? FormulaRenderer.PASS : java.status() == CheckStatus.FAIL ? FormulaRenderer.FAIL : FormulaRenderer.SKIPPED, null);
    sheet.text(r, 10, java.message().zh(), MergeStyles.WRAPPED);
    return java;
  }

  private Optional<FormulaRenderer.Shown> ref(Term t, YearEntry prev, YearEntry cur) {
    YearEntry e = t.previousYear() ? prev : cur;
    Integer col = columns.fields().get(t.field());
    return col == null ? Optional.empty() : Optional.of(FormulaRenderer.Shown.of("'" + summarySheet + "'!" + SummaryColumns.letter(col) + e.row(), e.values().get(t.field())));
  }

  /** A cross-year check applies when both reports have the tables and cells it reads. */
  private boolean applies(CheckSpec c, YearEntry prev, YearEntry cur) {
    for (Term t : c.left()) {
      if (!has(cur, t)) {
        return false;
      }
    }
    for (Term t : c.right()) {
      if (!has(t.previousYear() ? prev : cur, t)) {
        return false;
      }
    }
    return true;
  }

  private boolean has(YearEntry e, Term t) {
    TableId table = TableId.of(t.field());
    Format f = e.format();
    return f != null && e.tables().contains(table) && spec.fields(f).stream().anyMatch(x -> x.id().equals(t.field()));
  }
}
