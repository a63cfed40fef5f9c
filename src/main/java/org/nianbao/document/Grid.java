package org.nianbao.document;

import java.util.List;

/**
 * A table as a true grid: spans are expanded, so each row has one cell per column it covers, and
 * blank cells are kept as empty text.
 */
public record Grid(List<List<Cell>> rows, SourcePos pos) implements Block {
  /** Spans beyond this are malformed or hostile; the official forms need far fewer. */
  public static final int MAX_SPAN = 64;

  public Grid {
    rows = rows.stream().map(List::copyOf).toList();
  }

  @Override
  public Grid within(String part) {
    return new Grid(rows.stream().map(row -> row.stream().map(c -> c.within(part)).toList()).toList(), pos.within(part));
  }

  /** A row or column span as a source gives it, held to 1…{@link #MAX_SPAN}. */
  public static int boundedSpan(long n) {
    return (int) Math.max(1, Math.min(n, MAX_SPAN));
  }
}
