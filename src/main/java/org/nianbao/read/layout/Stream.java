package org.nianbao.read.layout;

import static org.nianbao.read.layout.StreamLines.band;
import static org.nianbao.read.layout.StreamLines.crosses;
import static org.nianbao.read.layout.StreamLines.labelOnly;
import static org.nianbao.read.layout.StreamLines.line;
import static org.nianbao.read.layout.StreamLines.numbers;
import static org.nianbao.read.layout.StreamLines.overNumbers;
import static org.nianbao.read.layout.StreamLines.printedLines;
import static org.nianbao.read.layout.StreamLines.startsItem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.document.Cell;
import org.nianbao.document.Grid;
import org.nianbao.document.SourcePos;
import org.nianbao.read.layout.StreamLines.Line;
import org.nianbao.read.layout.StreamLines.Word;

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


  /** A table found: its box, the grid, and the glyphs it took. */
  record Table(float top, float left, float right, float bottom, Grid grid, List<Glyph> glyphs) {}

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
    List<float[]> columns = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    int end = rows(run, start, columns, rows);
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
    int top = headingTop(run, from, head, numbersLeft);
    if (top == head || !linesUp(run.subList(top, head), columns, numbersLeft) || rows.size() < MIN_ROWS && columns.size() < MIN_WIDE) {
      // No heading over the numbers, or one whose words do not stand over them column by column: rows of
      // a text copy whose numbers line up by chance, not a table.
      return null;
    }
    reach[0] = to;
    List<List<Cell>> grid = new ArrayList<>();
    StreamHeader.headerRows(run.subList(top, head), columns, numbersLeft, path, damaged, picture, grid);
    StreamBody.bodyRows(run.subList(head, to + 1), columns, numbersLeft, path, damaged, picture, grid);
    List<Glyph> taken = new ArrayList<>();
    run.subList(top, to + 1).forEach(l -> taken.addAll(l.glyphs()));
    float left = (float) run.subList(top, to + 1).stream().mapToDouble(l -> l.glyphs().get(0).x0()).min().orElse(0);
    float right = columns.get(columns.size() - 1)[1];
    return new Table(run.get(top).top(), left, right, run.get(to).bottom(), new Grid(grid, new SourcePos(0, path)), taken);
  }

  /**
   * The rows from line {@code start}: lines with numbers standing in the same columns (gathered into
   * {@code columns}, their lines into {@code rows}), label lines between them; the last row's line.
   */
  private static int rows(List<Line> run, int start, List<float[]> columns, List<Integer> rows) {
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
    return end;
  }

  /**
   * The first line of the heading over the numbers ({@code head} for none): lines over the numbers'
   * columns, and label lines between them (a heading cell's wrapped text), up to a line that runs
   * across into the columns (a paragraph).
   */
  private static int headingTop(List<Line> run, int from, int head, float numbersLeft) {
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
    return top;
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
}
