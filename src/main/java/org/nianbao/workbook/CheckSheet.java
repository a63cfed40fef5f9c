package org.nianbao.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.message.Message;
import org.nianbao.model.CheckResult;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.NarrativeResult;
import org.nianbao.model.Report;
import org.nianbao.model.ValueKind;
import org.nianbao.form.CheckSpec;
import org.nianbao.form.NarrativeSpec;
import org.nianbao.xlsx.Ref;

/**
 * The 校验 sheet: every balance check of the report on one row, its two sides as live formulas
 * over the table sheets, their difference and a 结果 of 通过 or 不通过. A check over a missing table
 * says 跳过; one over cells nianbao could not read says 跳过 until someone fills them in. Below
 * them, after a blank row, the statements of the text about table figures, the sentence beside
 * the table's figure. The check's id, for programs, is the last column, outside the printed area.
 */
final class CheckSheet {
  static final List<String> HEADERS = words(Message.of("workbook.checks.description"), Message.of("workbook.checks.left"), Message.of("workbook.checks.right"),
      Message.of("workbook.checks.difference"), Message.of("workbook.checks.result"), Message.of("workbook.checks.as_read"), Message.of("workbook.checks.remark"),
      Message.of("workbook.checks.id"));

  /** The title row of the narrative part, below the balance checks and one blank row. */
  static final String NARRATIVE_TITLE = Message.of("workbook.checks.narrative_title").zh();
  static final List<String> NARRATIVE_HEADERS = words(Message.of("workbook.checks.description"), Message.of("workbook.checks.stated"),
      Message.of("workbook.checks.table"), Message.of("workbook.checks.difference"), Message.of("workbook.checks.result"), Message.of("workbook.checks.as_read"),
      Message.of("workbook.checks.sentence"), Message.of("workbook.checks.id"));
  static final String UNMATCHED = Message.of("workbook.checks.unmatched").zh();
  /** The column of the check ids (the last). */
  static final int ID_COLUMN = 7;
  /** The sections' numbers as the statement's place names them (第二部分). */
  private static final List<Message> SECTION_NUMBERS = List.of(Message.of("workbook.numeral.one"), Message.of("workbook.numeral.two"),
      Message.of("workbook.numeral.three"), Message.of("workbook.numeral.four"), Message.of("workbook.numeral.five"), Message.of("workbook.numeral.six"));

  private final FormulaRenderer formulas;
  private final Map<String, CheckSpec> specs;
  private final Map<String, NarrativeSpec> narrative;

