package org.nianbao.read.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.nianbao.document.Cell;
import org.nianbao.document.Grid;
import org.nianbao.document.SourcePos;

/**
 * Expands an HTML table into a true grid, as a browser lays it out: a cell with rowspan or colspan
 * is placed at its first free position and its copies fill the rest of its area, marked as span
 * copies; rows and cells the page hides take no place (a spreadsheet saved as a web page keeps its
 * hidden columns so), a cell made invisible stays, empty; the header rows come first and the footer
 * rows last, wherever the markup puts them.
 */
final class GridBuilder {
  private GridBuilder() {}

  static Grid build(Element table, String path, Styles styles) {
    List<Element> trs = rows(table, styles);
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
        Styles.Display shown = styles.of(td);
        if (shown == Styles.Display.NONE) {
          continue;
        }
        while (col < row.size() && row.get(col) != null) {
          col++;
        }
        int rows = span(td, "rowspan");
        int cols = span(td, "colspan");
        SourcePos pos = new SourcePos(td.sourceRange().start().lineNumber(), path + "/tr[" + (r + 1) + "]/td[" + c + "]");
        Cell cell = new Cell(shown == Styles.Display.INVISIBLE ? "" : CellText.of(td, styles), pos, false, brokenMarkup(td));
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

  /**
   * A table built of boxes the page's styles lay out as one ({@code display: table}, its rows
   * {@code table-row}, their cells {@code table-cell}, rows directly or in a group), or null when
   * the box holds no such row.
   */
  static Grid boxes(Element table, String path, Styles styles) {
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      Styles.Display d = styles.of(child);
      if (d == Styles.Display.ROW) {
        rows.add(child);
      } else if (d == Styles.Display.NORMAL) {
        for (Element grand : child.children()) {
          if (styles.of(grand) == Styles.Display.ROW) {
            rows.add(grand);
          }
        }
      }
    }
    List<List<Cell>> grid = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> row = new ArrayList<>();
      int c = 0;
      for (Element cell : rows.get(r).children()) {
        Styles.Display d = styles.of(cell);
        c++;
        if (d == Styles.Display.CELL || d == Styles.Display.INVISIBLE) {
          SourcePos pos = new SourcePos(cell.sourceRange().start().lineNumber(), path + "/tr[" + (r + 1) + "]/td[" + c + "]");
          row.add(new Cell(d == Styles.Display.INVISIBLE ? "" : CellText.of(cell, styles), pos, false));
        }
      }
      if (!row.isEmpty()) {
        grid.add(row);
      }
    }
    if (grid.isEmpty()) {
      return null;
    }
    int width = grid.stream().mapToInt(List::size).max().orElse(0);
    List<List<Cell>> padded = grid.stream().map(row -> {
      List<Cell> out = new ArrayList<>(row);
      while (out.size() < width) {
        out.add(new Cell("", SourcePos.line(0), true));
      }
      return (List<Cell>) out;
    }).toList();
    return new Grid(padded, new SourcePos(table.sourceRange().start().lineNumber(), path));
  }

  /** The rows a browser shows, in the order it shows them: the head's first, the foot's last. */
  private static List<Element> rows(Element table, Styles styles) {
    List<Element> head = new ArrayList<>();
    List<Element> body = new ArrayList<>();
    List<Element> foot = new ArrayList<>();
    Element checked = null;
    boolean checkedShown = true;
    for (Element tr : table.getElementsByTag("tr")) {
      Styles.Display own = styles.of(tr);
      boolean shown = own != Styles.Display.NONE && own != Styles.Display.INVISIBLE;
      Element group = tr.parent();
      // The row's group (tbody, thead, tfoot) is looked at once for all its rows.
      if (group != null && group != table) {
        if (group != checked) {
          checked = group;
          checkedShown = true;
          for (Element p = group; p != null && p != table && checkedShown; p = p.parent()) {
            Styles.Display d = styles.of(p);
            checkedShown = d != Styles.Display.NONE && d != Styles.Display.INVISIBLE;
          }
        }
        shown &= checkedShown;
      }
      if (shown) {
        String name = group == null ? "" : group.normalName();
        (name.equals("thead") ? head : name.equals("tfoot") ? foot : body).add(tr);
      }
    }
    if (head.isEmpty() && foot.isEmpty()) {
      return body;
    }
    List<Element> out = new ArrayList<>(head);
    out.addAll(body);
    out.addAll(foot);
    return out;
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
