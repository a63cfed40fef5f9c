package org.nianbao.read.pdf;

/**
 * One character as printed, in page coordinates with y growing downwards: its left and right
 * edges, its top and baseline, its font size, and the text line PDFBox put it on.
 */
record Glyph(String text, float x0, float x1, float top, float bottom, float size, int line) {
  float centreX() {
    return (x0 + x1) / 2;
  }

  float centreY() {
    return (top + bottom) / 2;
  }
}
