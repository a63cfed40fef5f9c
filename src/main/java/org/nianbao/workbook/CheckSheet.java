package org.nianbao.workbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.nianbao.model.CheckResult;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.NarrativeResult;
import org.nianbao.model.Report;
import org.nianbao.model.ValueKind;
import org.nianbao.spec.CheckSpec;
import org.nianbao.spec.NarrativeSpec;

/**
 * The 校验 sheet: every balance check of the report on one row, its two sides as live formulas
 * over the table sheets, their difference and a 结果 of 通过 or 不通过. A check over a missing table
 * says 跳过; one over cells nianbao could not read says 跳过 until someone fills them in. Below
 * them, after a blank row, the statements of the text about table figures, the sentence beside
 * the table's figure.
 */
final class CheckSheet {
  static final List<String> HEADERS = List.of("编号", "说明", "左边", "右边", "差额", "结果", "读取时", "备注");

  private final Styles styles;
  private final FormulaRenderer formulas;
  /** The title row of the narrative part, below the balance checks and one blank row. */
  static final String NARRATIVE_TITLE = "正文所述数字与表格核对（软核对，不改变表格数值）";
  static final List<String> NARRATIVE_HEADERS = List.of("编号", "说明", "正文所述", "表格", "差额", "结果", "读取时", "原文");
  static final String UNMATCHED = "未匹配";
  private static final List<String> SECTION_NAMES = List.of("一", "二", "三", "四", "五", "六");

  private final Map<String, CheckSpec> specs;
  private final Map<String, NarrativeSpec> narrative;

  CheckSheet(Styles styles, FormulaRenderer formulas, Map<String, CheckSpec> specs, Map<String, NarrativeSpec> narrative) {
    this.styles = styles;
    this.formulas = formulas;
    this.specs = specs;
    this.narrative = narrative;
  }

  /** The 1-based row each check is written on. */
  static Map<String, Integer> rows(Report report) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (CheckResult c : report.checks()) {
      out.put(c.id(), out.size() + 2);
    }
    return out;
  }

  void write(SheetWriter out, Report report) {
    for (int i = 0; i < HEADERS.size(); i++) {
      out.text(column(i) + "1", HEADERS.get(i), styles.header);
    }
    out.width("A", 26);
    out.width("B", 60);
    out.width("C:E", 10);
    out.width("F:G", 9);
    out.width("H", 50);
    Map<String, Integer> rows = rows(report);
    for (CheckResult c : report.checks()) {
      row(out, report, c, rows.get(c.id()));
    }
    out.sheet().createFreezePane(0, 1);
    if (!rows.isEmpty()) {
      out.sheet().setAutoFilter(CellRangeAddress.valueOf("A1:H" + (rows.size() + 1)));
    }
    int last = narrative(out, report, rows.size() + 3);
    if (last > 1) {
      redRows(out, last);
    }
  }

  /**
   * The statements of the text about table figures, each beside the table's figure as a live
   * formula; returns the last row written. A statement whose table is missing is 未匹配.
   */
  private int narrative(SheetWriter out, Report report, int title) {
    if (report.narrative().isEmpty()) {
      return title - 2;
    }
    out.text("A" + title, NARRATIVE_TITLE, styles.header);
    for (int i = 0; i < NARRATIVE_HEADERS.size(); i++) {
      out.text(column(i) + (title + 1), NARRATIVE_HEADERS.get(i), styles.header);
    }
    int r = title + 1;
    for (NarrativeResult n : report.narrative()) {
      r++;
      out.text("A" + r, n.id(), styles.text);
      out.text("B" + r, n.description(), styles.wrapped);
      out.number("C" + r, n.stated(), styles.text);
      out.text("G" + r, n.status() == CheckStatus.SKIPPED ? UNMATCHED : word(n.status()), styles.text);
      out.text("H" + r, "第" + SECTION_NAMES.get(n.section() - 1) + "部分：" + n.sentence(), styles.wrapped);
      if (n.fields().stream().noneMatch(report.values()::containsKey)) {
        out.text(Sheets.RESULT_COLUMN + r, UNMATCHED, styles.text);
        continue;
      }
      out.formula("D" + r, formulas.sum(narrative.get(n.id()).table()), styles.text);
      out.formula("E" + r, "C" + r + "-D" + r, styles.text);
      List<String> unread = n.fields().stream().filter(f -> report.values().containsKey(f) && report.values().get(f).kind() == ValueKind.UNREAD).toList();
      out.formula(Sheets.RESULT_COLUMN + r, formulas.unlessBlank(unread, FormulaRenderer.verdict("E" + r)), styles.text);
    }
    return r;
  }

  private void row(SheetWriter out, Report report, CheckResult c, int r) {
    CheckSpec spec = specs.get(c.id());
    out.text("A" + r, c.id(), styles.text);
    out.text("B" + r, spec.description(), styles.wrapped);
    out.text("G" + r, word(c.status()), styles.text);
    boolean tableMissing = c.status() == CheckStatus.SKIPPED && c.fields().stream().noneMatch(report.values()::containsKey);
    if (tableMissing) {
      out.text(Sheets.RESULT_COLUMN + r, Sheets.SKIPPED, styles.text);
      out.text("H" + r, c.message(), styles.wrapped);
      return;
    }
    out.formula("C" + r, formulas.sum(spec.left()), styles.text);
    out.formula("D" + r, formulas.sum(spec.right()), styles.text);
    out.formula("E" + r, "C" + r + "-D" + r, styles.text);
    List<String> unread = c.fields().stream().filter(f -> report.values().get(f).kind() == ValueKind.UNREAD).toList();
    if (!unread.isEmpty()) {
      out.text("H" + r, c.message(), styles.wrapped);
    }
    out.formula(Sheets.RESULT_COLUMN + r, formulas.unlessBlank(unread, FormulaRenderer.verdict("E" + r)), styles.text);
  }

  private static String word(CheckStatus s) {
    return switch (s) {
      case PASS -> Sheets.PASS;
      case FAIL -> Sheets.FAIL;
      case SKIPPED -> Sheets.SKIPPED;
    };
  }

  private static void redRows(SheetWriter out, int lastRow) {
    SheetConditionalFormatting cf = out.sheet().getSheetConditionalFormatting();
    ConditionalFormattingRule rule = cf.createConditionalFormattingRule("$" + Sheets.RESULT_COLUMN + "2=\"" + Sheets.FAIL + "\"");
    PatternFormatting fill = rule.createPatternFormatting();
    fill.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
    fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
    cf.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf("A2:H" + lastRow)}, rule);
  }

  static String column(int i) {
    return String.valueOf((char) ('A' + i));
  }
}
