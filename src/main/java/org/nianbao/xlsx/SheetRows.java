package org.nianbao.xlsx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a sheet not yet written, from row {@link #flushedBelow} on (null where no cell was
 * set), and the sheet's extent so far. Rows and columns are 0-based.
 */
final class SheetRows {
  /** Takes one row as it is handed out to be written. */
  interface RowTaker {
    void take(int r, Row row) throws IOException;
  }

  private final String sheetName;
  private final List<Row> rows = new ArrayList<>();
  private int flushedBelow;
  private int maxRow = -1;
  private int maxCol = -1;

  SheetRows(String sheetName) {
    this.sheetName = sheetName;
  }

  int maxRow() {
    return maxRow;
  }

  int maxCol() {
    return maxCol;
  }

  /** The first row still held; those above are written. */
  int flushedBelow() {
    return flushedBelow;
  }

  void put(int row, int col, Cell cell) {
    row(row).put(col, cell);
    maxCol = Math.max(maxCol, col);
  }

  Row row(int r) {
    if (r < flushedBelow) {
      throw new IllegalStateException("row " + (r + 1) + " of " + sheetName + " was already written");
    }
    maxRow = Math.max(maxRow, r);
    int i = r - flushedBelow;
    while (rows.size() <= i) {
      rows.add(null);
    }
    Row row = rows.get(i);
    if (row == null) {
      row = new Row();
      rows.set(i, row);
    }
    return row;
  }

  /** Hands the rows above {@code before} that have cells or settings to {@code taker}, in order, and forgets them. */
  void drain(int before, RowTaker taker) throws IOException {
    if (before <= flushedBelow) {
      return;
    }
    int done = (int) Math.min(rows.size(), (long) before - flushedBelow);
    for (int i = 0; i < done; i++) {
      if (rows.get(i) != null) {
        taker.take(flushedBelow + i, rows.get(i));
      }
    }
    rows.subList(0, done).clear();
    flushedBelow = before;
  }
}
