package org.nianbao.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.nianbao.message.Message;
import org.nianbao.model.Flag;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.form.FieldSpec;
import org.nianbao.form.Layout;
import org.nianbao.form.ReportSpec;
import org.nianbao.xlsx.Style;

/**
 * The 来源 sheet: where every value came from, what a person should look at first. Its rows: the
 * notes about the whole report, those to be looked at (需核对) first; then each value to be looked
 * at or not read, coloured; then each number read, with the text and place it was read from and,
 * for one inferred as the checks confirm, why (说明); last the blank cells, a row for each row of
 * the form rather than one a cell. The field ids, for programs, are the last column, outside the
 * printed area. (Cells are named, not linked: two hundred hyperlinks cost more to write than the
 * rest of the sheet.)
 */
final class SourceSheet {
  private static final List<Message> HEADERS = List.of(Message.of("workbook.sources.table"), Message.of("workbook.sources.row"), Message.of("workbook.sources.column"),
      Message.of("workbook.sources.cell"), Message.of("workbook.sources.value"), Message.of("workbook.sources.placement"), Message.of("workbook.sources.snippet"),
      Message.of("workbook.sources.position"), Message.of("workbook.sources.kind"), Message.of("workbook.sources.reason"), Message.of("workbook.sources.field"));

  private final ReportSpec spec;

  SourceSheet(ReportSpec spec) {
    this.spec = spec;
  }

  /** Blank cells of one row of the form that share their reasons, written as one row. */
  private record Blanks(TableId table, String row, List<String> columns, List<String> cells, List<String> ids, String at, Styles.Mark mark, String reasons) {}

  void write(SheetWriter out, Report report, Layout layout) {
    for (int i = 0; i < HEADERS.size(); i++) {
      out.text(CheckSheet.column(i) + "1", HEADERS.get(i).zh(), Styles.HEADER);
    }
    widths(out);
    Map<String, String> reasons = reasonsByField(report, "；");
    Map<String, Styles.Mark> marks = TableSheet.marks(report);
    int r = wholeReportNotes(out, report, 2);
    for (Set<Styles.Mark> shown : List.of(Set.of(Styles.Mark.CORRECTED), Set.of(Styles.Mark.REVIEW, Styles.Mark.UNREAD))) {
      for (Map.Entry<String, Value> e : report.values().entrySet()) {
        Styles.Mark mark = marks.getOrDefault(e.getKey(), Styles.Mark.PLAIN);
        if (shown.contains(mark)) {
          r = value(out, r, layout, e.getKey(), e.getValue(), mark, reasons);
        }
      }
    }
    for (Map.Entry<String, Value> e : report.values().entrySet()) {
      Styles.Mark mark = marks.getOrDefault(e.getKey(), Styles.Mark.PLAIN);
      if ((mark == Styles.Mark.PLAIN || mark == Styles.Mark.NOTE) && e.getValue().kind() != ValueKind.BLANK) {
        r = value(out, r, layout, e.getKey(), e.getValue(), mark, reasons);
      }
    }
    r = blankRows(out, report, layout, r, blanks(report, layout, marks, reasons));
    int last = Math.max(2, r - 1);
    out.sheet().freeze(0, 1);
    out.sheet().repeatRows(0, 0);
    out.sheet().printArea("A:J");
    out.sheet().page(true, true);
    out.sheet().autoFilter("A1:K" + last);
    Legend.write(out, r + 1, "J", report.originals().isEmpty() ? List.of(Legend.REVIEW, Legend.UNREAD, Legend.NOTE)
        : List.of(Legend.CORRECTED, Legend.REVIEW, Legend.UNREAD, Legend.NOTE));
  }

