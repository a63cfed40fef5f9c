package org.nianbao.read.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Puts printed characters back into text. Characters on one line are joined directly, with a space
 * where the gap is a word space and a tab where it is wide enough to part two cells of a row; a
 * line break inside a cell joins directly, except between two Latin letters, which a wrap can only
 * have parted at a space; inside a cell only a gap between Latin letters or digits is a space.
 * Characters printed smaller and raised above their neighbours' baseline (a footnote mark after a
 * number) or lowered below it are marks, not more digits: they are kept inside the text between
 * U+FFF9 and U+FFFB, as every reader does.
 */
final class GlyphText {
  /** A gap wider than this share of the font size is a space. */
  private static final float SPACE = 0.25f;
  /** Baselines closer than this share of the font size are one line. */
  private static final float SAME_LINE = 0.5f;

  /** A gap wider than this share of the font size parts two cells. */
  private static final float CELL_GAP = 1.5f;

  /** A mark is printed at most this share of its neighbour's height (superscripts are set at 58 % in Writer, 65 % in Word, 83 % by browsers). */
  private static final float MARK_HEIGHT = 0.9f;
  /** A superscript's baseline stands at least this share of its neighbour's height above the neighbour's. */
  private static final float RAISED = 0.2f;
  /** A subscript's baseline stands at least this share of its neighbour's height below the neighbour's. */
  private static final float LOWERED = 0.1f;
  /** A mark stands at most this share of its neighbour's height from it. */
  private static final float MARK_GAP = 1.0f;

  /** An item number that starts a label: （二）, 3., 四、. */
  static final Pattern ITEM = Pattern.compile("^([（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十]+[、.．]|\\d+[.．、](?!\\d))");
  /** The longest item number, with the character after it. */
  private static final int ITEM_LENGTH = 7;

  static final char MARK_START = '\uFFF9';
  static final char MARK_END = '\uFFFB';

  private GlyphText() {}

  /**
   * The text of glyphs of one line (ordered left to right); wide gaps become tabs. Marks are told
   * in a text layer only: a picture's characters are read in boxes whose heights say little.
   */
  static String line(List<Glyph> glyphs, boolean printed) {
    return join(glyphs, true, printed);
  }

  /**
   * The text of the glyphs of one table cell, line by line as the cell shows them: a label wrapped
   * inside its cell (法律服务 / 机构) reads whole. Lines are told by the glyphs' own baselines, not by
   * the page's text lines, which a cell's second line may share with its neighbours' first. Text
   * turned in its cell (written vertically) is read in its own direction.
   */
  static String cell(List<Glyph> glyphs, boolean printed) {
    Map<Integer, List<Glyph>> byTurn = new TreeMap<>();
    for (Glyph g : glyphs) {
      byTurn.computeIfAbsent(g.turn(), k -> new ArrayList<>()).add(g);
    }
    if (byTurn.size() > 1) {
      // Rare: a cell holding text of two directions; each reads in its own, the upper first.
      List<List<Glyph>> parts = new ArrayList<>(byTurn.values());
      parts.sort(Comparator.comparingDouble(p -> p.stream().mapToDouble(Glyph::top).min().orElse(0)));
      StringBuilder s = new StringBuilder();
      for (List<Glyph> part : parts) {
        s.append(cell(part, printed));
      }
      return s.toString();
    }
    List<Glyph> byBaseline = new ArrayList<>(Frame.upright(glyphs));
    byBaseline.sort(Comparator.comparingDouble(Glyph::bottom).thenComparingDouble(Glyph::x0));
    List<Glyph> ordered = new ArrayList<>(glyphs.size());
    List<Glyph> line = new ArrayList<>();
    int number = 0;
    for (Glyph g : byBaseline) {
      if (!line.isEmpty() && g.bottom() - line.get(0).bottom() > SAME_LINE * Math.max(g.size(), line.get(0).size())) {
        number = flush(line, number, ordered);
      }
      line.add(g);
    }
    flush(line, number, ordered);
    return join(ordered, false, printed);
  }

  /** Appends one visual line, left to right, numbered so that joining sees the line break. */
  private static int flush(List<Glyph> line, int number, List<Glyph> out) {
    line.sort(Comparator.comparingDouble(Glyph::x0));
    for (Glyph g : line) {
      out.add(g.onLine(number));
    }
    line.clear();
    return number + 1;
  }

