package org.nianbao.workbook;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.nianbao.model.CheckResult;
import org.nianbao.model.Flag;
import org.nianbao.model.Placement;
import org.nianbao.model.Report;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.spec.FieldSpec;
import org.nianbao.spec.LayoutEntry;
import org.nianbao.spec.ReportSpec;

/**
 * One statutory table laid out as the official form prints it, from the layout: merged headers,
 * row labels, and the report's values in their cells. Inferred values are shaded and carry a note
 * saying why; unread cells are yellow. A cell read by a failing check turns red, live.
 */
final class TableSheet {
  private final ReportSpec spec;
  private final Styles styles;
  private final Report report;
  private final Map<String, Integer> checkRows;

  TableSheet(ReportSpec spec, Styles styles, Report report, Map<String, Integer> checkRows) {
    this.spec = spec;
    this.styles = styles;
    this.report = report;
    this.checkRows = checkRows;
  }

  void write(SheetWriter out, List<LayoutEntry> entries, boolean present) {
    for (LayoutEntry e : entries) {
      if (e.kind() == LayoutEntry.Kind.WIDTH) {
        out.width(e.range(), Integer.parseInt(e.content()));
      } else if (e.kind() == LayoutEntry.Kind.TITLE) {
        out.merge(e.range(), styles.title);
        out.text(e.firstCell(), e.content(), styles.title);
        if (!present) {
          out.text("A3", "本报告正文中未找到此表的数字（可能以图片发布或未公开），请查看报告原文。nianbao 未填写任何数字。", styles.bold);
          return;
        }
      } else if (e.kind() == LayoutEntry.Kind.FIELD) {
        field(out, e);
      } else {
        out.merge(e.range(), e.kind() == LayoutEntry.Kind.HEADER ? styles.header : styles.label);
        out.text(e.firstCell(), e.content(), e.kind() == LayoutEntry.Kind.HEADER ? styles.header : styles.label);
      }
    }
    out.sheet().createFreezePane(0, freezeRows(entries));
    redWhereChecksFail(out, entries);
  }

  private void field(SheetWriter out, LayoutEntry e) {
    String id = e.content();
    Value v = report.values().get(id);
    FieldSpec f = spec.field(id).orElseThrow();
    Styles.Mark mark = v == null || v.kind() == ValueKind.UNREAD ? Styles.Mark.UNREAD : v.placement() == Placement.READ ? Styles.Mark.PLAIN : Styles.Mark.INFERRED;
    Styles.Value kind = f.isAmount() ? Styles.Value.AMOUNT : f.isSigned() ? Styles.Value.SIGNED : Styles.Value.COUNT;
    out.merge(e.range(), styles.value(kind, mark));
    Cell c;
    if (v != null && v.kind() == ValueKind.NUMBER) {
      c = out.number(e.firstCell(), v.number(), styles.value(kind, mark));
    } else if (v != null && v.kind() == ValueKind.MARK) {
      c = out.text(e.firstCell(), v.source().snippet(), styles.value(Styles.Value.TEXT, mark));
    } else {
      c = out.cell(e.firstCell());
    }
    String why = report.flags().stream().filter(fl -> fl.field().equals(id)).map(Flag::reason).collect(Collectors.joining("\n"));
    if (!why.isEmpty()) {
      out.comment(c, (mark == Styles.Mark.UNREAD ? WorkbookReader.UNREAD_NOTE : "推断：") + why);
    }
  }

  private static int freezeRows(List<LayoutEntry> entries) {
    int lastHeader = 0;
    for (LayoutEntry e : entries) {
      if (e.kind() == LayoutEntry.Kind.LABEL || e.kind() == LayoutEntry.Kind.FIELD) {
        break;
      }
      if (e.kind() == LayoutEntry.Kind.WIDTH) {
        continue;
      }
      String end = e.range().contains(":") ? e.range().substring(e.range().indexOf(':') + 1) : e.range();
      lastHeader = Math.max(lastHeader, Integer.parseInt(end.replaceAll("[A-Z]", "")));
    }
    return lastHeader;
  }

  /** One rule per check, over the cells of this sheet it reads: they turn red while it fails. */
  private void redWhereChecksFail(SheetWriter out, List<LayoutEntry> entries) {
    Map<String, String> cellOf = new java.util.HashMap<>();
    entries.stream().filter(e -> e.kind() == LayoutEntry.Kind.FIELD).forEach(e -> cellOf.put(e.content(), e.firstCell()));
    SheetConditionalFormatting cf = out.sheet().getSheetConditionalFormatting();
    for (CheckResult c : report.checks()) {
      List<CellRangeAddress> cells = c.fields().stream().filter(cellOf::containsKey).map(f -> CellRangeAddress.valueOf(cellOf.get(f))).toList();
      if (cells.isEmpty() || !checkRows.containsKey(c.id())) {
        continue;
      }
      String failing = Sheets.ref(Sheets.CHECKS, "$" + Sheets.RESULT_COLUMN + "$" + checkRows.get(c.id())) + "=\"" + Sheets.FAIL + "\"";
      ConditionalFormattingRule rule = cf.createConditionalFormattingRule(failing);
      PatternFormatting fill = rule.createPatternFormatting();
      fill.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
      fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
      cf.addConditionalFormatting(cells.toArray(new CellRangeAddress[0]), rule);
    }
  }
}
