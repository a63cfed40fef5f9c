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
  private static final List<String> TABLE_SHEETS = List.of(tableName(TableId.T2), tableName(TableId.T3), tableName(TableId.T4));

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
    out.text("A1", Message.of("workbook.summary.title", report.agency().orElse(Message.of("workbook.summary.no_agency").zh()),
        report.year().map(y -> Message.of("workbook.year", y).zh()).orElse("")).zh(), Styles.TITLE);
    out.sheet().height(0, 24);
    row = 3;
    List<String> missing = missing(report);
    if (!missing.isEmpty()) {
      out.text("A" + row, Message.of("workbook.summary.problem").zh(), Styles.PROBLEM);
      out.text("B" + row++, missing.size() == TableId.values().length ? Message.of("workbook.summary.no_tables").zh()
          : Message.of("workbook.summary.tables_missing", missing).zh(), Styles.PROBLEM);
      row++;
    }
    String unknown = Message.of("workbook.summary.unknown").zh();
    pair(out, Message.of("workbook.summary.agency").zh(), report.agency().orElse(unknown));
    pair(out, Message.of("workbook.summary.year").zh(), report.year().map(String::valueOf).orElse(unknown));
    pair(out, Message.of("workbook.summary.format").zh(), report.format().map(SummarySheet::formatName).orElse(Message.of("workbook.summary.no_format").zh()));
    pair(out, Message.of("workbook.summary.file").zh(), report.file());
    pair(out, Message.of("workbook.summary.published").zh(), report.published().map(Object::toString).orElse(Message.of("workbook.summary.not_stated").zh()));
    for (TableId t : TableId.values()) {
      if (report.has(t)) {
        pair(out, tableName(t), Message.of("workbook.summary.table_read").zh());
      } else {
        out.text("A" + row, tableName(t), Styles.BOLD);
        out.text("B" + row++, Message.of("workbook.summary.table_missing").zh(), Styles.PROBLEM);
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
    out.text("A" + row, Sheets.CHECKS, Styles.BOLD);
    out.formula("B" + row++, new Formula(joined("workbook.summary.check_counts", pass, fail, skipped),
        Message.of("workbook.summary.check_counts", count(pass), count(fail), count(skipped)).zh()), Styles.TEXT);
    for (CheckResult c : report.checks()) {
      if (c.status() == CheckStatus.FAIL) {
        String ref = "B" + row++;
        out.text(ref, Message.of("workbook.summary.check_failed", specs.get(c.id()).description(), c.message().zh()).zh(), Styles.LINK);
        out.link(ref, Sheets.ref(Sheets.CHECKS, "A" + checkRows.get(c.id())));
      }
    }
    List<String> review = new java.util.ArrayList<>();
    List<String> missing = missing(report);
    if (!missing.isEmpty()) {
      review.add(Message.of("workbook.summary.review_missing", missing).zh());
    }
    FlagCounts counts = FlagCounts.of(report);
    long unread = counts.unread();
    long doubtful = counts.doubtful();
    if (unread > 0) {
      review.add(Message.of("workbook.summary.review_unread", unread).zh());
    }
    if (doubtful > 0) {
      review.add(Message.of("workbook.summary.review_doubtful", doubtful).zh());
    }
    out.text("A" + row, Message.of("workbook.summary.review").zh(), Styles.BOLD);
    String ref = "B" + row++;
    boolean listed = unread + doubtful > 0;
    String none = Message.of("workbook.summary.none").zh();
    out.text(ref, review.isEmpty() ? none : String.join("；", review) + (listed ? Message.of("workbook.summary.review_listed").zh() : ""),
        review.isEmpty() ? Styles.TEXT : listed ? Styles.LINK : Styles.PROBLEM);
    if (listed) {
      out.link(ref, Sheets.ref(Sheets.SOURCES, "A1"));
    }
    long corrected = report.originals().size();
    long notes = counts.notes() - report.flags().stream().filter(f -> f.code().equals(OriginalSheet.CORRECTED)).count();
    out.text("A" + row, Message.of("workbook.summary.notes").zh(), Styles.BOLD);
    out.text("B" + row++, notes == 0 ? none : Message.of("workbook.summary.notes_count", notes).zh(), Styles.TEXT);
    if (corrected > 0) {
      out.text("A" + row, Message.of("workbook.summary.corrected").zh(), Styles.BOLD);
      out.text("B" + row, Message.of("workbook.summary.corrected_count", corrected).zh(), Styles.LINK);
      out.link("B" + row++, Sheets.ref(Sheets.SOURCES, "A1"));
    }
  }

  /** The statutory tables the report lacks, by name. */
  private static List<String> missing(Report report) {
    return java.util.Arrays.stream(TableId.values()).filter(t -> !report.has(t)).map(TableId::label).toList();
  }

  /**
   * A formula joining the words of message {@code code} (in Chinese) with the counts the formulas
   * give in their places: {@code "通过 "&COUNTIF(…)&"，不通过 "&…}.
   */
  private static String joined(String code, Formula... counts) {
    Object[] marks = new Object[counts.length];
    for (int i = 0; i < counts.length; i++) {
      marks[i] = "\"&" + counts[i].text() + "&\"";
    }
    String f = "\"" + Message.of(code, marks).zh() + "\"";
    f = f.startsWith("\"\"&") ? f.substring(3) : f;
    return f.endsWith("&\"\"") ? f.substring(0, f.length() - 3) : f;
  }

  private static String count(Formula f) {
    return ((BigDecimal) f.value()).toPlainString();
  }

  private void figures(SheetWriter out, Report report, List<Figure> figures) {
    out.text("A" + row++, Message.of("workbook.summary.figures").zh(), Styles.BOLD);
    for (Figure f : figures) {
      boolean found = f.terms().stream().map(Term::field).allMatch(report.values()::containsKey);
      out.text("A" + row, f.label(), Styles.TEXT);
      if (found) {
        out.formula("B" + row, formulas.sum(f.terms()), Styles.FIGURE);
      } else {
        out.text("B" + row, Message.of("workbook.summary.figure_missing").zh(), Styles.TEXT);
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
        out.text("B" + row++, Message.of("workbook.summary.section_missing").zh(), Styles.TEXT);
        row++;
        continue;
      }
      List<String> paragraphs = body(text, heading);
      if (paragraphs.isEmpty() && n >= 2 && n <= 4) {
        String sheet = TABLE_SHEETS.get(n - 2);
        out.text("B" + row, Message.of("workbook.summary.section_is_table", sheet).zh(), Styles.LINK);
        out.link("B" + row++, Sheets.ref(sheet, "A1"));
      } else if (paragraphs.isEmpty()) {
        out.text("B" + row++, Message.of("workbook.summary.section_heading_only").zh(), Styles.TEXT);
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
    return (f == Format.TRIAL_2019 ? Message.of("workbook.format.trial_2019") : Message.of("workbook.format.new_2021")).zh();
  }

  private static String tableName(TableId t) {
    Message name = switch (t) {
      case T2 -> Message.of("workbook.table.t2");
      case T3 -> Message.of("workbook.table.t3");
      case T4 -> Message.of("workbook.table.t4");
    };
    return name.zh();
  }
}
