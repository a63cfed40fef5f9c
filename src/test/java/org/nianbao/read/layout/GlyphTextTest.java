package org.nianbao.read.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlyphTextTest {
  /** Characters of one size on one baseline, from x, each {@code size} wide. */
  static List<Glyph> text(String s, float x, float baseline, float size, int line) {
    List<Glyph> out = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      float x0 = x + i * size * 0.6f;
      out.add(new Glyph(s.substring(i, i + 1), x0, x0 + size * 0.6f, baseline - size * 0.8f, baseline, size, line, 1f, 0));
    }
    return out;
  }

  @Test
  void aSmallerRaisedGlyphAfterANumberIsAMarkNotADigit() {
    List<Glyph> g = text("423", 100, 200, 10, 0);
    // A footnote mark as Word sets it: 65 % of the size, its baseline raised by a third.
    g.addAll(text("1", 118, 196.5f, 6.5f, 0));
    assertEquals("423\uFFF91\uFFFB", GlyphText.line(g, true));
    assertEquals("423\uFFF91\uFFFB", GlyphText.cell(g, true));
  }

  @Test
  void aLoweredSmallGlyphIsAMarkToo() {
    List<Glyph> g = text("12", 100, 200, 10, 0);
    g.addAll(text("a", 112, 202, 6, 0));
    assertEquals("12\uFFF9a\uFFFB", GlyphText.line(g, true));
  }

  @Test
  void digitsOfAnotherFontOnTheSameBaselineAreNoMark() {
    // Digits set in a Latin font beside ideographs: smaller boxes, the same baseline.
    List<Glyph> g = text("共", 100, 200, 10, 0);
    g.addAll(text("50", 106, 200, 7, 0));
    assertEquals("共50", GlyphText.line(g, true));
  }

  @Test
  void aPicturesCharactersAreNeverTakenForMarks() {
    List<Glyph> g = text("423", 100, 200, 10, 0);
    g.addAll(text("1", 118, 196.5f, 6.5f, 0));
    assertEquals("4231", GlyphText.line(g, false));
  }

  @Test
  void textTurnedInItsCellReadsInItsOwnDirection() {
    // 自然人 running upwards in a cell: in the cell's frame its characters stand bottom to top.
    List<Glyph> g = new ArrayList<>();
    String s = "自然人";
    for (int i = 0; i < s.length(); i++) {
      float bottom = 300 - i * 10;
      g.add(new Glyph(s.substring(i, i + 1), 100, 110, bottom - 10, bottom, 10, 0, 1f, 90));
    }
    assertEquals("自然人", GlyphText.cell(g, true));
  }
  @Test
  void aCellSpreadOverItsWidthReadsWholeButKeepsItsWordAndItemGaps() {
    // Word's distributed alignment (分散对齐): 其 他 and 减 41 spread over the cell.
    List<Glyph> g = text("其", 100, 200, 10, 0);
    g.addAll(text("他", 140, 200, 10, 0));
    assertEquals("其他", GlyphText.cell(g, true));
    List<Glyph> change = text("减", 100, 200, 10, 0);
    change.addAll(text("41", 130, 200, 10, 0));
    assertEquals("减41", GlyphText.cell(change, true));
    List<Glyph> two = text("12", 100, 200, 10, 0);
    two.addAll(text("34", 130, 200, 10, 0));
    assertEquals("12 34", GlyphText.cell(two, true));
    List<Glyph> labels = text("其他处理", 100, 200, 10, 0);
    labels.addAll(text("3.其他", 130, 200, 10, 0));
    assertEquals("其他处理 3.其他", GlyphText.cell(labels, true));
  }
}
