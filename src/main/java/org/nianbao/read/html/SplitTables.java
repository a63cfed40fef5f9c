package org.nianbao.read.html;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.document.Block;
import org.nianbao.document.Cell;
import org.nianbao.document.Grid;

/**
 * Tables a page prints as one but writes as two: its header rows in a table of their own and its
 * body in the next, nothing between them, with the same columns (scrolling tables keep their
 * header still so, and editors split a table pasted in two goes). A browser shows one table; so is
 * it read, the body's own empty header rows (kept only to size its columns) left out.
 */
final class SplitTables {
  private SplitTables() {}

  static List<Block> join(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      if (b instanceof Grid body && !out.isEmpty() && out.get(out.size() - 1) instanceof Grid head && headerOnly(head) && width(head) == width(body)) {
        List<List<Cell>> rows = new ArrayList<>(head.rows());
        boolean leading = true;
        for (List<Cell> row : body.rows()) {
          leading &= row.stream().allMatch(c -> c.text().isBlank());
          if (!leading) {
            rows.add(row);
          }
        }
        out.set(out.size() - 1, new Grid(rows, head.pos()));
      } else {
        out.add(b);
      }
    }
    return out;
  }

  /** A table of at least two columns holding no digit: headers only. */
  private static boolean headerOnly(Grid g) {
    if (width(g) < 2) {
      return false;
    }
    for (List<Cell> row : g.rows()) {
      for (Cell c : row) {
        String t = c.text();
        for (int i = 0; i < t.length(); i++) {
          if (Character.isDigit(t.charAt(i))) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static int width(Grid g) {
    return g.rows().stream().mapToInt(List::size).max().orElse(0);
  }
}
