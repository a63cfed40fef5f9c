package org.nianbao.workbook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.nianbao.message.Message;
import org.nianbao.model.CheckResult;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.FlagCounts;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
import org.nianbao.form.CheckSpec;
import org.nianbao.form.Figure;
import org.nianbao.form.Format;
import org.nianbao.form.Term;
import org.nianbao.xlsx.TextWidth;

/**
 * The 概况 sheet: first what is wrong (a statutory table not found), then who, which year, which
 * form, what was found, how the checks came out (live counts, with links to the failing ones), what
 * a person should look at (需核对) and what was inferred as the checks confirm (说明), the key
 * figures as live formulas, and the six sections' text under their headings, one paragraph a row,
 * each row as tall as its wrapped text (a paragraph too long for one row goes on in the next).
 */
final class SummarySheet {
  /** The six sections' headings, from the catalogue (section.1 … section.6). */
  private static final List<String> SECTION_NAMES =
      java.util.stream.IntStream.rangeClosed(1, 6).mapToObj(n -> Message.of("section." + n).zh()).toList();

  /** A section's first line this short is its heading, already shown above it. */
  private static final int HEADING_CHARS = 40;
  /** Column B's width in characters: the text's. */
  private static final double TEXT_WIDTH = 96;
  /** The most lines a row holds: Excel's rows end at 409 points. */
  private static final int MAX_LINES = 24;
  /** Characters cut off a sentence too long for a row: fewer than {@link #MAX_LINES} lines of wide characters hold. */
  private static final int LONGEST_CUT = 1000;
  private static final List<String> TABLE_SHEETS = List.of("表二 主动公开", "表三 依申请公开", "表四 复议诉讼");

  private final FormulaRenderer formulas;
  private final Map<String, CheckSpec> specs;
  private int row;

  SummarySheet(FormulaRenderer formulas, Map<String, CheckSpec> specs) {
    this.formulas = formulas;
    this.specs = specs;
  }

