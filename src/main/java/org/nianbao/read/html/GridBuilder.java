package org.nianbao.read.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.nianbao.doc.Cell;
import org.nianbao.doc.Grid;
import org.nianbao.doc.SourcePos;

/**
 * Expands an HTML table into a true grid: a cell with rowspan or colspan is placed at its first
 * free position and its copies fill the rest of its area, marked as span copies.
 */
final class GridBuilder {
  private GridBuilder() {}

  static Grid build(Element table, String path) {
    List<Element> trs = table.getElementsByTag("tr");
    List<List<Cell>> grid = new ArrayList<>();
    for (int r = 0; r < trs.size(); r++) {
      List<Cell> row = rowAt(grid, r);
      int col = 0;
      int c = 0;
      for (Element td : trs.get(r).children()) {
        if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
          continue;
        }
        c++;
        while (col < row.size() && row.get(col) != null) {
          col++;
        }
        int rows = span(td, "rowspan");
        int cols = span(td, "colspan");
        SourcePos pos = new SourcePos(td.sourceRange().start().lineNumber(), path + "/tr[" + (r + 1) + "]/td[" + c + "]");
        Cell cell = new Cell(td.text(), pos, false, brokenMarkup(td));
        for (int dr = 0; dr < rows && r + dr < trs.size(); dr++) {
          List<Cell> target = rowAt(grid, r + dr);
          for (int dc = 0; dc < cols; dc++) {
            put(target, col + dc, dr == 0 && dc == 0 ? cell : new Cell(cell.text(), pos, true));
          }
        }
        col += cols;
      }
    }
    return new Grid(grid.stream().map(GridBuilder::filled).toList(), new SourcePos(table.sourceRange().start().lineNumber(), path));
  }

  private static List<Cell> rowAt(List<List<Cell>> grid, int r) {
    while (grid.size() <= r) {
      grid.add(new ArrayList<>());
    }
    return grid.get(r);
  }

  private static void put(List<Cell> row, int col, Cell cell) {
    while (row.size() <= col) {
      row.add(null);
    }
    row.set(col, cell);
  }

  private static List<Cell> filled(List<Cell> row) {
    List<Cell> out = new ArrayList<>(row.size());
    for (Cell c : row) {
      out.add(c == null ? new Cell("", SourcePos.line(0), true) : c);
    }
    return out;
  }

  /** An attribute that swallowed markup ({@code colspan="3><td>…}): a quote was lost and cells with it. */
  private static boolean brokenMarkup(Element td) {
    for (Attribute a : td.attributes()) {
      if (a.getKey().contains("\"") || a.getKey().contains("<") || a.getValue().contains("<") || a.getValue().contains(">")) {
        return true;
      }
    }
    return false;
  }

  private static int span(Element td, String attr) {
    String value = td.attr(attr).trim();
    // Most cells have no span: no exception thrown (and its stack filled) for each of them.
    if (value.isEmpty()) {
      return 1;
    }
    try {
      int n = Integer.parseInt(value);
      return Grid.boundedSpan(n);
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
