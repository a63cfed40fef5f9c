package org.nianbao.read.layout;

import static org.nianbao.read.layout.StreamLines.column;
import static org.nianbao.read.layout.StreamLines.numbers;
import static org.nianbao.read.layout.StreamLines.startsItem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nianbao.document.Cell;
import org.nianbao.document.SourcePos;
import org.nianbao.read.layout.StreamLines.Line;
import org.nianbao.read.layout.StreamLines.Word;

/** The body of a stream table: its rows, each line with numbers with the label lines that belong to it. */
final class StreamBody {
  private StreamBody() {}

  /**
   * The rows of the body: each line with numbers with the label lines that belong to it (see
   * {@link Stream}), its label read from them top to bottom.
   */
  static void bodyRows(List<Line> body, List<float[]> cols, float numbersLeft, String path, boolean damaged, boolean picture, List<List<Cell>> out) {
    int[] rowOf = new int[body.size()];
    int[] lineRow = new int[body.size()];
    Arrays.fill(lineRow, -1);
    List<String[]> cells = numberLines(body, cols, numbersLeft, lineRow);
    boolean[] unsure = labelLines(body, numbersLeft, lineRow, rowOf, cells.size());
    for (int r = 0; r < cells.size(); r++) {
      String label = rowLabel(body, rowOf, r, numbersLeft, picture);
      List<Cell> row = new ArrayList<>(cols.size() + 1);
      String tr = path + "/tr[" + (out.size() + 1) + "]";
      row.add(new Cell(label, new SourcePos(0, tr + "/td[1]"), false, damaged || unsure[r]));
      for (int c = 0; c < cols.size(); c++) {
        String text = cells.get(r)[c];
        row.add(new Cell(text == null ? "" : text, new SourcePos(0, tr + "/td[" + (c + 2) + "]"), false, damaged || unsure[r]));
      }
      out.add(row);
    }
  }

  /**
   * The rows' lines with numbers: one each, except a line whose numbers stand in columns the line
   * before left empty and that starts no item, which finishes that row (cells of one row set on
   * two baselines). Gives each row's numbers by column, and sets each such line's row in {@code lineRow}.
   */
  private static List<String[]> numberLines(List<Line> body, List<float[]> cols, float numbersLeft, int[] lineRow) {
    List<String[]> cells = new ArrayList<>();
    int lastNumbers = -1;
    for (int i = 0; i < body.size(); i++) {
      Line l = body.get(i);
      if (l.trailingNumbers() == 0) {
        continue;
      }
      String[] mine = new String[cols.size()];
      for (Word w : numbers(l)) {
        mine[column(w, cols)] = w.text();
      }
      String[] last = cells.isEmpty() ? null : cells.get(cells.size() - 1);
      if (last != null && lastNumbers == i - 1 && !startsItem(l, numbersLeft) && disjoint(last, mine)) {
        for (int c = 0; c < mine.length; c++) {
          last[c] = last[c] == null ? mine[c] : last[c];
        }
      } else {
        cells.add(mine);
      }
      lineRow[i] = cells.size() - 1;
      lastNumbers = i;
    }
    return cells;
  }

  /**
   * Sets the row of every line in {@code rowOf}: a label line's is the row above, or the next one
   * when it starts an item; gives the rows a label line could belong to either of (unsure).
   */
  private static boolean[] labelLines(List<Line> body, float numbersLeft, int[] lineRow, int[] rowOf, int rows) {
    boolean[] unsure = new boolean[rows];
    int before = -1;
    for (int i = 0; i < body.size(); i++) {
      if (lineRow[i] >= 0) {
        rowOf[i] = lineRow[i];
        before = lineRow[i];
        continue;
      }
      int after = -1;
      for (int j = i + 1; j < body.size() && after < 0; j++) {
        after = lineRow[j];
      }
      if (startsItem(body.get(i), numbersLeft) && after >= 0 || before < 0) {
        rowOf[i] = after >= 0 ? after : 0;
      } else {
        rowOf[i] = rowOf[i - 1];
        // A label line that starts no item, before a row whose own label starts none either: whose it is cannot be told.
        if (after >= 0 && rowOf[i] == before && !startsItemAhead(body, i, numbersLeft)) {
          unsure[before] = true;
          unsure[after] = true;
        }
      }
    }
    return unsure;
  }

  /**
   * Row {@code r}'s label: its own label starts where its item number does (the rightmost one on its
   * lines); what stands left of that is a group's label beside it.
   */
  private static String rowLabel(List<Line> body, int[] rowOf, int r, float numbersLeft, boolean picture) {
    List<Glyph> mine = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      if (rowOf[i] == r) {
        body.get(i).words().stream().filter(w -> w.x1() < numbersLeft).forEach(w -> mine.addAll(w.glyphs()));
      }
    }
    float itemStart = itemStart(body, rowOf, r, numbersLeft);
    List<Glyph> group = new ArrayList<>();
    List<Glyph> item = new ArrayList<>();
    for (Glyph g : mine) {
      (g.x0() < itemStart - 0.5f * g.size() ? group : item).add(g);
    }
    return group.isEmpty() ? labelText(item, picture) : labelText(group, picture) + " " + labelText(item, picture);
  }

  private static boolean disjoint(String[] a, String[] b) {
    for (int c = 0; c < a.length; c++) {
      if (a[c] != null && b[c] != null) {
        return false;
      }
    }
    return true;
  }

  /** Where row {@code r}'s own label starts: the rightmost item number on its lines, else its leftmost character. */
  private static float itemStart(List<Line> body, int[] rowOf, int r, float numbersLeft) {
    float start = Float.MAX_VALUE;
    float marker = -Float.MAX_VALUE;
    for (int i = 0; i < body.size(); i++) {
      if (rowOf[i] != r) {
        continue;
      }
      List<Glyph> label = body.get(i).glyphs().stream().filter(g -> g.x1() < numbersLeft).toList();
      StringBuilder text = new StringBuilder();
      List<Integer> at = new ArrayList<>();
      for (int k = 0; k < label.size(); k++) {
        at.add(text.length());
        text.append(label.get(k).text());
        start = Math.min(start, label.get(k).x0());
      }
      for (int k = 0; k < label.size(); k++) {
        if (GlyphText.ITEM.matcher(text.substring(at.get(k))).find()) {
          marker = Math.max(marker, label.get(k).x0());
        }
      }
    }
    return marker > -Float.MAX_VALUE ? marker : start;
  }

  /** Whether the label of the row after line {@code i} starts with an item number (so line {@code i} cannot be its start). */
  private static boolean startsItemAhead(List<Line> body, int i, float numbersLeft) {
    for (int j = i + 1; j < body.size(); j++) {
      if (startsItem(body.get(j), numbersLeft)) {
        return true;
      }
      if (body.get(j).trailingNumbers() > 0) {
        return false;
      }
    }
    return false;
  }

  /** A row's label: its words line by line (a group's label beside an item's stays in front of it). */
  private static String labelText(List<Glyph> glyphs, boolean picture) {
    return GlyphText.cell(glyphs, !picture);
  }
}