  /** The notes about the whole report from row {@code r}, those to be looked at first; returns the row after them. */
  private static int wholeReportNotes(SheetWriter out, Report report, int r) {
    for (boolean review : new boolean[] {true, false}) {
      for (Flag fl : report.flags()) {
        if (fl.field().isEmpty() && fl.review() == review) {
          Style look = review ? Styles.WRAPPED.fill(Styles.ORANGE) : Styles.WRAPPED;
          out.text("A" + r, Message.of("workbook.sources.whole_report").zh(), look);
          for (String c : List.of("B", "C", "D", "E", "F", "G")) {
            out.blank(c + r, look);
          }
          out.text("H" + r, fl.pos().known() ? fl.pos().toString() : "", look);
          out.text("I" + r, fl.kind().zh(), kindStyle(review ? Styles.Mark.REVIEW : Styles.Mark.NOTE));
          out.text("J" + r++, fl.reason().zh(), look);
        }
      }
    }
    return r;
  }

  /** The blank cells from row {@code r}, a row for each group; returns the row after them. */
  private int blankRows(SheetWriter out, Report report, Layout layout, int r, List<Blanks> groups) {
    Map<String, Integer> rowSizes = new java.util.HashMap<>();
    report.values().keySet().forEach(id -> rowSizes.merge(spec.field(id).orElseThrow().rowKey(), 1, Integer::sum));
    for (Blanks b : groups) {
      out.text("A" + r, b.table().label(), Styles.TEXT);
      out.text("B" + r, b.row(), Styles.WRAPPED);
      boolean whole = b.ids().size() == rowSizes.getOrDefault(spec.field(b.ids().get(0)).orElseThrow().rowKey(), 0);
      out.text("C" + r, whole ? Message.of("workbook.sources.whole_row").zh() : String.join("、", b.columns()), Styles.WRAPPED);
      out.text("D" + r, ranges(b.cells()), Styles.WRAPPED);
      out.text("F" + r, b.cells().size() == 1 ? OriginalSheet.KINDS.get(ValueKind.BLANK) : Message.of("workbook.sources.blank_cells", b.cells().size()).zh(), Styles.WRAPPED);
      out.text("H" + r, b.at(), Styles.WRAPPED);
      out.text("I" + r, b.mark() == Styles.Mark.PLAIN ? "" : Legend.NOTE.label(), kindStyle(b.mark()));
      out.text("J" + r, b.reasons(), Styles.WRAPPED);
      out.text("K" + r++, String.join(" ", b.ids()), Styles.TEXT);
    }
    return r;
  }

  private static void widths(SheetWriter out) {
    out.width("A", 7);
    out.width("B", 30);
    out.width("C", 16);
    out.width("D", 9);
    out.width("E", 9);
    out.width("F", 13);
    out.width("G", 16);
    out.width("H", 18);
    out.width("I", 7);
    out.width("J", 44);
    out.width("K", 30);
  }

  /** One value's row: coloured whole when it is to be looked at or was not read. */
  private int value(SheetWriter out, int r, Layout layout, String id, Value v, Styles.Mark mark, Map<String, String> reasons) {
    FieldSpec f = spec.field(id).orElseThrow();
    boolean loud = mark == Styles.Mark.REVIEW || mark == Styles.Mark.UNREAD || mark == Styles.Mark.CORRECTED;
    Style text = loud ? Styles.TEXT.fill(mark.fill) : Styles.TEXT;
    Style wrapped = loud ? Styles.WRAPPED.fill(mark.fill) : Styles.WRAPPED;
    out.text("A" + r, TableId.of(f.id()).label(), text);
    out.text("B" + r, f.row(), wrapped);
    out.text("C" + r, f.column(), wrapped);
    out.text("D" + r, layout.cell(f.id()).map(c -> c.cell()).orElse(""), text);
    Style number = f.isAmount() ? Styles.AMOUNT : Styles.NUMBER;
    if (v.number() != null) {
      out.number("E" + r, v.number(), Styles.exact(loud ? number.fill(mark.fill) : number, v.number()));
    } else {
      out.blank("E" + r, text);
    }
    out.text("F" + r, placement(v), wrapped);
    out.text("G" + r, v.source().snippet(), wrapped);
    out.text("H" + r, v.source().pos().known() ? v.source().pos().toString() : "", wrapped);
    out.text("I" + r, switch (mark) {
      case PLAIN -> "";
      case NOTE -> Legend.NOTE.label();
      case CORRECTED -> Legend.CORRECTED.label();
      default -> Legend.REVIEW.label();
    }, kindStyle(mark));
    out.text("J" + r, reasons.getOrDefault(f.id(), ""), wrapped);
    out.text("K" + r, f.id(), Styles.TEXT);
    return r + 1;
  }

