package org.nianbao.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.message.Message;
import org.nianbao.model.CheckResult;
import org.nianbao.model.Placement;
import org.nianbao.model.Report;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.form.FieldSpec;
import org.nianbao.form.LayoutEntry;
import org.nianbao.form.ReportSpec;
import org.nianbao.xlsx.Ref;

/**
 * One statutory table laid out as the official form prints it, from the layout: merged headers,
 * row labels, and the report's values in their cells. A value to be looked at (需核对) is orange,
 * one inferred as the checks confirm (说明) pale blue, each with a note saying why; unread cells
 * are yellow. A cell read by a failing check turns rose, live. A legend below the form says so.
 */
final class TableSheet {
  private static final String REVIEW_PREFIX = Message.of("workbook.comment.review").zh();
  private static final String NOTE_PREFIX = Message.of("workbook.comment.note").zh();

  private final ReportSpec spec;
  private final Report report;
  private final Map<String, Integer> checkRows;
  private final Map<String, String> reasons;
  private final Map<String, Styles.Mark> marks;

  TableSheet(ReportSpec spec, Report report, Map<String, Integer> checkRows) {
    this.spec = spec;
    this.report = report;
    this.checkRows = checkRows;
    this.reasons = SourceSheet.reasonsByField(report, "\n");
    this.marks = marks(report);
  }

  /** How each flagged or inferred field is marked: unread, to be looked at, or a note. */
  static Map<String, Styles.Mark> marks(Report report) {
    Map<String, Styles.Mark> out = new HashMap<>();
    report.values().forEach((id, v) -> {
      if (report.corrected(id)) {
        out.put(id, Styles.Mark.CORRECTED);
      } else if (v.kind() == ValueKind.UNREAD) {
        out.put(id, Styles.Mark.UNREAD);
      } else if (v.placement() != Placement.READ) {
        out.put(id, Styles.Mark.NOTE);
      }
    });
    for (org.nianbao.model.Flag f : report.flags()) {
      if (!f.field().isEmpty() && out.get(f.field()) != Styles.Mark.UNREAD && out.get(f.field()) != Styles.Mark.CORRECTED) {
        out.merge(f.field(), f.review() ? Styles.Mark.REVIEW : Styles.Mark.NOTE, (a, b) -> a.compareTo(b) >= 0 ? a : b);
      }
    }
    return out;
  }

  void write(SheetWriter out, List<LayoutEntry> entries, boolean present) {
    for (LayoutEntry e : entries) {
      if (e.kind() == LayoutEntry.Kind.WIDTH) {
        out.width(e.range(), Integer.parseInt(e.content()));
      } else if (e.kind() == LayoutEntry.Kind.TITLE) {
        out.merge(e.range(), Styles.FORM_TITLE);
        out.text(e.firstCell(), e.content(), Styles.FORM_TITLE);
        out.sheet().height(0, 24);
        if (!present) {
          out.text("A3", Message.of("workbook.table.not_found").zh(), Styles.BOLD);
          return;
        }
      } else if (e.kind() == LayoutEntry.Kind.FIELD) {
        field(out, e);
      } else {
        out.merge(e.range(), e.kind() == LayoutEntry.Kind.HEADER ? Styles.HEADER : Styles.LABEL);
        out.text(e.firstCell(), e.content(), e.kind() == LayoutEntry.Kind.HEADER ? Styles.HEADER : Styles.LABEL);
      }
    }
    int header = freezeRows(entries);
    out.sheet().freeze(0, header);
    out.sheet().repeatRows(0, header - 1);
    redWhereChecksFail(out, entries);
    Legend.write(out, lastRow(entries) + 2, lastColumn(entries), legend(report));
  }

  /** What a cell's note starts with: the kind of mark it explains (none for a correction, whose note says so itself). */
  private static String notePrefix(Styles.Mark mark) {
    return switch (mark) {
      case UNREAD -> LayoutValues.UNREAD_NOTE;
      case REVIEW -> REVIEW_PREFIX;
      case CORRECTED -> "";
      default -> NOTE_PREFIX;
    };
  }

  private void field(SheetWriter out, LayoutEntry e) {
    String id = e.content();
    Value v = report.values().get(id);
    FieldSpec f = spec.field(id).orElseThrow();
    Styles.Mark mark = v == null ? Styles.Mark.UNREAD : marks.getOrDefault(id, Styles.Mark.PLAIN);
    Styles.Value kind = f.isAmount() ? Styles.Value.AMOUNT : f.isSigned() ? Styles.Value.SIGNED : Styles.Value.COUNT;
    out.merge(e.range(), Styles.value(kind, mark));
    if (v != null && v.kind() == ValueKind.NUMBER) {
      out.number(e.firstCell(), v.number(), Styles.exact(Styles.value(kind, mark), v.number()));
    } else if (v != null && v.kind() == ValueKind.MARK) {
      out.text(e.firstCell(), v.source().snippet(), Styles.value(Styles.Value.TEXT, mark));
    }
    String why = reasons.getOrDefault(id, "");
    if (!why.isEmpty()) {
      out.comment(e.firstCell(), notePrefix(mark) + why);
    }
  }

  /** The colours a table sheet uses: 人工更正 only where a person corrected the workbook. */
  static List<Legend> legend(Report report) {
    return report.originals().isEmpty() ? List.of(Legend.REVIEW, Legend.UNREAD, Legend.NOTE, Legend.FAILING)
        : List.of(Legend.REVIEW, Legend.UNREAD, Legend.NOTE, Legend.CORRECTED, Legend.FAILING);
  }

  /** The last row (1-based) the form takes. */
  private static int lastRow(List<LayoutEntry> entries) {
    int last = 1;
    for (LayoutEntry e : entries) {
      if (e.kind() != LayoutEntry.Kind.WIDTH) {
        String end = e.range().contains(":") ? e.range().substring(e.range().indexOf(':') + 1) : e.range();
        last = Math.max(last, Ref.rowOf(end) + 1);
      }
    }
    return last;
  }

  /** The form's last column, as its title spans it. */
  private static String lastColumn(List<LayoutEntry> entries) {
    for (LayoutEntry e : entries) {
      if (e.kind() == LayoutEntry.Kind.TITLE && e.range().contains(":")) {
        return e.range().substring(e.range().indexOf(':') + 1).replaceAll("[0-9]", "");
      }
    }
    return "D";
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
    Map<String, String> cellOf = new HashMap<>();
    entries.stream().filter(e -> e.kind() == LayoutEntry.Kind.FIELD).forEach(e -> cellOf.put(e.content(), e.firstCell()));
    for (CheckResult c : report.checks()) {
      List<String> cells = c.fields().stream().filter(cellOf::containsKey).map(cellOf::get).toList();
      if (cells.isEmpty() || !checkRows.containsKey(c.id())) {
        continue;
      }
      String failing = Sheets.ref(Sheets.CHECKS, "$" + Sheets.RESULT_COLUMN + "$" + checkRows.get(c.id())) + "=\"" + Sheets.FAIL + "\"";
      out.sheet().highlight(String.join(" ", cells), failing, Styles.FAILING);
    }
  }
}
