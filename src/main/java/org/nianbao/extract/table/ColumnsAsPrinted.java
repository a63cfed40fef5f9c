package org.nianbao.extract.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.nianbao.document.SourcePos;
import org.nianbao.message.Message;
import org.nianbao.model.Flag;
import org.nianbao.model.Placement;
import org.nianbao.model.SourceRef;
import org.nianbao.model.TableId;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.form.FieldSpec;

/**
 * One table's columns as it prints them: for each row shape, the order its header showed.
 *
 * <p>A table's columns in the order it prints them, as its header shows, never by position alone: a
 * report may print 科研机构 before 商业企业, and every check would still balance with the numbers in
 * the wrong columns. The header seen before a row sets the order of its columns (and of the rows
 * after it with the same columns); a column the header does not show is filled by the form's order
 * and flagged, and a column missing from both the header and the numbers (a table cut at the page
 * edge) is left unread rather than filled from its neighbours.
 */
final class ColumnsAsPrinted {
  private final Trees trees;
  private final Map<List<String>, HeaderOrder.Resolved> known = new HashMap<>();
  /** The grid columns headed by words of columns the form has not (小计, 备注), by the grid's block. */
  private final Map<Integer, java.util.Set<Integer>> extraColumns = new HashMap<>();
  /** The first grid column the header's words name, by the grid's block: where a row's first number stands. */
  private final Map<Integer, Integer> firstColumn = new HashMap<>();
  /** How many rows of each shape printed how many cells. */
  private final Map<List<String>, Map<Integer, Integer>> widths = new HashMap<>();

  /** A table's columns, read afresh; the column trees are shared by every table and report. */
  ColumnsAsPrinted(Trees trees) {
    this.trees = trees;
  }

  /** The column trees of every row shape of the form, built once (their patterns are costly to compile). */
  static final class Trees {
    private final Map<List<String>, HeaderTree> byKey = new java.util.concurrent.ConcurrentHashMap<>();
    private final Function<String, Pattern> patterns;

    Trees(Function<String, Pattern> patterns) {
      this.patterns = patterns;
    }

    HeaderTree of(List<String> key) {
      return byKey.computeIfAbsent(key, k -> HeaderTree.of(k, patterns));
    }
  }

  /** The column path of a cell: its column under its group; 表四's groups are its rows. */
  static String path(FieldSpec f) {
    return f.table().equals("t4") ? f.row() + " / " + f.column() : f.column();
  }

  /** Takes the header labels seen before a row of these cells; they set the order if they show two columns or more. */
  void header(List<FieldSpec> cells, List<Token> labels) {
    List<String> key = key(cells);
    if (key.size() < 2 || labels.isEmpty()) {
      return;
    }
    HeaderTree tree = tree(key);
    // Group labels between rows (（三）不予公开) name no column: only labels that may hold a header are resolved.
    List<String> headers = new ArrayList<>();
    boolean several = false;
    for (Token t : labels) {
      if (t.column() >= 0 && tree.extra(t.label())) {
        extraColumns.computeIfAbsent(t.block(), b -> new java.util.HashSet<>()).add(t.column());
      } else if (t.column() >= 0 && tree.names(t.label())) {
        firstColumn.merge(t.block(), t.column(), Math::min);
      }
      boolean words = t.text().strip().indexOf(' ') > 0 && opensWithHeader(t.text(), tree);
      if (words || tree.names(t.label()) || tree.extra(t.label())) {
        headers.add(t.text());
        several |= words;
      }
    }
    if (headers.size() < 2 && !several) {
      return;
    }
    HeaderOrder.Resolved r = HeaderOrder.resolve(tree, headers);
    if (r.shown().size() >= 2) {
      known.put(key, r);
    } else if (r.shown().isEmpty()) {
      // A header read out of order (a group's label below its columns): no order from it, nor from an earlier one.
      known.remove(key);
    }
  }

  /**
   * The labels a grid row's columns are read from: its own grid's header when that grid has one,
   * else every label before the row (a header printed in a table of its own). Words before a grid
   * that has its own header may be cells a damaged file pushed out of it, with others lost: read
   * together with the grid's, they can name its columns in a wrong order that still balances.
   */
  static List<Token> ownHeader(List<Token> labels, List<Token> row) {
    if (row.isEmpty() || !row.get(0).inGrid()) {
      return labels;
    }
    int block = row.get(0).block();
    List<Token> own = labels.stream().filter(t -> t.inGrid() && t.block() == block).toList();
    return own.size() >= 2 ? own : labels;
  }

