package org.nianbao.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.nianbao.doc.SourcePos;
import org.nianbao.message.Message;
import org.nianbao.model.Flag;
import org.nianbao.model.Placement;
import org.nianbao.model.SourceRef;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.spec.FieldSpec;

/**
 * A table's columns in the order it prints them, as its header shows, never by position alone: a
 * report may print 科研机构 before 商业企业, and every check would still balance with the numbers in
 * the wrong columns. The header seen before a row sets the order of its columns (and of the rows
 * after it with the same columns); a column the header does not show is filled by the form's order
 * and flagged, and a column missing from both the header and the numbers (a table cut at the page
 * edge) is left unread rather than filled from its neighbours.
 */
final class PrintedColumns {
  private final Function<String, Pattern> patterns;
  private final Map<List<String>, ColumnTree> trees = new HashMap<>();
  private final Map<List<String>, ColumnOrder.Resolved> known = new HashMap<>();

  PrintedColumns(Function<String, Pattern> patterns) {
    this.patterns = patterns;
  }

  /** The column path of a cell: its column under its group; 表四's groups are its rows. */
  static String path(FieldSpec f) {
    return f.table().equals("t4") ? f.row() + " / " + f.column() : f.column();
  }

  /** Takes the header labels seen before a row of these cells; they set the order if they show two columns or more. */
  void header(List<FieldSpec> cells, List<String> labels) {
    List<String> key = key(cells);
    if (key.size() < 2 || labels.isEmpty()) {
      return;
    }
    ColumnOrder.Resolved r = ColumnOrder.resolve(tree(key), labels);
    if (r.shown().size() >= 2) {
      known.put(key, r);
    }
  }

  /** Fills a row's cells from the tokens after its label, in the printed order of its columns. */
  RowFiller.Filled fill(RowFiller filler, List<FieldSpec> cells, List<Token> tokens, SourcePos at) {
    List<String> key = key(cells);
    if (key.size() < 2) {
      return filler.fill(cells, tokens, at);
    }
    Map<String, FieldSpec> byPath = new LinkedHashMap<>();
    cells.forEach(c -> byPath.put(path(c), c));
    ColumnOrder.Resolved r = known.getOrDefault(key, new ColumnOrder.Resolved(key, java.util.Set.of()));
    if (!r.complete() && !r.shown().isEmpty() && tokens.size() == r.shown().size()) {
      RowFiller.Filled shown = filler.fill(r.shownInOrder().stream().map(byPath::get).toList(), tokens, at);
      Map<String, Value> values = new LinkedHashMap<>(shown.values());
      List<Flag> flags = new ArrayList<>(shown.flags());
      for (String p : r.order()) {
        if (!r.shown().contains(p)) {
          FieldSpec f = byPath.get(p);
          values.put(f.id(), Value.unread(new SourceRef("", at)));
          flags.add(new Flag(f.id(), Message.of("unread.column_not_shown"), at));
        }
      }
      return new RowFiller.Filled(values, flags);
    }
    RowFiller.Filled filled = filler.fill(r.order().stream().map(byPath::get).toList(), tokens, at);
    Map<String, Value> values = new LinkedHashMap<>(filled.values());
    List<Flag> flags = new ArrayList<>(filled.flags());
    for (String p : r.order()) {
      FieldSpec f = byPath.get(p);
      Value v = values.get(f.id());
      if (!r.shown().contains(p) && v != null && v.kind() != ValueKind.UNREAD) {
        values.put(f.id(), new Value(v.kind(), v.number(), v.placement() == Placement.READ ? Placement.BY_POSITION : v.placement(), v.source()));
        flags.add(new Flag(f.id(), Message.of("cell.by_position"), v.source().pos().known() ? v.source().pos() : at));
      }
    }
    return new RowFiller.Filled(values, flags);
  }

  private static List<String> key(List<FieldSpec> cells) {
    return cells.stream().map(PrintedColumns::path).toList();
  }

  private ColumnTree tree(List<String> key) {
    return trees.computeIfAbsent(key, k -> ColumnTree.of(k, patterns));
  }
}
