package org.nianbao.merge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.nianbao.message.Message;
import org.nianbao.model.CheckResult;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.Flag;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.form.CheckScope;
import org.nianbao.form.CheckSpec;
import org.nianbao.form.FieldSpec;
import org.nianbao.form.ReportSpec;

/**
 * One thing a person should look at in a report: a balance check that fails, or a value (or the
 * whole report) marked 需核对 or not read. A value a person corrected is not one: its flags went
 * with the correction.
 *
 * @param origin the report it is in
 * @param kind 校验不通过, 需核对, 未能读取 or 缺表 (a statutory table not found in the report)
 * @param cell where in the form: the table, the row and the column
 * @param finding what was read and why it is listed
 * @param id the check id or the field id (the flag code for a note about the whole report), for programs
 */
public record Issue(Origin origin, String kind, Cell cell, Finding finding, String id) {
  public static final String FAILING = Words.of("issue.failing");
  public static final String REVIEW = Message.of("kind.review").zh();
  public static final String UNREAD = Words.of("issue.unread");
  public static final String MISSING = Words.of("issue.missing");
  /** The kinds, in the order the list counts them. */
  public static final List<String> KINDS = List.of(FAILING, REVIEW, UNREAD, MISSING);

  /** The columns of the list, as the sheet and the CSV head them. */
  public static final List<String> HEADERS = Words.list("column.agency", "column.year", "column.kind", "column.table", "column.row", "column.column", "column.values",
      "column.reason", "column.formula", "column.difference", "column.file", "column.id");

  /**
   * The report an issue is in.
   *
   * @param summaryRow the report's row in 汇总 (Excel's numbering)
   */
  public record Origin(String agency, String year, String file, int summaryRow) {}

  /** Where an issue is in the form, as labels; empty where it is about a whole table or report. */
  public record Cell(String table, String row, String column) {
    static final Cell NONE = new Cell("", "", "");
  }

  /**
   * What was read and why it is listed.
   *
   * @param values what was read: the value, or a check's two sides
   * @param reason why, in words
   * @param formula a check's rule in words, else empty
   * @param difference a check's left side less its right, else null
   */
  public record Finding(String values, String reason, String formula, BigDecimal difference) {
    /** A finding with only a reason. */
    static Finding because(String reason) {
      return new Finding("", reason, "", null);
    }
  }

  public String agency() {
    return origin.agency();
  }

  public String year() {
    return origin.year();
  }

  public String file() {
    return origin.file();
  }

  public int summaryRow() {
    return origin.summaryRow();
  }

  public String table() {
    return cell.table();
  }

  public String row() {
    return cell.row();
  }

  public String column() {
    return cell.column();
  }

  public String values() {
    return finding.values();
  }

  public String reason() {
    return finding.reason();
  }

  public String formula() {
    return finding.formula();
  }

  public BigDecimal difference() {
    return finding.difference();
  }

  /** The things to look at in {@code r}, merged as row {@code summaryRow} of 汇总: its tables not found, its failing checks, then its flags to review, in the form's order. */
  static List<Issue> of(Report r, int summaryRow, ReportSpec spec) {
    Origin origin = new Origin(r.agency().orElse(""), r.year().map(String::valueOf).orElse(""), r.file(), summaryRow);
    List<Issue> out = new ArrayList<>();
    for (TableId t : TableId.values()) {
      if (!r.has(t)) {
        out.add(new Issue(origin, MISSING, new Cell(t.label(), "", ""), Finding.because(Words.of("issue.table_not_found")), t.key()));
      }
    }
    Map<String, CheckSpec> checks = r.format().map(f -> spec.checks(f, CheckScope.REPORT).stream().collect(Collectors.toMap(CheckSpec::id, c -> c, (a, b) -> a)))
        .orElse(Map.of());
    for (CheckResult c : r.checks()) {
      if (c.status() == CheckStatus.FAIL) {
        out.add(failing(origin, c, Optional.ofNullable(checks.get(c.id())), spec));
      }
    }
    for (Flag f : r.flags()) {
      if (f.review()) {
        out.add(flagged(origin, f, r, spec));
      }
    }
    return out;
  }

  private static Issue failing(Origin origin, CheckResult c, Optional<CheckSpec> cs, ReportSpec spec) {
    String table = cs.map(s -> TableId.valueOf(s.table().toUpperCase(java.util.Locale.ROOT)).label()).orElse(c.fields().isEmpty() ? "" : TableId.of(c.fields().get(0)).label());
    String[] where = where(c.fields(), spec);
    Finding finding = new Finding(Words.of("issue.sides", plain(c.left()), plain(c.right())), c.message().zh(), cs.map(CheckSpec::description).orElse(""),
        c.left() == null || c.right() == null ? null : c.left().subtract(c.right()));
    return new Issue(origin, FAILING, new Cell(table, where[0], where[1]), finding, c.id());
  }

  private static Issue flagged(Origin origin, Flag f, Report r, ReportSpec spec) {
    String kind = f.unread() ? UNREAD : REVIEW;
    if (f.field().isEmpty()) {
      return new Issue(origin, kind, Cell.NONE, Finding.because(f.reason().zh()), f.code());
    }
    Optional<FieldSpec> fs = spec.field(f.field());
    Cell cell = new Cell(TableId.of(f.field()).label(), fs.map(FieldSpec::row).orElse(""), fs.map(FieldSpec::column).orElse(""));
    return new Issue(origin, kind, cell, new Finding(shown(r.values().get(f.field())), f.reason().zh(), "", null), f.field());
  }

  /** The row and column a check reads, as labels: one row's cells (整行), one column's (整列), or several. */
  private static String[] where(List<String> fields, ReportSpec spec) {
    List<FieldSpec> fs = fields.stream().map(spec::field).flatMap(Optional::stream).toList();
    if (fs.isEmpty()) {
      return new String[] {"", ""};
    }
    boolean oneRow = fs.stream().map(FieldSpec::rowKey).distinct().count() == 1;
    boolean oneColumn = fs.stream().map(FieldSpec::column).distinct().count() == 1;
    return new String[] {oneRow ? fs.get(0).row() : Words.of(oneColumn ? "issue.whole_column" : "issue.several_rows"),
        oneColumn ? fs.get(0).column() : Words.of(oneRow ? "issue.whole_row" : "issue.several_columns")};
  }

  private static String shown(Value v) {
    if (v == null) {
      return "";
    }
    return v.number() != null ? plain(v.number()) : v.kind() == ValueKind.MARK ? v.source().snippet() : Words.of(v.kind() == ValueKind.UNREAD ? "issue.unread" : "issue.value_blank");
  }

  private static String plain(BigDecimal n) {
    if (n == null) {
      return "";
    }
    BigDecimal s = n.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
