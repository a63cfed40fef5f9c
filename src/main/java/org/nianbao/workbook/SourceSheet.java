package org.nianbao.workbook;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.nianbao.model.Flag;
import org.nianbao.model.Report;
import org.nianbao.model.Value;
import org.nianbao.spec.FieldSpec;
import org.nianbao.spec.Layout;
import org.nianbao.spec.ReportSpec;

/**
 * The 来源 sheet: every value with the text and place it was read from, how it was placed, and
 * for flagged values why; then the flags about the whole report. (Cells are named, not linked:
 * two hundred hyperlinks cost more to write than the rest of the sheet.)
 */
final class SourceSheet {
  private static final List<String> HEADERS = List.of("字段", "单元格", "行", "列", "值", "读取方式", "原文", "原文位置", "标记原因");

  private final ReportSpec spec;
  private final Styles styles;

  SourceSheet(ReportSpec spec, Styles styles) {
    this.spec = spec;
    this.styles = styles;
  }

  void write(SheetWriter out, Report report, Layout layout) {
    for (int i = 0; i < HEADERS.size(); i++) {
      out.text(CheckSheet.column(i) + "1", HEADERS.get(i), styles.header);
    }
    out.width("A", 34);
    out.width("B", 20);
    out.width("C", 36);
    out.width("D", 22);
    out.width("E:F", 10);
    out.width("G", 24);
    out.width("H", 26);
    out.width("I", 60);
    Map<String, String> reasons = report.flags().stream().filter(f -> !f.field().isEmpty())
        .collect(Collectors.groupingBy(Flag::field, java.util.LinkedHashMap::new, Collectors.mapping(Flag::reason, Collectors.joining("；"))));
    int r = 2;
    for (Map.Entry<String, Value> e : report.values().entrySet()) {
      FieldSpec f = spec.field(e.getKey()).orElseThrow();
      Value v = e.getValue();
      out.text("A" + r, f.id(), styles.text);
      out.text("B" + r, layout.cell(f.id()).map(c -> c.sheet() + "!" + c.cell()).orElse(""), styles.text);
      out.text("C" + r, f.row(), styles.text);
      out.text("D" + r, f.column(), styles.text);
      if (v.number() != null) {
        out.number("E" + r, v.number(), styles.text);
      }
      out.text("F" + r, placement(v), styles.text);
      out.text("G" + r, v.source().snippet(), styles.text);
      out.text("H" + r, v.source().pos().toString(), styles.text);
      out.text("I" + r, reasons.getOrDefault(f.id(), ""), styles.text);
      r++;
    }
    for (Flag fl : report.flags()) {
      if (fl.field().isEmpty()) {
        out.text("A" + r, "（全文）", styles.text);
        out.text("H" + r, fl.pos().toString(), styles.text);
        out.text("I" + r++, fl.reason(), styles.text);
      }
    }
    out.sheet().createFreezePane(1, 1);
    out.sheet().setAutoFilter(CellRangeAddress.valueOf("A1:I" + Math.max(2, r - 1)));
  }

  private static String placement(Value v) {
    if (v.kind() == org.nianbao.model.ValueKind.BLANK) {
      return "空白";
    }
    if (v.kind() == org.nianbao.model.ValueKind.MARK) {
      return "符号";
    }
    return switch (v.placement()) {
      case READ -> "原样读取";
      case PLACED_BY_CHECK -> "按校验推断位置";
      case SPLIT -> "拆分粘连数字";
      case UNIT_CONVERTED -> "单位换算";
      case UNREAD -> "未能读取";
    };
  }
}
