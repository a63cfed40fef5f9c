package org.nianbao.read.word;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.document.Cell;
import org.nianbao.document.Grid;
import org.nianbao.document.SourcePos;

/**
 * Builds a true grid from Word table rows: a cell spanning columns fills them with span copies, and
 * a cell that continues a vertical merge repeats the text of the cell above as a span copy.
 */
final class WordGrid {
  private final String path;
  private final List<List<Cell>> rows = new ArrayList<>();
  private List<Cell> row;

  WordGrid(String path) {
    this.path = path;
  }

  /** Starts a row whose first {@code skipped} grid columns hold no cell. */
  void startRow(int skipped) {
    row = new ArrayList<>();
    rows.add(row);
    for (int i = 0; i < skipped; i++) {
      row.add(new Cell("", SourcePos.line(0), true));
    }
  }

  /** Adds a cell to the row; a cell of a {@code damaged} row is marked damaged. */
  void cell(String text, int span, boolean continuesAbove, boolean damaged, SourcePos pos) {
    int col = row.size();
    Cell first;
    if (continuesAbove && rows.size() > 1) {
      List<Cell> above = rows.get(rows.size() - 2);
      Cell origin = col < above.size() ? above.get(col) : new Cell("", pos, true);
      first = new Cell(origin.text(), origin.pos(), true);
    } else {
      first = new Cell(text, pos, false, damaged);
    }
    row.add(first);
    for (int i = 1; i < span; i++) {
      row.add(new Cell(first.text(), first.pos(), true));
    }
  }

  /**
   * Adds a cell that continues the one to its left (a horizontal merge written cell by cell, as Word
   * 97 did): span copies of that cell, or an empty cell when the row has none yet.
   */
  void continueLeft(int span, SourcePos pos) {
    Cell left = row.isEmpty() ? new Cell("", pos, false) : row.get(row.size() - 1);
    for (int i = 0; i < span; i++) {
      row.add(new Cell(left.text(), left.pos(), true, left.damaged()));
    }
  }

  /**
   * A cell's lines as one text: a break between two Chinese characters joins them (a narrow or
   * turned header typed a character a line, 社↵会↵公↵益, is one word), any other break is a space.
   */
  static String joinLines(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\n') {
        out.append(c);
      } else if (!(out.length() > 0 && isHan(out.charAt(out.length() - 1)) && i + 1 < s.length() && isHan(s.charAt(i + 1)))) {
        out.append(' ');
      }
    }
    return out.toString();
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  Grid build() {
    SourcePos at = new SourcePos(0, path);
    int width = rows.stream().mapToInt(List::size).max().orElse(0);
    List<List<Cell>> out = new ArrayList<>(rows.size());
    for (List<Cell> r : rows) {
      List<Cell> padded = new ArrayList<>(r);
      while (padded.size() < width) {
        padded.add(new Cell("", SourcePos.line(0), true));
      }
      out.add(padded);
    }
    return new Grid(out, at);
  }
}