  void write(SheetWriter out, Report report, List<Figure> figures, Map<String, Integer> checkRows, List<Object> verdicts) {
    out.width("A", 20);
    out.width("B", TEXT_WIDTH);
    out.sheet().page(false, true);
    out.merge("A1:B1", Styles.TITLE);
    out.text("A1", report.agency().orElse("（未识别机关）") + " " + report.year().map(y -> y + "年").orElse("") + " 政府信息公开工作年度报告", Styles.TITLE);
    out.sheet().height(0, 24);
    row = 3;
    List<String> missing = missing(report);
    if (!missing.isEmpty()) {
      out.text("A" + row, "问题", Styles.PROBLEM);
      out.text("B" + row++, missing.size() == TableId.values().length
          ? "正文中没有找到任何统计表（表二、表三、表四）：本工作簿没有一个数字。统计表可能以图片发布，或没有公开，请查看报告原文。"
          : "正文中没有找到" + String.join("、", missing) + "：可能以图片发布，或没有公开，请查看报告原文。", Styles.PROBLEM);
      row++;
    }
    pair(out, "机关", report.agency().orElse("未识别"));
    pair(out, "年度", report.year().map(String::valueOf).orElse("未识别"));
    pair(out, "格式", report.format().map(SummarySheet::formatName).orElse("正文中没有统计表"));
    pair(out, "来源文件", report.file());
    pair(out, "发布日期", report.published().map(Object::toString).orElse("未注明"));
    for (TableId t : TableId.values()) {
      if (report.has(t)) {
        pair(out, tableName(t), "已读取");
      } else {
        out.text("A" + row, tableName(t), Styles.BOLD);
        out.text("B" + row++, "未找到（可能以图片发布，请查看原文）", Styles.PROBLEM);
      }
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
    List<String> review = new java.util.ArrayList<>();
    List<String> missing = missing(report);
    if (!missing.isEmpty()) {
      review.add("未找到" + String.join("、", missing));
    }
    FlagCounts counts = FlagCounts.of(report);
    long unread = counts.unread();
    long doubtful = counts.doubtful();
    if (unread > 0) {
      review.add("未能读取的数字 " + unread + " 处");
    }
    if (doubtful > 0) {
      review.add("存疑 " + doubtful + " 处");
    }
    out.text("A" + row, "需核对", Styles.BOLD);
    String ref = "B" + row++;
    boolean listed = unread + doubtful > 0;
    out.text(ref, review.isEmpty() ? "无" : String.join("；", review) + (listed ? "（见“来源”表，已标橙色或黄色）" : ""), review.isEmpty() ? Styles.TEXT : listed ? Styles.LINK : Styles.PROBLEM);
    if (listed) {
      out.link(ref, Sheets.ref(Sheets.SOURCES, "A1"));
    }
    long corrected = report.originals().size();
    long notes = counts.notes() - report.flags().stream().filter(f -> f.code().equals(OriginalSheet.CORRECTED)).count();
    out.text("A" + row, "说明", Styles.BOLD);
    out.text("B" + row++, notes == 0 ? "无" : notes + " 处推断已由勾稽关系印证或只是说明，不必逐一核对（见“来源”表，表中标浅蓝色）", Styles.TEXT);
    if (corrected > 0) {
      out.text("A" + row, "人工更正", Styles.BOLD);
      out.text("B" + row, corrected + " 处数字有人在工作簿中改过（见“来源”表，表中标绿色；nianbao 原读取的数字和位置写在旁边）", Styles.LINK);
      out.link("B" + row++, Sheets.ref(Sheets.SOURCES, "A1"));
    }
  }

  /** The statutory tables the report lacks, by name. */
  private static List<String> missing(Report report) {
    return java.util.Arrays.stream(TableId.values()).filter(t -> !report.has(t)).map(TableId::label).toList();
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

  /**
   * Each section under its heading, a row across both columns, the heading said once; its
   * paragraphs one a row, wrapped. Sections 二 to 四 are their tables: one that holds no more than
   * its heading points to its sheet.
   */
  private void sections(SheetWriter out, Report report) {
    for (int n = 1; n <= SECTION_NAMES.size(); n++) {
      String heading = SECTION_NAMES.get(n - 1);
      out.merge("A" + row + ":B" + row, Styles.BOLD);
      out.text("A" + row++, heading, Styles.BOLD);
      String text = report.sections().get(n);
      if (text == null) {
        out.text("B" + row++, "（报告中未找到此部分）", Styles.TEXT);
        row++;
        continue;
      }
      List<String> paragraphs = body(text, heading);
      if (paragraphs.isEmpty() && n >= 2 && n <= 4) {
        String sheet = TABLE_SHEETS.get(n - 2);
        out.text("B" + row, "（此部分为统计表，见“" + sheet + "”表）", Styles.LINK);
        out.link("B" + row++, Sheets.ref(sheet, "A1"));
      } else if (paragraphs.isEmpty()) {
        out.text("B" + row++, "（此部分只有标题）", Styles.TEXT);
      }
      for (String p : paragraphs) {
        for (String piece : pieces(p)) {
          out.text("B" + row++, piece, Styles.WRAPPED);
        }
      }
      row++;
    }
  }

  /** A section's paragraphs without its heading: a short first line, or the heading's words at the start of the first. */
  static List<String> body(String text, String heading) {
    List<String> paragraphs = new java.util.ArrayList<>();
    for (String p : text.split("\n")) {
      if (!p.isBlank()) {
        paragraphs.add(p.strip());
      }
    }
    if (!paragraphs.isEmpty()) {
      String first = paragraphs.get(0);
      if (first.startsWith(heading)) {
        String rest = first.substring(heading.length()).replaceFirst("^[\\s。．.:：]+", "");
        if (rest.isEmpty()) {
          paragraphs.remove(0);
        } else {
          paragraphs.set(0, rest);
        }
      } else if (first.length() <= HEADING_CHARS && first.startsWith(heading.substring(0, 2))) {
        paragraphs.remove(0);
      }
    }
    return paragraphs;
  }

  /** A paragraph cut at the ends of sentences into pieces each short enough for one row. */
  static List<String> pieces(String paragraph) {
    if (TextWidth.lines(paragraph, TEXT_WIDTH, 1) <= MAX_LINES) {
      return List.of(paragraph);
    }
    List<String> out = new java.util.ArrayList<>();
    StringBuilder piece = new StringBuilder();
    int from = 0;
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      boolean end = c == '。' || c == '；' || c == '！' || c == '？' || i == paragraph.length() - 1;
      if (end) {
        String sentence = paragraph.substring(from, i + 1);
        if (piece.length() > 0 && TextWidth.lines(piece + sentence, TEXT_WIDTH, 1) > MAX_LINES) {
          out.add(piece.toString());
          piece.setLength(0);
        }
        // A sentence longer than a row holds (no full stop in a page of text) is cut by length.
        while (TextWidth.lines(sentence, TEXT_WIDTH, 1) > MAX_LINES) {
          int cut = LONGEST_CUT;
          out.add(sentence.substring(0, cut));
          sentence = sentence.substring(cut);
        }
        piece.append(sentence);
        from = i + 1;
      }
    }
    if (piece.length() > 0) {
      out.add(piece.toString());
    }
    return out;
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
