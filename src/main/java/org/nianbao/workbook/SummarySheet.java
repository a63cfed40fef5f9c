package org.nianbao.workbook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.nianbao.model.CheckResult;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
import org.nianbao.spec.CheckSpec;
import org.nianbao.spec.Figure;
import org.nianbao.spec.Format;
import org.nianbao.spec.Term;

/**
 * The 概况 sheet: who, which year, which form, what was found, how the checks came out (live
 * counts, with links to the failing ones), the key figures as live formulas, and the six sections'
 * text, one paragraph a row so that it wraps and reads.
 */
final class SummarySheet {
  private static final List<String> SECTION_NAMES =
      List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

  /** A section's first line this short is its heading, already shown in column A. */
  private static final int HEADING_CHARS = 40;

  private final FormulaRenderer formulas;
  private final Map<String, CheckSpec> specs;
  private int row;

  SummarySheet(FormulaRenderer formulas, Map<String, CheckSpec> specs) {
    this.formulas = formulas;
    this.specs = specs;
  }

  void write(SheetWriter out, Report report, List<Figure> figures, Map<String, Integer> checkRows, List<Object> verdicts) {
    out.width("A", 20);
    out.width("B", 96);
    out.sheet().page(false, true);
    out.merge("A1:B1", Styles.TITLE);
    out.text("A1", report.agency().orElse("（未识别机关）") + " " + report.year().map(y -> y + "年").orElse("") + " 政府信息公开工作年度报告", Styles.TITLE);
    out.sheet().height(0, 24);
    row = 3;
    pair(out, "机关", report.agency().orElse("未识别"));
    pair(out, "年度", report.year().map(String::valueOf).orElse("未识别"));
    pair(out, "格式", report.format().map(SummarySheet::formatName).orElse("正文中没有统计表"));
    pair(out, "来源文件", report.file());
    pair(out, "发布日期", report.published().map(Object::toString).orElse("未注明"));
    for (TableId t : TableId.values()) {
      pair(out, tableName(t), report.has(t) ? "已读取" : "未找到（可能以图片发布，请查看原文）");
    }
    row++;
    checks(out, report, checkRows, verdicts);
    row++;
    figures(out, report, figures);
    row++;
    sections(out, report);
  }

  private void checks(SheetWriter out, Report report, Map<String, Integer> checkRows, List<Object> verdicts) {
    String results = Sheets.ref(Sheets.CHECKS, "$" + Sheets.RESULT_COLUMN + "$2:$" + Sheets.RESULT_COLUMN + "$" + (checkRows.size() + 1));
    Formula pass = FormulaRenderer.countIf(results, verdicts, Sheets.PASS);
    Formula fail = FormulaRenderer.countIf(results, verdicts, Sheets.FAIL);
    Formula skipped = FormulaRenderer.countIf(results, verdicts, Sheets.SKIPPED);
    out.text("A" + row, "校验", Styles.BOLD);
    out.formula("B" + row++, new Formula("\"通过 \"&" + pass.text() + "&\"，不通过 \"&" + fail.text() + "&\"，跳过 \"&" + skipped.text(),
        "通过 " + count(pass) + "，不通过 " + count(fail) + "，跳过 " + count(skipped)), Styles.TEXT);
    for (CheckResult c : report.checks()) {
      if (c.status() == CheckStatus.FAIL) {
        String ref = "B" + row++;
        out.text(ref, "不通过：" + specs.get(c.id()).description() + "（" + c.message().zh() + "）", Styles.LINK);
        out.link(ref, Sheets.ref(Sheets.CHECKS, "A" + checkRows.get(c.id())));
      }
    }
    long flagged = report.flags().size();
    out.text("A" + row, "需人工核对", Styles.BOLD);
    String ref = "B" + row++;
    out.text(ref, flagged == 0 ? "无" : flagged + " 处（推断或未能读取的数字，见“来源”表）", flagged == 0 ? Styles.TEXT : Styles.LINK);
    if (flagged > 0) {
      out.link(ref, Sheets.ref(Sheets.SOURCES, "A1"));
    }
  }

  private static String count(Formula f) {
    return ((BigDecimal) f.value()).toPlainString();
  }

  private void figures(SheetWriter out, Report report, List<Figure> figures) {
    out.text("A" + row++, "主要数字", Styles.BOLD);
    for (Figure f : figures) {
      boolean found = f.terms().stream().map(Term::field).allMatch(report.values()::containsKey);
      out.text("A" + row, f.label(), Styles.TEXT);
      if (found) {
        out.formula("B" + row, formulas.sum(f.terms()), Styles.FIGURE);
      } else {
        out.text("B" + row, "—（表未找到）", Styles.TEXT);
      }
      row++;
    }
  }

  /** Each section under its heading, a row across both columns; its paragraphs one a row, wrapped. */
  private void sections(SheetWriter out, Report report) {
    for (int n = 1; n <= SECTION_NAMES.size(); n++) {
      out.merge("A" + row + ":B" + row, Styles.BOLD);
      out.text("A" + row++, SECTION_NAMES.get(n - 1), Styles.BOLD);
      String text = report.sections().get(n);
      if (text == null) {
        out.text("B" + row++, "（未找到此部分）", Styles.TEXT);
        continue;
      }
      String[] paragraphs = text.split("\n");
      for (int i = 0; i < paragraphs.length; i++) {
        if (i == 0 && paragraphs.length > 1 && paragraphs[i].length() <= HEADING_CHARS) {
          continue;
        }
        out.text("B" + row++, paragraphs[i], Styles.WRAPPED);
      }
      row++;
    }
  }

  private void pair(SheetWriter out, String label, String value) {
    out.text("A" + row, label, Styles.BOLD);
    out.text("B" + row++, value, Styles.WRAPPED);
  }

  private static String formatName(Format f) {
    return f == Format.TRIAL_2019 ? "2019 试行格式（国办公开办函〔2019〕60号）" : "2021 新版格式（国办公开办函〔2021〕30号）";
  }

  private static String tableName(TableId t) {
    return switch (t) {
      case T2 -> "表二 主动公开";
      case T3 -> "表三 依申请公开";
      case T4 -> "表四 复议诉讼";
    };
  }
}
