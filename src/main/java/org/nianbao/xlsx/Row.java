package org.nianbao.xlsx;

import java.util.Arrays;

/** A row's cells by column, how many are set, and the height and hiding asked for it. */
final class Row {
  Cell[] cells = new Cell[8];
  int count;
  double height;
  boolean hidden;

  void put(int col, Cell cell) {
    if (col >= cells.length) {
      cells = Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
    }
    if (cells[col] == null) {
      count++;
    }
    cells[col] = cell;
  }
}
