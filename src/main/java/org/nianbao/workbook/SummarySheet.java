package org.nianbao.workbook;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.nianbao.model.CheckResult;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
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

  /** Characters of Chinese text that fit a line of the text column, for row heights. */
  private static final int CHARS_PER_LINE = 58;

  private static final float LINE_POINTS = 15f;

  /** A section's first line this short is its heading, already shown in column A. */
  private static final int HEADING_CHARS = 40;

  /** Excel's highest row. */
  private static final float MAX_ROW_POINTS = 409f;

  private final Styles styles;
  private final FormulaRenderer formulas;
  private int row;

  SummarySheet(Styles styles, FormulaRenderer formulas) {
    this.styles = styles;
    this.formulas = formulas;
  }

  void write(SheetWriter out, Report report, List<Figure> figures, Map<String, Integer> checkRows) {
    out.width("A", 22);
    out.width("B", 100);
    out.text("A1", report.agency().orElse("（未识别机关）") + " " + report.year().map(y -> y + "年").orElse("") + " 政府信息公开工作年度报告", styles.title);
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
    checks(out, report, checkRows);
    row++;
    figures(out, report, figures);
    row++;
    sections(out, report);
  }

  private void checks(SheetWriter out, Report report, Map<String, Integer> checkRows) {
    String results = Sheets.ref(Sheets.CHECKS, "$" + Sheets.RESULT_COLUMN + "$2:$" + Sheets.RESULT_COLUMN + "$" + (checkRows.size() + 1));
    out.text("A" + row, "校验", styles.bold);
    out.formula("B" + row++, "\"通过 \"&COUNTIF(" + results + ",\"" + Sheets.PASS + "\")&\"，不通过 \"&COUNTIF(" + results + ",\"" + Sheets.FAIL
        + "\")&\"，跳过 \"&COUNTIF(" + results + ",\"" + Sheets.SKIPPED + "\")", styles.text);
    for (CheckResult c : report.checks()) {
      if (c.status() == CheckStatus.FAIL) {
        Cell link = out.text("B" + row++, "不通过：" + c.id() + "（" + c.message() + "）", styles.link);
        out.link(link, Sheets.ref(Sheets.CHECKS, "A" + checkRows.get(c.id())), styles.link);
      }
    }
    long flagged = report.flags().size();
    out.text("A" + row, "需人工核对", styles.bold);
    Cell flags = out.text("B" + row++, flagged == 0 ? "无" : flagged + " 处（推断或未能读取的数字，见“来源”表）", flagged == 0 ? styles.text : styles.link);
    if (flagged > 0) {
      out.link(flags, Sheets.ref(Sheets.SOURCES, "A1"), styles.link);
    }
  }

  private void figures(SheetWriter out, Report report, List<Figure> figures) {
    out.text("A" + row++, "主要数字", styles.bold);
    for (Figure f : figures) {
      boolean found = f.terms().stream().map(Term::field).allMatch(report.values()::containsKey);
      out.text("A" + row, f.label(), styles.text);
      if (found) {
        out.formula("B" + row, formulas.sum(f.terms()), styles.value(Styles.Value.COUNT, Styles.Mark.PLAIN));
      } else {
        out.text("B" + row, "—（表未找到）", styles.text);
      }
      row++;
    }
  }

  private void sections(SheetWriter out, Report report) {
    for (int n = 1; n <= SECTION_NAMES.size(); n++) {
      out.text("A" + row, SECTION_NAMES.get(n - 1), styles.bold);
      String text = report.sections().get(n);
      if (text == null) {
        out.text("B" + row++, "（未找到此部分）", styles.text);
        continue;
      }
      String[] paragraphs = text.split("\n");
      for (int i = 0; i < paragraphs.length; i++) {
        String paragraph = paragraphs[i];
        if (i == 0 && paragraphs.length > 1 && paragraph.length() <= HEADING_CHARS) {
          continue;
        }
        out.text("B" + row, paragraph, styles.wrapped);
        out.height(row - 1, height(paragraph));
        row++;
      }
    }
  }

  private void pair(SheetWriter out, String label, String value) {
    out.text("A" + row, label, styles.bold);
    out.text("B" + row++, value, styles.text);
  }

  private static float height(String paragraph) {
    int lines = Math.max(1, (paragraph.length() + CHARS_PER_LINE - 1) / CHARS_PER_LINE);
    return Math.min(MAX_ROW_POINTS, lines * LINE_POINTS);
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