  private static Style kindStyle(Styles.Mark mark) {
    Style s = Styles.CENTERED;
    return mark == Styles.Mark.PLAIN ? s : s.fill(mark.fill);
  }

  /** The blank cells not to be looked at, a group for each row of the form and each set of reasons, in the form's order. */
  private List<Blanks> blanks(Report report, Layout layout, Map<String, Styles.Mark> marks, Map<String, String> reasons) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (Map.Entry<String, Value> e : report.values().entrySet()) {
      Styles.Mark mark = marks.getOrDefault(e.getKey(), Styles.Mark.PLAIN);
      if (e.getValue().kind() == ValueKind.BLANK && (mark == Styles.Mark.PLAIN || mark == Styles.Mark.NOTE)) {
        FieldSpec f = spec.field(e.getKey()).orElseThrow();
        groups.computeIfAbsent(f.rowKey() + "\u0000" + mark + "\u0000" + reasons.getOrDefault(f.id(), ""), k -> new ArrayList<>()).add(f.id());
      }
    }
    List<Blanks> out = new ArrayList<>();
    for (List<String> ids : groups.values()) {
      FieldSpec first = spec.field(ids.get(0)).orElseThrow();
      List<String> columns = new ArrayList<>();
      List<String> cells = new ArrayList<>();
      Set<String> at = new LinkedHashSet<>();
      for (String id : ids) {
        String column = spec.field(id).orElseThrow().column();
        columns.add(column.substring(column.lastIndexOf('/') + 1).strip());
        cells.add(layout.cell(id).map(c -> c.cell()).orElse(""));
        Value v = report.values().get(id);
        if (v.source().pos().known()) {
          at.add(v.source().pos().toString());
        }
      }
      out.add(new Blanks(TableId.of(first.id()), first.row(), columns, cells, ids, at.isEmpty() ? "" : at.size() > 1 ? Message.of("workbook.sources.and_more", at.iterator().next()).zh() : at.iterator().next(),
          marks.getOrDefault(first.id(), Styles.Mark.PLAIN), reasons.getOrDefault(first.id(), "")));
    }
    return out;
  }

  /** Cells named compactly: neighbours in one row as a range (E16:I16), the rest one by one. */
  static String ranges(List<String> cells) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < cells.size()) {
      int j = i;
      while (j + 1 < cells.size() && !cells.get(j + 1).isEmpty() && !cells.get(j).isEmpty()
          && org.nianbao.xlsx.Ref.rowOf(cells.get(j + 1)) == org.nianbao.xlsx.Ref.rowOf(cells.get(i))
          && org.nianbao.xlsx.Ref.colOf(cells.get(j + 1)) == org.nianbao.xlsx.Ref.colOf(cells.get(j)) + 1) {
        j++;
      }
      out.add(j > i ? cells.get(i) + ":" + cells.get(j) : cells.get(i));
      i = j + 1;
    }
    return String.join("、", out);
  }

  /** Why each flagged field was flagged, its reasons joined by {@code separator}. */
  static Map<String, String> reasonsByField(Report report, String separator) {
    return report.flags().stream().filter(f -> !f.field().isEmpty())
        .collect(Collectors.groupingBy(Flag::field, Collectors.mapping(f -> f.reason().zh(), Collectors.joining(separator))));
  }

  /** How a value was read, in the words of the 原读数 sheet: a correction, a blank or a mark as such, else its placement. */
  private static String placement(Value v) {
    if (v.placement() == org.nianbao.model.Placement.CORRECTED) {
      return OriginalSheet.PLACEMENTS.get(v.placement());
    }
    if (v.kind() == ValueKind.BLANK || v.kind() == ValueKind.MARK) {
      return OriginalSheet.KINDS.get(v.kind());
    }
    return OriginalSheet.PLACEMENTS.get(v.placement());
  }
}
