package org.nianbao.read.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts printed characters back into text. Characters on one line are joined directly, with a space
 * where the gap is a word space and a tab where it is wide enough to part two cells of a row; a
 * line break inside a cell joins directly, except between two Latin letters, which a wrap can only
 * have parted at a space.
 */
final class GlyphText {
  /** A gap wider than this share of the font size is a space. */
  private static final float SPACE = 0.25f;
  /** Baselines closer than this share of the font size are one line. */
  private static final float SAME_LINE = 0.5f;

  /** A gap wider than this share of the font size parts two cells. */
  private static final float CELL_GAP = 1.5f;

  private GlyphText() {}

  /** The text of glyphs of one line (ordered left to right); wide gaps become tabs. */
  static String line(List<Glyph> glyphs) {
    return join(glyphs, true);
  }

  /**
   * The text of the glyphs of one table cell, line by line as the cell shows them: a label wrapped
   * inside its cell (法律服务 / 机构) reads whole. Lines are told by the glyphs' own baselines, not by
   * the page's text lines, which a cell's second line may share with its neighbours' first.
   */
  static String cell(List<Glyph> glyphs) {
    List<Glyph> byBaseline = new ArrayList<>(glyphs);
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
    return join(ordered, false);
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

  private static String join(List<Glyph> glyphs, boolean tabs) {
    StringBuilder s = new StringBuilder();
    Glyph prev = null;
    for (Glyph g : glyphs) {
      if (prev != null) {
        float gap = g.x0() - prev.x1();
        float size = Math.max(g.size(), prev.size());
        if (g.line() != prev.line()) {
          // A cell too narrow for its number wraps it between digits (5↵0 is 50); words wrap at spaces.
          if (latin(prev.text()) && latin(g.text()) && !(digit(prev.text()) && digit(g.text()))) {
            s.append(' ');
          }
        } else if (tabs && gap > CELL_GAP * size) {
          s.append('\t');
        } else if (gap > SPACE * size) {
          s.append(' ');
        }
      }
      s.append(g.text());
      prev = g;
    }
    return s.toString();
  }

  /** Whether the text ends in a Latin letter or digit. */
  static boolean latin(String text) {
    return !text.isEmpty() && latin(text.charAt(text.length() - 1));
  }

  private static boolean digit(String text) {
    return !text.isEmpty() && Character.isDigit(text.charAt(text.length() - 1)) && Character.isDigit(text.charAt(0));
  }

  static boolean latin(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }
}
