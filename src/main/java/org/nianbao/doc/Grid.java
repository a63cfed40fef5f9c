package org.nianbao.doc;

import java.util.List;

/**
 * A table as a true grid: spans are expanded, so each row has one cell per column it covers, and
 * blank cells are kept as empty text.
 */
public record Grid(List<List<Cell>> rows, SourcePos pos) implements Block {
  public Grid {
    rows = rows.stream().map(List::copyOf).toList();
  }
}
