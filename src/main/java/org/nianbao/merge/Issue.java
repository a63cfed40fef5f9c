package org.nianbao.merge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
 * @param kind 校验不通过, 需核对, 未能读取 or 缺表 (a statutory table not found in the report)
 * @param values what was read: the value, or a check's two sides
 * @param formula a check's rule in words, else empty
 * @param difference a check's left side less its right, else null
 * @param id the check id or the field id (the flag code for a note about the whole report), for programs
 * @param summaryRow the report's row in 汇总 (Excel's numbering)
 */
public record Issue(String agency, String year, String kind, String table, String row, String column, String values, String reason, String formula,
    BigDecimal difference, String file, String id, int summaryRow) {
  public static final String FAILING = "校验不通过";
  public static final String REVIEW = "需核对";
  public static final String UNREAD = "未能读取";
  public static final String MISSING = "缺表";
  /** The kinds, in the order the list counts them. */
  public static final List<String> KINDS = List.of(FAILING, REVIEW, UNREAD, MISSING);

  /** The columns of the list, as the sheet and the CSV head them. */
  public static final List<String> HEADERS = List.of("机关", "年度", "类别", "表格", "项目（行）", "栏目（列）", "数字", "原因", "勾稽关系", "差额", "来源文件", "编号");

  /** The things to look at in {@code r}, merged as row {@code summaryRow} of 汇总: its tables not found, its failing checks, then its flags to review, in the form's order. */
  static List<Issue> of(Report r, int summaryRow, ReportSpec spec) {
    List<Issue> out = new ArrayList<>();
    String agency = r.agency().orElse("");
    String year = r.year().map(String::valueOf).orElse("");
    Map<String, CheckSpec> checks = r.format().map(f -> spec.checks(f, CheckScope.REPORT).stream().collect(Collectors.toMap(CheckSpec::id, c -> c, (a, b) -> a)))
        .orElse(Map.of());
    for (TableId t : TableId.values()) {
      if (!r.has(t)) {
        out.add(new Issue(agency, year, MISSING, t.label(), "", "", "", "正文中未找到此表的数字（可能以图片发布或未公开），请查看报告原文", "", null, r.file(), t.key(), summaryRow));
      }
    }
    for (CheckResult c : r.checks()) {
      if (c.status() != CheckStatus.FAIL) {
        continue;
      }
      Optional<CheckSpec> cs = Optional.ofNullable(checks.get(c.id()));
      String table = cs.map(s -> TableId.valueOf(s.table().toUpperCase(java.util.Locale.ROOT)).label()).orElse(c.fields().isEmpty() ? "" : TableId.of(c.fields().get(0)).label());
      String[] where = where(c.fields(), spec);
      out.add(new Issue(agency, year, FAILING, table, where[0], where[1], "左边 " + plain(c.left()) + "，右边 " + plain(c.right()), c.message().zh(),
          cs.map(CheckSpec::description).orElse(""), c.left() == null || c.right() == null ? null : c.left().subtract(c.right()), r.file(), c.id(), summaryRow));
    }
    for (Flag f : r.flags()) {
      if (!f.review()) {
        continue;
      }
      String kind = f.unread() ? UNREAD : REVIEW;
      if (f.field().isEmpty()) {
        out.add(new Issue(agency, year, kind, "", "", "", "", f.reason().zh(), "", null, r.file(), f.code(), summaryRow));
        continue;
      }
      Optional<FieldSpec> fs = spec.field(f.field());
      out.add(new Issue(agency, year, kind, TableId.of(f.field()).label(), fs.map(FieldSpec::row).orElse(""), fs.map(FieldSpec::column).orElse(""),
          shown(r.values().get(f.field())), f.reason().zh(), "", null, r.file(), f.field(), summaryRow));
    }
    return out;
  }

  /** The row and column a check reads, as labels: one row's cells (整行), one column's (整列), or several. */
  private static String[] where(List<String> fields, ReportSpec spec) {
    List<FieldSpec> fs = fields.stream().map(spec::field).flatMap(Optional::stream).toList();
    if (fs.isEmpty()) {
      return new String[] {"", ""};
    }
    boolean oneRow = fs.stream().map(FieldSpec::rowKey).distinct().count() == 1;
    boolean oneColumn = fs.stream().map(FieldSpec::column).distinct().count() == 1;
    return new String[] {oneRow ? fs.get(0).row() : oneColumn ? "（整列）" : "（多行）", oneColumn ? fs.get(0).column() : oneRow ? "（整行）" : "（多列）"};
  }

  private static String shown(Value v) {
    if (v == null) {
      return "";
    }
    return v.number() != null ? plain(v.number()) : v.kind() == ValueKind.MARK ? v.source().snippet() : v.kind() == ValueKind.UNREAD ? "未能读取" : "空白";
  }

  private static String plain(BigDecimal n) {
    if (n == null) {
      return "";
    }
    BigDecimal s = n.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
