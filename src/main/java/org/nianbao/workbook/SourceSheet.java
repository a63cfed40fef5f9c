package org.nianbao.workbook;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.nianbao.model.Flag;
import org.nianbao.model.Report;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.spec.FieldSpec;
import org.nianbao.spec.Layout;
import org.nianbao.spec.ReportSpec;

/**
 * The 来源 sheet: every value with the text and place it was read from, how it was placed, and
 * for flagged values why; then the flags about the whole report. The field id, for programs, is
 * the last column. (Cells are named, not linked: two hundred hyperlinks cost more to write than
 * the rest of the sheet.)
 */
final class SourceSheet {
  private static final List<String> HEADERS = List.of("表格", "项目（行）", "栏目（列）", "单元格", "值", "读取方式", "原文", "原文位置", "标记原因", "字段编号");

  private final ReportSpec spec;

  SourceSheet(ReportSpec spec) {
    this.spec = spec;
  }

  void write(SheetWriter out, Report report, Layout layout) {
    for (int i = 0; i < HEADERS.size(); i++) {
      out.text(CheckSheet.column(i) + "1", HEADERS.get(i), Styles.HEADER);
    }
    out.width("A", 7);
    out.width("B", 30);
    out.width("C", 16);
    out.width("D", 7);
    out.width("E", 9);
    out.width("F", 13);
    out.width("G", 16);
    out.width("H", 18);
    out.width("I", 44);
    out.width("J", 30);
    Map<String, String> reasons = reasonsByField(report, "；");
    int r = 2;
    for (Map.Entry<String, Value> e : report.values().entrySet()) {
      FieldSpec f = spec.field(e.getKey()).orElseThrow();
      Value v = e.getValue();
      out.text("A" + r, org.nianbao.model.TableId.of(f.id()).label(), Styles.TEXT);
      out.text("B" + r, f.row(), Styles.WRAPPED);
      out.text("C" + r, f.column(), Styles.WRAPPED);
      out.text("D" + r, layout.cell(f.id()).map(c -> c.cell()).orElse(""), Styles.TEXT);
      if (v.number() != null) {
        out.number("E" + r, v.number(), Styles.NUMBER);
      }
      out.text("F" + r, placement(v), Styles.TEXT);
      out.text("G" + r, v.source().snippet(), Styles.WRAPPED);
      out.text("H" + r, v.source().pos().known() ? v.source().pos().toString() : "", Styles.WRAPPED);
      out.text("I" + r, reasons.getOrDefault(f.id(), ""), Styles.WRAPPED);
      out.text("J" + r, f.id(), Styles.TEXT);
      r++;
    }
    for (Flag fl : report.flags()) {
      if (fl.field().isEmpty()) {
        out.text("A" + r, "（全文）", Styles.TEXT);
        out.text("H" + r, fl.pos().known() ? fl.pos().toString() : "", Styles.WRAPPED);
        out.text("I" + r++, fl.reason().zh(), Styles.WRAPPED);
      }
    }
    out.sheet().freeze(0, 1);
    out.sheet().repeatRows(0, 0);
    out.sheet().printArea("A:I");
    out.sheet().autoFilter("A1:J" + Math.max(2, r - 1));
  }

  /** Why each flagged field was flagged, its reasons joined by {@code separator}. */
  static Map<String, String> reasonsByField(Report report, String separator) {
    return report.flags().stream().filter(f -> !f.field().isEmpty())
        .collect(Collectors.groupingBy(Flag::field, Collectors.mapping(f -> f.reason().zh(), Collectors.joining(separator))));
  }

  private static String placement(Value v) {
    if (v.kind() == ValueKind.BLANK) {
      return "空白";
    }
    if (v.kind() == ValueKind.MARK) {
      return "符号";
    }
    return switch (v.placement()) {
      case READ -> "原样读取";
      case PLACED_BY_CHECK -> "按校验推断位置";
      case BY_POSITION -> "按标准列序放置";
      case SPLIT -> "拆分粘连数字";
      case UNIT_CONVERTED -> "单位换算";
      case UNREAD -> "未能读取";
    };
  }
}
