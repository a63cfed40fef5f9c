package org.nianbao.read.pdf;

import java.util.List;

/**
 * Puts printed characters back into text. Characters on one line are joined directly, with a space
 * where the gap is a word space and a tab where it is wide enough to part two cells of a row; a
 * line break inside a cell joins directly, except between two Latin letters or digits, which a
 * wrap can only have parted at a space.
 */
final class GlyphText {
  /** A gap wider than this share of the font size is a space. */
  private static final float SPACE = 0.25f;
  /** A gap wider than this share of the font size parts two cells. */
  private static final float CELL_GAP = 1.5f;

  private GlyphText() {}

  /** The text of glyphs of one line (ordered left to right); wide gaps become tabs. */
  static String line(List<Glyph> glyphs) {
    return join(glyphs, true);
  }

  /** The text of glyphs of one table cell (ordered by line, then left to right). */
  static String cell(List<Glyph> glyphs) {
    return join(glyphs, false);
  }

  private static String join(List<Glyph> glyphs, boolean tabs) {
    StringBuilder s = new StringBuilder();
    Glyph prev = null;
    for (Glyph g : glyphs) {
      if (prev != null) {
        float gap = g.x0() - prev.x1();
        float size = Math.max(g.size(), prev.size());
        if (g.line() != prev.line()) {
          if (latin(prev.text()) && latin(g.text())) {
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

  static boolean latin(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }
}
