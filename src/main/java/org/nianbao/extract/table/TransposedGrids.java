package org.nianbao.extract.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.document.Block;
import org.nianbao.document.Cell;
import org.nianbao.document.Grid;
import org.nianbao.form.RowLabel;

/**
 * Grids published transposed, known by the form's words and turned back to the form's way.
 *
 * <p>Turns back tables published transposed: 表二 with its items (规章, 行政规范性文件, 行政许可 …) along
 * the top and its counts (本年制发件数 …) down the side. Such a grid is known by its labels — every
 * label of its first row after the first cell names an item, and its first column names counts —
 * and is flipped so that it reads as the form prints it.
 */
public final class TransposedGrids {
  private final List<Pattern> items;
  private final List<Pattern> counts;

  /**
   * @param items the row labels of the table that may come transposed
   * @param counts the column headers of that table
   */
  public TransposedGrids(List<RowLabel> items, List<Pattern> counts) {
    this.items = items.stream().map(RowLabel::pattern).toList();
    this.counts = List.copyOf(counts);
  }

  public List<Block> apply(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      out.add(b instanceof Grid g && transposed(g) ? flip(g) : b);
    }
    return out;
  }

  private boolean transposed(Grid g) {
    if (g.rows().size() < 2 || g.rows().get(0).size() < 2) {
      return false;
    }
    List<Cell> top = g.rows().get(0);
    int named = 0;
    for (int c = 1; c < top.size(); c++) {
      if (top.get(c).spanCopy() || top.get(c).text().isBlank()) {
        continue;
      }
      if (!matches(items, top.get(c).text())) {
        return false;
      }
      named++;
    }
    if (named == 0) {
      return false;
    }
    for (int r = 1; r < g.rows().size(); r++) {
      if (g.rows().get(r).isEmpty()) {
        continue;
      }
      Cell side = g.rows().get(r).get(0);
      if (!side.spanCopy() && !side.text().isBlank() && !matches(counts, side.text())) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(List<Pattern> patterns, String text) {
    String key = LabelKey.of(text).key();
    return !key.isEmpty() && patterns.stream().anyMatch(p -> p.matcher(key).find());
  }

  private static Grid flip(Grid g) {
    int cols = g.rows().stream().mapToInt(List::size).max().orElse(0);
    List<List<Cell>> rows = new ArrayList<>();
    for (int c = 0; c < cols; c++) {
      List<Cell> row = new ArrayList<>();
      for (List<Cell> r : g.rows()) {
        row.add(c < r.size() ? r.get(c) : new Cell("", g.pos(), true));
      }
      rows.add(row);
    }
    return new Grid(rows, g.pos());
  }
}
