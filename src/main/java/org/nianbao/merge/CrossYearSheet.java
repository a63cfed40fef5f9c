package org.nianbao.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.nianbao.check.CheckEngine;
import org.nianbao.model.CheckResult;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.TableId;
import org.nianbao.spec.CheckScope;
import org.nianbao.spec.CheckSpec;
import org.nianbao.spec.Format;
import org.nianbao.spec.ReportSpec;
import org.nianbao.spec.Term;
import org.nianbao.workbook.FormulaRenderer;

/**
 * The 跨年核对 sheet: for every agency with reports for consecutive years, each cross-year balance
 * check (结转 carried over, 现行有效件数 and 上一年项目数量 continuity) as live formulas over the two
 * rows of 汇总, beside the verdict nianbao computed itself.
 */
final class CrossYearSheet {
  static final List<String> HEADERS = List.of("机关", "匹配名", "上年", "本年", "编号", "说明", "左边", "右边", "结果", "读取时", "备注");

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
    Row header = sheet.createRow(0);
    for (int i = 0; i < HEADERS.size(); i++) {
      header.createCell(i).setCellValue(HEADERS.get(i));
    }
    List<CheckResult> out = new ArrayList<>();
    int r = 1;
    for (YearEntry.Pair p : YearEntry.consecutive(entries)) {
      for (CheckSpec c : spec.checks(p.cur().format(), CheckScope.CROSS_YEAR)) {
        if (applies(c, p.prev(), p.cur())) {
          out.add(row(sheet.createRow(r), r + 1, c, p.prev(), p.cur()));
          r++;
        }
      }
    }
    sheet.createFreezePane(0, 1);
    return out;
  }

  private CheckResult row(Row row, int excelRow, CheckSpec c, YearEntry prev, YearEntry cur) {
    FormulaRenderer formulas = new FormulaRenderer(t -> ref(t, prev, cur));
    CheckResult java = CheckEngine.evaluateAcrossYears(c, cur.values(), prev.values());
    row.createCell(0).setCellValue(cur.agency());
    row.createCell(1).setCellValue(cur.key());
    row.createCell(2).setCellValue(prev.year());
    row.createCell(3).setCellValue(cur.year());
    row.createCell(4).setCellValue(c.id());
    row.createCell(5).setCellValue(c.description());
    row.createCell(6).setCellFormula(formulas.sum(c.left()));
    row.createCell(7).setCellFormula(formulas.sum(c.right()));
    row.createCell(8).setCellFormula(FormulaRenderer.verdict("G" + excelRow + "-H" + excelRow));
    row.createCell(9).setCellValue(java.status() == CheckStatus.PASS ? FormulaRenderer.PASS : java.status() == CheckStatus.FAIL ? FormulaRenderer.FAIL : FormulaRenderer.SKIPPED);
    row.createCell(10).setCellValue(java.message());
    return java;
  }

  private Optional<String> ref(Term t, YearEntry prev, YearEntry cur) {
    YearEntry e = t.previousYear() ? prev : cur;
    Integer col = columns.fields().get(t.field());
    return col == null ? Optional.empty() : Optional.of("'" + summarySheet + "'!" + SummaryColumns.letter(col) + e.row());
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

  /** Reports grouped by matched agency, each group in year order; a repeated year keeps its first report. */
}
