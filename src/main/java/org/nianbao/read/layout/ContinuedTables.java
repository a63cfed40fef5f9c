package org.nianbao.read.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.nianbao.document.Cell;
import org.nianbao.document.Grid;

/** A table that a page break cut in two, joined again (see {@link #joined}). */
final class ContinuedTables {
  private static final Pattern NUMBER = Pattern.compile("[-+增减]?\\d[\\d,.]*");

  private ContinuedTables() {}

  /** Whether a table that starts on page {@code nextPage} may continue one that ended on page {@code page}: it has as many columns. */
  static boolean continues(Grid table, int page, Grid next, int nextPage) {
    return nextPage == page + 1 && width(table) == width(next);
  }

  private static int width(Grid g) {
    return g.rows().isEmpty() ? 0 : g.rows().get(0).size();
  }

  /**
   * A table that ends one page and one with as many columns that starts the next are one table: its
   * rows are both parts' rows, less the header rows (all or some) the second part repeats. A row the page break cut
   * in two (Word lets rows break across pages: （四）无法 / 提供) is joined again: the second part's
   * first row holds no number, and each of its cells continues a label cell of its own in the row
   * above (not one spanning from further left), whose numbers, if any, stand in the first part.
   */
  static Grid joined(Grid first, Grid second) {
    List<List<Cell>> rows = new ArrayList<>(first.rows());
    List<List<Cell>> more = second.rows();
    // The header rows the second part repeats: all of the first part's, or some of them (Word repeats only the rows marked so).
    Set<List<String>> header = new HashSet<>();
    for (List<Cell> r : first.rows()) {
      if (r.stream().anyMatch(c -> numberish(c.text()))) {
        break;
      }
      header.add(texts(r));
    }
    int from = 0;
    while (from < more.size() && header.contains(texts(more.get(from)))) {
      from++;
    }
    if (from < more.size() && !rows.isEmpty() && continuesRow(rows.get(rows.size() - 1), more.get(from))) {
      List<Cell> before = rows.remove(rows.size() - 1);
      List<Cell> row = new ArrayList<>(before.size());
      for (int c = 0; c < before.size(); c++) {
        Cell rest = more.get(from).get(c);
        row.add(rest.spanCopy() || rest.text().isBlank() ? before.get(c) : before.get(c).withText(before.get(c).text() + rest.text()));
      }
      rows.add(row);
      from++;
    }
    rows.addAll(more.subList(from, more.size()));
    return new Grid(rows, first.pos());
  }

  private static boolean continuesRow(List<Cell> above, List<Cell> row) {
    if (above.size() != row.size()) {
      return false;
    }
    boolean any = false;
    for (int c = 0; c < row.size(); c++) {
      Cell cell = row.get(c);
      if (cell.spanCopy() || cell.text().isBlank()) {
        continue;
      }
      Cell top = above.get(c);
      if (numberish(cell.text()) || top.spanCopy() || top.text().isBlank() || numberish(top.text())) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static boolean numberish(String text) {
    return NUMBER.matcher(text.strip()).matches();
  }

  private static List<String> texts(List<Cell> row) {
    return row.stream().map(Cell::text).toList();
  }
}
