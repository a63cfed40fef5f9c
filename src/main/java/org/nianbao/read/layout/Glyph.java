package org.nianbao.read.layout;

/**
 * One character as printed or as recognised in a picture, in page coordinates with y growing
 * downwards: its left and right edges, its top and baseline, its size, the text line it was read
 * on, how sure the reading is (1 for a PDF's own text; the recogniser's probability for a
 * picture's), and how far its text is turned from the frame its coordinates are in (0, 90, 180 or
 * 270 degrees anticlockwise: a page's characters are given each in the frame of its own direction,
 * so {@code turn} is 0 for text that reads left to right on the page as stored, 90 for text that
 * runs upwards).
 */
public record Glyph(String text, float x0, float x1, float top, float bottom, float size, int line, float confidence, int turn) {
  float centreX() {
    return (x0 + x1) / 2;
  }

  float centreY() {
    return (top + bottom) / 2;
  }

  /** The same character on another line. */
  Glyph onLine(int number) {
    return new Glyph(text, x0, x1, top, bottom, size, number, confidence, turn);
  }

  /** The same character at another place, in a frame from which its text is turned {@code newTurn}. */
  Glyph moved(float left, float right, float upper, float lower, int newTurn) {
    return new Glyph(text, left, right, upper, lower, size, line, confidence, newTurn);
  }
}