  private static String join(List<Glyph> glyphs, boolean tabs, boolean printed) {
    boolean[] mark = printed ? marks(glyphs) : new boolean[glyphs.size()];
    StringBuilder s = new StringBuilder();
    Glyph prev = null;
    for (int i = 0; i < glyphs.size(); i++) {
      Glyph g = glyphs.get(i);
      boolean opens = mark[i] && (i == 0 || !mark[i - 1] || glyphs.get(i - 1).line() != g.line());
      if (prev != null) {
        float gap = g.x0() - prev.x1();
        float size = Math.max(g.size(), prev.size());
        if (mark[i - 1] && (!mark[i] || opens)) {
          s.append(MARK_END);
        }
        if (g.line() != prev.line()) {
          // A cell too narrow for its number wraps it between digits (5↵0 is 50); words wrap at spaces.
          if (latin(prev.text()) && latin(g.text()) && !(digit(prev.text()) && digit(g.text()))) {
            s.append(' ');
          }
        } else if (mark[i] && !opens) {
          // Inside a mark: its characters stand close.
        } else if (tabs && gap > CELL_GAP * size) {
          s.append('\t');
        } else if (gap > SPACE * size && !opens && (tabs || latin(prev.text()) && startsLatin(g.text()) || startsItem(glyphs, i))) {
          // In a cell, a gap beside a Chinese character is no word space: Word's distributed alignment (分散对齐)
          // spreads 其 他 and 减 41 over the cell's width. Between Latin letters or digits it still parts words, and
          // before an item number it parts two labels (（六）其他处理 3.其他).
          s.append(' ');
        }
      }
      if (opens) {
        s.append(MARK_START);
      }
      s.append(g.text());
      prev = g;
    }
    if (prev != null && mark[glyphs.size() - 1]) {
      s.append(MARK_END);
    }
    return s.toString();
  }

  /**
   * Which glyphs are marks: clearly smaller than a neighbour on their line that is not a mark (the
   * one before, else the one after), standing close to it, and raised above or lowered below its
   * baseline.
   */
  private static boolean[] marks(List<Glyph> glyphs) {
    int n = glyphs.size();
    boolean[] out = new boolean[n];
    for (int i = 0; i < n; i++) {
      Glyph g = glyphs.get(i);
      Glyph before = i > 0 ? glyphs.get(i - 1) : null;
      Glyph after = i + 1 < n ? glyphs.get(i + 1) : null;
      if (before != null && out[i - 1] && before.line() == g.line() && sameRun(before, g)) {
        out[i] = true;
        continue;
      }
      Glyph body = before != null && !out[i - 1] && before.line() == g.line() ? before : null;
      if (body == null || !isMarkBeside(g, body)) {
        body = after != null && after.line() == g.line() ? after : null;
        out[i] = body != null && isMarkBeside(g, body);
      } else {
        out[i] = true;
      }
    }
    return out;
  }

  /** Whether two neighbouring glyphs are set alike: the same height on the same baseline. */
  private static boolean sameRun(Glyph a, Glyph b) {
    float h = height(a);
    return Math.abs(height(b) - h) <= 0.1f * h && Math.abs(a.bottom() - b.bottom()) <= 0.1f * h;
  }

  private static boolean isMarkBeside(Glyph g, Glyph body) {
    float h = height(body);
    if (h <= 0 || height(g) > MARK_HEIGHT * h || Math.max(g.x0() - body.x1(), body.x0() - g.x1()) > MARK_GAP * h) {
      return false;
    }
    float rise = body.bottom() - g.bottom();
    return rise >= RAISED * h || -rise >= LOWERED * h && g.top() > body.top();
  }

  private static float height(Glyph g) {
    return g.bottom() - g.top();
  }

  /** Whether the text ends in a Latin letter or digit. */
  static boolean latin(String text) {
    return !text.isEmpty() && latin(text.charAt(text.length() - 1));
  }

  /** Whether the text of glyph {@code i} on, on its line, starts with an item number. */
  private static boolean startsItem(List<Glyph> glyphs, int i) {
    StringBuilder rest = new StringBuilder();
    for (int j = i; j < glyphs.size() && j < i + ITEM_LENGTH && glyphs.get(j).line() == glyphs.get(i).line(); j++) {
      rest.append(glyphs.get(j).text());
    }
    return ITEM.matcher(rest).find();
  }

  private static boolean startsLatin(String text) {
    return !text.isEmpty() && latin(text.charAt(0));
  }

  private static boolean digit(String text) {
    return !text.isEmpty() && Character.isDigit(text.charAt(text.length() - 1)) && Character.isDigit(text.charAt(0));
  }

  static boolean latin(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }
}