  CheckSheet(FormulaRenderer formulas, Map<String, CheckSpec> specs, Map<String, NarrativeSpec> narrative) {
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

  /** Writes the sheet; returns the 结果 each balance check shows, in row order. */
  List<Object> write(SheetWriter out, Report report) {
    header(out, 1, HEADERS);
    out.width("A", 46);
    out.width("B:D", 9);
    out.width("E:F", 8);
    out.width("G", 32);
    out.width("H", 30);
    Map<String, Integer> rows = rows(report);
    List<Object> shown = new ArrayList<>();
    for (CheckResult c : report.checks()) {
      shown.add(row(out, report, c, rows.get(c.id())));
    }
    out.sheet().freeze(0, 1);
    out.sheet().repeatRows(0, 0);
    out.sheet().printArea("A:G");
    if (!rows.isEmpty()) {
      out.sheet().autoFilter("A1:H" + (rows.size() + 1));
    }
    int last = narrative(out, report, rows.size() + 3);
    if (last > 1) {
      out.sheet().highlight("A2:H" + last, "$" + Sheets.RESULT_COLUMN + "2=\"" + Sheets.FAIL + "\"", Styles.FAILING);
    }
    out.sheet().page(true, true);
    Legend.write(out, Math.max(last, 1) + 2, "G", List.of(Legend.CHECK_FAILS));
    return shown;
  }

  private static void header(SheetWriter out, int row, List<String> headers) {
    for (int i = 0; i < headers.size(); i++) {
      out.text(column(i) + row, headers.get(i), Styles.HEADER);
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
    out.text("A" + title, NARRATIVE_TITLE, Styles.BOLD);
    header(out, title + 1, NARRATIVE_HEADERS);
    int r = title + 1;
    for (NarrativeResult n : report.narrative()) {
      r++;
      out.text("A" + r, n.description(), Styles.WRAPPED);
      out.number("B" + r, n.stated(), Styles.exact(Styles.NUMBER, n.stated()));
      out.text("F" + r, n.status() == CheckStatus.SKIPPED ? UNMATCHED : word(n.status()), Styles.CENTERED);
      out.text("G" + r, Message.of("workbook.checks.in_section", SECTION_NUMBERS.get(n.section() - 1), n.sentence()).zh(), Styles.WRAPPED);
      out.text("H" + r, n.id(), Styles.TEXT);
      if (n.fields().stream().noneMatch(report.values()::containsKey)) {
        out.text(Sheets.RESULT_COLUMN + r, UNMATCHED, Styles.CENTERED);
        continue;
      }
      Formula stated = new Formula("B" + r, n.stated());
      Formula table = formulas.sum(narrative.get(n.id()).table());
      out.formula("C" + r, table, Styles.NUMBER);
      Formula difference = FormulaRenderer.difference("B" + r, stated, "C" + r, table);
      out.formula("D" + r, difference, Styles.NUMBER);
      List<String> unread = n.fields().stream().filter(f -> report.values().containsKey(f) && report.values().get(f).kind() == ValueKind.UNREAD).toList();
      out.formula(Sheets.RESULT_COLUMN + r, formulas.unlessBlank(unread, FormulaRenderer.verdict("D" + r, difference)), Styles.CENTERED);
    }
    return r;
  }

  private Object row(SheetWriter out, Report report, CheckResult c, int r) {
    CheckSpec spec = specs.get(c.id());
    out.text("A" + r, spec.description(), Styles.WRAPPED);
    out.text("F" + r, word(c.status()), Styles.CENTERED);
    out.text("H" + r, c.id(), Styles.TEXT);
    boolean tableMissing = c.status() == CheckStatus.SKIPPED && c.fields().stream().noneMatch(report.values()::containsKey);
    if (tableMissing) {
      out.text(Sheets.RESULT_COLUMN + r, Sheets.SKIPPED, Styles.CENTERED);
      out.text("G" + r, c.message().zh(), Styles.WRAPPED);
      return Sheets.SKIPPED;
    }
    Formula left = formulas.sum(spec.left());
    Formula right = formulas.sum(spec.right());
    out.formula("B" + r, left, Styles.NUMBER);
    out.formula("C" + r, right, Styles.NUMBER);
    Formula difference = FormulaRenderer.difference("B" + r, left, "C" + r, right);
    out.formula("D" + r, difference, Styles.NUMBER);
    List<String> unread = c.fields().stream().filter(f -> report.values().get(f).kind() == ValueKind.UNREAD).toList();
    if (!unread.isEmpty()) {
      out.text("G" + r, c.message().zh(), Styles.WRAPPED);
    }
    Formula verdict = formulas.unlessBlank(unread, FormulaRenderer.verdict("D" + r, difference));
    out.formula(Sheets.RESULT_COLUMN + r, verdict, Styles.CENTERED);
    return verdict.value();
  }

  static String word(CheckStatus s) {
    return switch (s) {
      case PASS -> Sheets.PASS;
      case FAIL -> Sheets.FAIL;
      case SKIPPED -> Sheets.SKIPPED;
    };
  }

  private static List<String> words(Message... headings) {
    return java.util.Arrays.stream(headings).map(Message::zh).toList();
  }

  static String column(int i) {
    return Ref.column(i);
  }
}
