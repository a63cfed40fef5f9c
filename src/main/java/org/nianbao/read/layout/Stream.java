package org.nianbao.read.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.nianbao.document.Cell;
import org.nianbao.document.Grid;
import org.nianbao.document.SourcePos;

/**
 * Rebuilds tables printed without ruling lines from how their characters line up, the way
 * tabula's stream mode does. The columns are where the rows' numbers stand; the rows are the lines
 * that hold numbers, each with the label lines that belong to it: a label wrapped over two or
 * three lines in a narrow column is one label, whether the row's numbers stand on its first line
 * (Word), its middle (WPS, web pages) or its last. A line of a label belongs to the row of the
 * line above it, unless it starts a numbered item (（二）, 3., 四、), whose row is the next one
 * that holds numbers; a label line that could belong to either row (no item number on it or on the
 * next row's) leaves both rows marked damaged, so their numbers are not taken on a guess. A table
 * is only read so under a heading whose words stand over its numbers column by column (the rows of
 * a text copy may line up by chance); the heading is read column by column.
 */
final class Stream {
  /** Baselines closer than this share of the font size are one printed line (a raised mark is within it). */
  private static final float BASELINE = 0.4f;
  /** Characters closer than this share of their size belong to one word. */
  private static final float WORD_GAP = 0.25f;
  /** Lines further apart than this many times their font size are not in one table. */
  private static final float TABLE_GAP = 3f;
  /** A table holds at least this many lines with numbers, or one or two with this many columns (表四). */
  private static final int MIN_ROWS = 3;
  private static final int MIN_WIDE = 5;
  /** A heading word over the numbers is at most this many times as wide as its column: a heading's words stand one over each column. */
  private static final float HEAD_WIDTH = 1.6f;
  /** The share of a heading's words over the numbers that must stand so. */
  private static final float HEAD_SHARE = 0.8f;
  /** A row has at least this many numbers to count as a table's row. */
  private static final int MIN_NUMBERS = 2;

  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d,.]*%?");

  /** A table found: its box, the grid, and the glyphs it took. */
  record Table(float top, float left, float right, float bottom, Grid grid, List<Glyph> glyphs) {}

  /** A word of a line: glyphs standing close together. */
  private record Word(List<Glyph> glyphs, float x0, float x1, String text, boolean number) {}

  /** One printed line: its glyphs left to right, its words, and its box. */
  private record Line(List<Glyph> glyphs, List<Word> words, float top, float bottom, float height) {
    float size() {
      return (float) glyphs.stream().mapToDouble(Glyph::size).max().orElse(height);
    }

    /** How many numbers end the line, read right to left. */
    int trailingNumbers() {
      int n = 0;
      for (int i = words.size() - 1; i >= 0 && words.get(i).number(); i--) {
        n++;
      }
      return n;
    }
  }

  private Stream() {}

  /**
   * The tables among a page's lines.
   *
   * @param glyphs the page's glyphs outside its ruled tables
   * @param path where the page's tables are: a table found is {@code path[n]} from {@code n = first}
   */
  static List<Table> find(List<Glyph> glyphs, String path, boolean damaged, boolean picture, int first) {
    List<Line> all = new ArrayList<>();
    for (List<Glyph> printed : printedLines(glyphs)) {
      all.add(line(printed));
    }
    List<Table> out = new ArrayList<>();
    int i = 0;
    while (i < all.size()) {
      int end = i + 1;
      while (end < all.size() && all.get(end).top() - all.get(end - 1).bottom() < TABLE_GAP * all.get(end - 1).size()) {
        end++;
      }
      List<Line> run = all.subList(i, end);
      int from = 0;
      while (from < run.size()) {
        int[] reach = {from};
        Table t = table(run, from, path + "[" + (first + out.size()) + "]", damaged, picture, reach);
        if (t != null) {
          out.add(t);
        }
        from = Math.max(from + 1, reach[0] + 1);
      }
      i = end;
    }
    return out;
  }

  /**
   * The glyphs grouped into the lines they are printed on, by their baselines, top to bottom: the
   * numbers of a row stand on one baseline even where a text line of the page holds some of them
   * and the next line the rest (numbers centred between two lines of a label).
   */
  private static List<List<Glyph>> printedLines(List<Glyph> glyphs) {
    List<Glyph> upright = new ArrayList<>();
    for (Glyph g : glyphs) {
      if (g.turn() == 0) {
        upright.add(g);
      }
    }
    upright.sort(Comparator.comparingDouble(Glyph::bottom));
    List<List<Glyph>> out = new ArrayList<>();
    List<Glyph> line = new ArrayList<>();
    for (Glyph g : upright) {
      if (!line.isEmpty() && g.bottom() - line.get(0).bottom() > BASELINE * g.size()) {
        out.add(line);
        line = new ArrayList<>();
      }
      line.add(g);
    }
    if (!line.isEmpty()) {
      out.add(line);
    }
    return out;
  }

  private static Line line(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::x0));
    List<Word> words = new ArrayList<>();
    List<Glyph> word = new ArrayList<>();
    for (Glyph g : sorted) {
      if (!word.isEmpty() && g.x0() - word.get(word.size() - 1).x1() > WORD_GAP * Math.max(g.size(), word.get(word.size() - 1).size())) {
        words.add(word(word));
        word = new ArrayList<>();
      }
      word.add(g);
    }
    if (!word.isEmpty()) {
      words.add(word(word));
    }
    float top = (float) sorted.stream().mapToDouble(Glyph::top).min().orElse(0);
    float bottom = (float) sorted.stream().mapToDouble(Glyph::bottom).max().orElse(0);
    return new Line(sorted, words, top, bottom, Math.max(1, bottom - top));
  }

  private static Word word(List<Glyph> glyphs) {
    String text = GlyphText.line(glyphs, true);
    String bare = text.replaceAll("\uFFF9[^\uFFFB]*\uFFFB", "");
    return new Word(List.copyOf(glyphs), glyphs.get(0).x0(), glyphs.get(glyphs.size() - 1).x1(), text, NUMBER.matcher(bare).matches());
  }

  /**
   * The table that starts at or after line {@code from} of a run of close lines, or null; {@code
   * reach[0]} says the last line it took (or looked at).
   */
  private static Table table(List<Line> run, int from, String path, boolean damaged, boolean picture, int[] reach) {
    int start = from;
    while (start < run.size() && run.get(start).trailingNumbers() < MIN_NUMBERS) {
      start++;
    }
    reach[0] = start;
    if (start >= run.size()) {
      return null;
    }
    // The rows: lines with numbers standing in the same columns, label lines between them.
    List<float[]> columns = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    float[] labelEnd = {-Float.MAX_VALUE};
    int end = start;
    for (int i = start; i < run.size(); i++) {
      Line l = run.get(i);
      if (l.trailingNumbers() > 0 && join(l, columns, labelEnd)) {
        rows.add(i);
        end = i;
      } else if (l.trailingNumbers() > 0 || rows.isEmpty() || !labelOnly(l, columns.get(0)[0])) {
        break;
      }
    }
    reach[0] = end;
    if (columns.size() < MIN_NUMBERS) {
      return null;
    }
    float numbersLeft = columns.get(0)[0];
    int to = end;
    while (to + 1 < run.size() && labelOnly(run.get(to + 1), numbersLeft) && !startsItem(run.get(to + 1), numbersLeft)) {
      to++;
    }
    // Label lines just above the first row belong to it when a heading over the numbers stands above them.
    int head = start;
    while (head > from && labelOnly(run.get(head - 1), numbersLeft)) {
      head--;
    }
    // The heading over the numbers: lines over the numbers' columns, and label lines between them (a
    // heading cell's wrapped text), up to a line that runs across into the columns (a paragraph).
    int top = head;
    for (int i = head - 1, labels = 0; i >= from; i--) {
      Line l = run.get(i);
      if (l.trailingNumbers() > 0 || crosses(l, numbersLeft) || GlyphText.ITEM.matcher(l.words().get(0).text()).find()) {
        // A line with numbers, a paragraph, or a numbered heading (四、…) is above the table.
        break;
      }
      if (overNumbers(l, numbersLeft)) {
        top = i;
        labels = 0;
      } else if (++labels > 2) {
        break;
      }
    }
    if (top == head || !linesUp(run.subList(top, head), columns, numbersLeft) || rows.size() < MIN_ROWS && columns.size() < MIN_WIDE) {
      // No heading over the numbers, or one whose words do not stand over them column by column: rows of
      // a text copy whose numbers line up by chance, not a table.
      return null;
    }
    reach[0] = to;
    List<List<Cell>> grid = new ArrayList<>();
    headerRows(run.subList(top, head), columns, numbersLeft, path, damaged, picture, grid);
    bodyRows(run.subList(head, to + 1), columns, numbersLeft, path, damaged, picture, grid);
    List<Glyph> taken = new ArrayList<>();
    run.subList(top, to + 1).forEach(l -> taken.addAll(l.glyphs()));
    float left = (float) run.subList(top, to + 1).stream().mapToDouble(l -> l.glyphs().get(0).x0()).min().orElse(0);
    float right = columns.get(columns.size() - 1)[1];
    return new Table(run.get(top).top(), left, right, run.get(to).bottom(), new Grid(grid, new SourcePos(0, path)), taken);
  }

  /**
   * Adds a line's numbers to a table's columns {x0, x1} (kept left to right), each to the column
   * it overlaps or as a new one; false, and the columns unchanged, where the line does not fit: two
   * numbers in one column, one over two, or words reaching into the numbers' columns.
   */
  private static boolean join(Line l, List<float[]> cols, float[] labelEnd) {
    List<Word> numbers = numbers(l);
    List<Word> words = l.words().subList(0, l.words().size() - numbers.size());
    float left = Math.min(numbers.get(0).x0(), cols.isEmpty() ? Float.MAX_VALUE : cols.get(0)[0]);
    float end = Math.max(labelEnd[0], words.isEmpty() ? -Float.MAX_VALUE : words.get(words.size() - 1).x1());
    if (end >= left) {
      // The labels of every row so far must end before the numbers of all.
      return false;
    }
    List<float[]> next = new ArrayList<>();
    cols.forEach(c -> next.add(c.clone()));
    List<float[]> used = new ArrayList<>();
    for (Word w : numbers) {
      float slack = 0.2f * w.glyphs().get(0).size();
      float[] hit = null;
      for (float[] c : next) {
        if (w.x0() <= c[1] + slack && c[0] <= w.x1() + slack) {
          if (hit != null) {
            return false;
          }
          hit = c;
        }
      }
      if (hit == null) {
        hit = new float[] {w.x0(), w.x1()};
        next.add(hit);
      } else {
        hit[0] = Math.min(hit[0], w.x0());
        hit[1] = Math.max(hit[1], w.x1());
      }
      if (used.contains(hit)) {
        return false;
      }
      used.add(hit);
    }
    next.sort(Comparator.comparingDouble(c -> c[0]));
    for (int c = 1; c < next.size(); c++) {
      if (next.get(c)[0] <= next.get(c - 1)[1]) {
        return false;
      }
    }
    cols.clear();
    cols.addAll(next);
    labelEnd[0] = end;
    return true;
  }

  /**
   * Whether a heading's words stand over the numbers column by column, each no wider than the
   * column it stands over (with its share of the gaps): a text copy's heading runs across several.
   */
  private static boolean linesUp(List<Line> header, List<float[]> cols, float numbersLeft) {
    int words = 0;
    int fitting = 0;
    for (Line l : header) {
      for (Word w : l.words()) {
        if (w.x1() < numbersLeft) {
          continue;
        }
        words++;
        int c = band((w.x0() + w.x1()) / 2, cols, numbersLeft);
        float left = c <= 0 ? cols.get(0)[0] : (cols.get(c - 1)[1] + cols.get(c)[0]) / 2;
        float right = c < 0 || c + 1 == cols.size() ? cols.get(cols.size() - 1)[1] + (left < 0 ? 0 : cols.get(cols.size() - 1)[1] - left) : (cols.get(c)[1] + cols.get(c + 1)[0]) / 2;
        if (c >= 0 && w.x1() - w.x0() <= HEAD_WIDTH * Math.max(1, right - left)) {
          fitting++;
        }
      }
    }
    return words > 0 && fitting >= HEAD_SHARE * words;
  }

  /** Whether a word of the line runs from the labels into the numbers' columns. */
  private static boolean crosses(Line l, float numbersLeft) {
    return l.words().stream().anyMatch(w -> w.x0() < numbersLeft && w.x1() >= numbersLeft);
  }

  /** Whether a line (of a heading) reaches over the numbers' columns. */
  private static boolean overNumbers(Line l, float numbersLeft) {
    return l.words().stream().anyMatch(w -> w.x1() >= numbersLeft);
  }

  private static List<Word> numbers(Line l) {
    return l.words().subList(l.words().size() - l.trailingNumbers(), l.words().size());
  }

  /** The column whose band (from halfway to the column before to halfway to the one after) holds x, or -1. */
  private static int band(float x, List<float[]> cols, float numbersLeft) {
    for (int c = 0; c < cols.size(); c++) {
      float left = c == 0 ? numbersLeft : (cols.get(c - 1)[1] + cols.get(c)[0]) / 2;
      float right = c + 1 == cols.size() ? Float.MAX_VALUE : (cols.get(c)[1] + cols.get(c + 1)[0]) / 2;
      if (x >= left && x < right) {
        return c;
      }
    }
    return -1;
  }

  /** The column a word stands in, or -1. */
  private static int column(Word w, List<float[]> cols) {
    float mid = (w.x0() + w.x1()) / 2;
    for (int c = 0; c < cols.size(); c++) {
      float left = c == 0 ? cols.get(0)[0] : (cols.get(c - 1)[1] + cols.get(c)[0]) / 2;
      float right = c + 1 == cols.size() ? cols.get(c)[1] : (cols.get(c)[1] + cols.get(c + 1)[0]) / 2;
      if (mid >= left - 1 && mid <= right + 1) {
        return c;
      }
    }
    return -1;
  }

  private static boolean labelOnly(Line l, float numbersLeft) {
    return l.words().get(l.words().size() - 1).x1() < numbersLeft;
  }

  /** Whether a label line starts a numbered item in the column where the rows' labels stand (its last word). */
  private static boolean startsItem(Line l, float numbersLeft) {
    Word last = null;
    for (Word w : l.words()) {
      if (w.x1() < numbersLeft) {
        last = w;
      }
    }
    return last != null && GlyphText.ITEM.matcher(last.text()).find();
  }

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
  private static void headerRows(List<Line> header, List<float[]> cols, float numbersLeft, String path, boolean damaged, boolean picture, List<List<Cell>> out) {
    if (header.isEmpty()) {
      return;
    }
    int width = cols.size() + 1;
    List<Glyph> label = new ArrayList<>();
    TreeMap<Integer, List<Glyph>> byColumn = new TreeMap<>();
    // Group headings by the header line they stand on: their row, and each one's first column and words.
    TreeMap<Integer, TreeMap<Integer, List<Glyph>>> groups = new TreeMap<>();
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
    for (int r = 0; r < n; r++) {
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

  /**
   * The rows of the body: each line with numbers with the label lines that belong to it (see the
   * class comment), its label read from them top to bottom.
   */
  private static void bodyRows(List<Line> body, List<float[]> cols, float numbersLeft, String path, boolean damaged, boolean picture, List<List<Cell>> out) {
    // The rows' lines with numbers: one each, except a line whose numbers stand in columns the line
    // before left empty and that starts no item, which finishes that row (cells of one row set on
    // two baselines).
    int[] rowOf = new int[body.size()];
    List<String[]> cells = new ArrayList<>();
    int[] lineRow = new int[body.size()];
    java.util.Arrays.fill(lineRow, -1);
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
    boolean[] unsure = new boolean[cells.size()];
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
    for (int r = 0; r < cells.size(); r++) {
      // The row's own label starts where its item number does (the rightmost one on its lines); what
      // stands left of that is a group's label beside it.
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
      String label = group.isEmpty() ? labelText(item, picture) : labelText(group, picture) + " " + labelText(item, picture);
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