  /** Whether a label of several words starts with a header's words (a header row copied as one line), not prose that has spaces. */
  private static boolean opensWithHeader(String text, HeaderTree tree) {
    List<String> pieces = Tokenizer.words(text.strip());
    for (int k = 0; k < Math.min(3, pieces.size()); k++) {
      if (tree.names(LabelKey.of(pieces.get(k))) || k + 1 < pieces.size() && tree.names(LabelKey.of(pieces.get(k) + pieces.get(k + 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Counts a row of these cells that printed {@code printed} cells; call for every row before filling any. */
  void count(List<FieldSpec> cells, int printed) {
    widths.computeIfAbsent(key(cells), k -> new HashMap<>()).merge(printed, 1, Integer::sum);
  }

  /**
   * Whether the table lacks the columns past its {@code printed}th: more of its rows print that many
   * cells than print the form's full count (one row short of a cell is damage).
   */
  private boolean cut(List<String> key, int printed) {
    Map<Integer, Integer> w = widths.getOrDefault(key, Map.of());
    return w.getOrDefault(printed, 0) > w.getOrDefault(key.size(), 0);
  }

  /** Fills a row's cells from the tokens after its label, in the printed order of its columns. */
  RowFiller.Filled fill(RowFiller filler, List<FieldSpec> cells, List<Token> printed, SourcePos at) {
    HeaderOrder.Resolved r = cells.size() < 2 ? null : known.get(key(cells));
    List<Token> tokens = printed;
    List<Flag> extra = new ArrayList<>();
    java.util.Set<Integer> gridExtras = printed.isEmpty() ? null : extraColumns.get(printed.get(0).block());
    // A grid row is read by its columns only where it lines up with its header: its first number
    // under the header's first column (a row that lost or gained a cell before it does not).
    boolean inGrid = !printed.isEmpty() && printed.get(0).column() >= 0;
    if (inGrid && gridExtras != null && !firstColumn.getOrDefault(printed.get(0).block(), -1).equals(printed.get(0).column())) {
      gridExtras = null;
    }
    if (inGrid && gridExtras != null || !inGrid && r != null && !r.extras().isEmpty() && printed.size() == cells.size() + r.extras().size()) {
      // The table prints columns the form has not (小计, 备注): their cells are left out, and said —
      // in a grid, those under such a header; in a text table, those at its place in the header.
      tokens = new ArrayList<>();
      for (int i = 0; i < printed.size(); i++) {
        Token t = printed.get(i);
        boolean out = inGrid ? gridExtras.contains(t.column()) : r.extras().containsKey(i);
        if (!out) {
          tokens.add(t);
        } else if (t.isFilled()) {
          extra.add(new Flag("", Message.of("report.extra_column", TableId.of(cells.get(0).id()).label(), t.text().strip()), t.pos()));
        }
      }
    }
    RowFiller.Filled filled = ordered(filler, cells, tokens, at);
    if (!extra.isEmpty()) {
      extra.addAll(0, filled.flags());
      filled = new RowFiller.Filled(filled.values(), extra);
    }
    if (r == null || r.guessed().isEmpty()) {
      return filled;
    }
    // A column known by a header word one character off the form's: its figures stand, flagged.
    List<Flag> flags = new ArrayList<>(filled.flags());
    for (FieldSpec f : cells) {
      Value v = filled.values().get(f.id());
      String word = r.guessed().get(path(f));
      if (word != null && v != null && v.kind() != ValueKind.UNREAD) {
        flags.add(new Flag(f.id(), Message.of("cell.header_guessed", word, f.column().substring(f.column().lastIndexOf('/') + 1).strip()), v.source().pos().known() ? v.source().pos() : at));
      }
    }
    return new RowFiller.Filled(filled.values(), flags);
  }

  private RowFiller.Filled ordered(RowFiller filler, List<FieldSpec> cells, List<Token> tokens, SourcePos at) {
    List<String> key = key(cells);
    if (key.size() < 2) {
      return filler.fill(cells, tokens, at);
    }
    Map<String, FieldSpec> byPath = new LinkedHashMap<>();
    cells.forEach(c -> byPath.put(path(c), c));
    HeaderOrder.Resolved r = known.get(key);
    if (r == null) {
      return byPosition(filler.fill(cells, tokens, at), cells, java.util.Set.of(), at);
    }
    if (r.complete() && r.order().equals(key)) {
      return filler.fill(cells, tokens, at);
    }
    if (!r.complete() && !r.shown().isEmpty() && tokens.size() == r.shown().size() && cut(key, tokens.size())) {
      return unbalanced(filler, cutAt(filler, r.shownInOrder().stream().map(byPath::get).toList(), tokens, r, byPath, at), at);
    }
    if (!r.complete() && shownFirst(r) && tokens.size() > r.shown().size() && tokens.size() < key.size() && cut(key, tokens.size())) {
      // Cut through a column: its header shows only a stub (结果 of 结果纠正) while its numbers still
      // show. The columns before it are read by their headers; it, by its place after them, flagged.
      List<FieldSpec> printed = r.order().subList(0, tokens.size()).stream().map(byPath::get).toList();
      RowFiller.Filled f = byPosition(filler.fill(printed, tokens, at), printed, r.shown(), at);
      return unbalanced(filler, cutAt(f, printed, r, byPath, at), at);
    }
    List<FieldSpec> printed = r.order().stream().map(byPath::get).toList();
    return byPosition(filler.fill(printed, tokens, at), printed, r.shown(), at);
  }

  /** The shown columns read from the tokens, every other column of the row left unread as cut off. */
  private static RowFiller.Filled cutAt(RowFiller filler, List<FieldSpec> shown, List<Token> tokens, HeaderOrder.Resolved r, Map<String, FieldSpec> byPath, SourcePos at) {
    return cutAt(filler.fill(shown, tokens, at), shown, r, byPath, at);
  }

  private static RowFiller.Filled cutAt(RowFiller.Filled read, List<FieldSpec> shown, HeaderOrder.Resolved r, Map<String, FieldSpec> byPath, SourcePos at) {
    Map<String, Value> values = new LinkedHashMap<>(read.values());
    List<Flag> flags = new ArrayList<>(read.flags());
    for (String p : r.order()) {
      FieldSpec f = byPath.get(p);
      if (!shown.contains(f)) {
        values.put(f.id(), Value.unread(new SourceRef("", at)));
        flags.add(new Flag(f.id(), Message.of("unread.column_not_shown"), at));
      }
    }
    return new RowFiller.Filled(values, flags);
  }

  /**
   * A row read by the columns a cut header shows is trusted only if its checks that can be made
   * hold: when one fails, its numbers may not stand under the headers they seem to (a cell lost or
   * doubled before the edge), and every number of the row is flagged, the cut group's too.
   */
  private static RowFiller.Filled unbalanced(RowFiller filler, RowFiller.Filled read, SourcePos at) {
    if (filler.balances(read.values())) {
      return read;
    }
    List<Flag> flags = new ArrayList<>(read.flags());
    read.values().forEach((id, v) -> {
      if (v.kind() != ValueKind.UNREAD) {
        flags.add(new Flag(id, Message.of("cell.cut_unbalanced"), v.source().pos().known() ? v.source().pos() : at));
      }
    });
    return new RowFiller.Filled(read.values(), flags);
  }

  /** Whether the columns the header shows come first in the printed order, the others after them. */
  private static boolean shownFirst(HeaderOrder.Resolved r) {
    return r.order().subList(0, r.shown().size()).equals(r.shownInOrder());
  }

  /** Flags the values of the cells whose column the header did not show: they were placed by the form's order. */
  private static RowFiller.Filled byPosition(RowFiller.Filled filled, List<FieldSpec> cells, java.util.Set<String> shown, SourcePos at) {
    Map<String, Value> values = new LinkedHashMap<>(filled.values());
    List<Flag> flags = new ArrayList<>(filled.flags());
    for (FieldSpec f : cells) {
      Value v = values.get(f.id());
      if (!shown.contains(path(f)) && v != null && v.kind() != ValueKind.UNREAD) {
        values.put(f.id(), new Value(v.kind(), v.number(), v.placement() == Placement.READ ? Placement.BY_POSITION : v.placement(), v.source()));
        flags.add(new Flag(f.id(), Message.of("cell.by_position"), v.source().pos().known() ? v.source().pos() : at));
      }
    }
    return new RowFiller.Filled(values, flags);
  }

  private static List<String> key(List<FieldSpec> cells) {
    return cells.stream().map(ColumnsAsPrinted::path).toList();
  }

  private HeaderTree tree(List<String> key) {
    return trees.of(key);
  }
}
