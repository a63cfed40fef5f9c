package org.nianbao.read.layout;

/**
 * One character as printed or as recognised in a picture, in page coordinates with y growing
 * downwards: its left and right edges, its top and baseline, its size, the text line it was read
 * on, and how sure the reading is (1 for a PDF's own text; the recogniser's probability for a
 * picture's).
 */
public record Glyph(String text, float x0, float x1, float top, float bottom, float size, int line, float confidence) {
  /** A character of a text layer: read for sure. */
  public Glyph(String text, float x0, float x1, float top, float bottom, float size, int line) {
    this(text, x0, x1, top, bottom, size, line, 1f);
  }

  float centreX() {
    return (x0 + x1) / 2;
  }

  float centreY() {
    return (top + bottom) / 2;
  }

  /** The same character on another line. */
  Glyph onLine(int number) {
    return new Glyph(text, x0, x1, top, bottom, size, number, confidence);
  }
}
