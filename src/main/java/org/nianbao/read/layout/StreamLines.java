package org.nianbao.read.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** The printed lines of a page's loose text, their words, and where their words stand among a table's number columns: what {@link Stream} reads tables from. */
final class StreamLines {
  /** Baselines closer than this share of the font size are one printed line (a raised mark is within it). */
  private static final float BASELINE = 0.4f;
  /** Characters closer than this share of their size belong to one word. */
  private static final float WORD_GAP = 0.25f;

  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d,.]*%?");

  /** A word of a line: glyphs standing close together. */
  record Word(List<Glyph> glyphs, float x0, float x1, String text, boolean number) {}

  /** One printed line: its glyphs left to right, its words, and its box. */
  record Line(List<Glyph> glyphs, List<Word> words, float top, float bottom, float height) {
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

  private StreamLines() {}

  /**
   * The glyphs grouped into the lines they are printed on, by their baselines, top to bottom: the
   * numbers of a row stand on one baseline even where a text line of the page holds some of them
   * and the next line the rest (numbers centred between two lines of a label).
   */
  static List<List<Glyph>> printedLines(List<Glyph> glyphs) {
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

  static Line line(List<Glyph> glyphs) {
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

  /** Whether a word of the line runs from the labels into the numbers' columns. */
  static boolean crosses(Line l, float numbersLeft) {
    return l.words().stream().anyMatch(w -> w.x0() < numbersLeft && w.x1() >= numbersLeft);
  }

  /** Whether a line (of a heading) reaches over the numbers' columns. */
  static boolean overNumbers(Line l, float numbersLeft) {
    return l.words().stream().anyMatch(w -> w.x1() >= numbersLeft);
  }

  static List<Word> numbers(Line l) {
    return l.words().subList(l.words().size() - l.trailingNumbers(), l.words().size());
  }

  /** The column whose band (from halfway to the column before to halfway to the one after) holds x, or -1. */
  static int band(float x, List<float[]> cols, float numbersLeft) {
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
  static int column(Word w, List<float[]> cols) {
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

  static boolean labelOnly(Line l, float numbersLeft) {
    return l.words().get(l.words().size() - 1).x1() < numbersLeft;
  }

  /** Whether a label line starts a numbered item in the column where the rows' labels stand (its last word). */
  static boolean startsItem(Line l, float numbersLeft) {
    Word last = null;
    for (Word w : l.words()) {
      if (w.x1() < numbersLeft) {
        last = w;
      }
    }
    return last != null && GlyphText.ITEM.matcher(last.text()).find();
  }
}
