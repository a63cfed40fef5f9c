package org.nianbao.read.layout;

import static org.nianbao.read.layout.StreamLines.band;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.nianbao.document.Cell;
import org.nianbao.document.SourcePos;
import org.nianbao.read.layout.StreamLines.Line;
import org.nianbao.read.layout.StreamLines.Word;

/** The heading over a stream table's numbers, read as its header rows. */
final class StreamHeader {
  private StreamHeader() {}

  /**
   * The heading over the numbers as header rows. A word over two columns' numbers or more is a group's
   * heading (申请人情况, 法人或其他组织): it is a cell of its own, on a row of its own, in the column where
   * it starts (the first it spans, whether printed from its left or centred), never glued to the
   * heading under it. The other words are read column by column, joined top to bottom (a heading
   * wrapped in its narrow column reads whole); each stands from the row under the group headings that
   * start at or before its column down, as a ruled table's merged cells do: where a cell's words
   * stand in its height (top, middle) does not tell its row. The words left of the numbers are the
   * labels' heading.
   */
  static void headerRows(List<Line> header, List<float[]> cols, float numbersLeft, String path, boolean damaged, boolean picture, List<List<Cell>> out) {
    if (header.isEmpty()) {
      return;
    }
    int width = cols.size() + 1;
    List<Glyph> label = new ArrayList<>();
    TreeMap<Integer, List<Glyph>> byColumn = new TreeMap<>();
    // Group headings by the header line they stand on: their row, and each one's first column and words.
    TreeMap<Integer, TreeMap<Integer, List<Glyph>>> groups = new TreeMap<>();
    sortWords(header, cols, numbersLeft, label, byColumn, groups);
    List<Integer> groupLines = new ArrayList<>(groups.keySet());
    int n = groupLines.size() + 1;
    String[][] text = new String[n][width];
    boolean[][] copy = new boolean[n][width];
    String labels = GlyphText.cell(label, !picture);
    for (int r = 0; r < n; r++) {
      text[r][0] = labels;
      copy[r][0] = r > 0;
    }
    for (int r = 0; r < groupLines.size(); r++) {
      for (var e : groups.get(groupLines.get(r)).entrySet()) {
        text[r][e.getKey() + 1] = GlyphText.cell(e.getValue(), !picture);
      }
    }
    for (var e : byColumn.entrySet()) {
      int from = below(groups, groupLines, e.getKey());
      String t = GlyphText.cell(e.getValue(), !picture);
      for (int r = from; r < n; r++) {
        if (text[r][e.getKey() + 1] == null) {
          text[r][e.getKey() + 1] = t;
          copy[r][e.getKey() + 1] = r > from;
        }
      }
    }
    addRows(text, copy, path, damaged, out);
  }

  /** Sorts the heading's words: left of the numbers into {@code label}, over two columns or more into {@code groups}, the others into their column. */
  private static void sortWords(List<Line> header, List<float[]> cols, float numbersLeft, List<Glyph> label, TreeMap<Integer, List<Glyph>> byColumn,
      TreeMap<Integer, TreeMap<Integer, List<Glyph>>> groups) {
    for (int i = 0; i < header.size(); i++) {
      for (Word w : header.get(i).words()) {
        if (w.x1() < numbersLeft) {
          label.addAll(w.glyphs());
          continue;
        }
        int c = band((w.x0() + w.x1()) / 2, cols, numbersLeft);
        if (spanned(w, cols) >= 2) {
          groups.computeIfAbsent(i, k -> new TreeMap<>()).computeIfAbsent(Math.max(0, band(w.x0(), cols, numbersLeft)), k -> new ArrayList<>()).addAll(w.glyphs());
        } else if (c >= 0) {
          byColumn.computeIfAbsent(c, k -> new ArrayList<>()).addAll(w.glyphs());
        }
      }
    }
  }

  /** The header rows' cells: their text ("" for none), and which are copies of a heading that spans them. */
  private static void addRows(String[][] text, boolean[][] copy, String path, boolean damaged, List<List<Cell>> out) {
    for (int r = 0; r < text.length; r++) {
      int width = text[r].length;
      List<Cell> row = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        String cell = path + "/tr[" + (out.size() + 1) + "]/td[" + (c + 1) + "]";
        row.add(new Cell(text[r][c] == null ? "" : text[r][c], new SourcePos(0, cell), copy[r][c], damaged));
      }
      out.add(row);
    }
  }

  /** How many columns' numbers a word stands over. */
  private static int spanned(Word w, List<float[]> cols) {
    int n = 0;
    for (float[] c : cols) {
      if (w.x0() < c[1] && c[0] < w.x1()) {
        n++;
      }
    }
    return n;
  }

  /**
   * The row a column's own heading stands from: under the deepest group heading over it — at each
   * group row, the heading that starts last at or before the column, within the one chosen above.
   */
  private static int below(TreeMap<Integer, TreeMap<Integer, List<Glyph>>> groups, List<Integer> groupLines, int column) {
    int from = 0;
    int least = 0;
    for (int r = 0; r < groupLines.size(); r++) {
      Integer start = groups.get(groupLines.get(r)).floorKey(column);
      if (start == null || start < least) {
        break;
      }
      least = start;
      from = r + 1;
    }
    return from;
  }
}
