package org.nianbao.xlsx;

/**
 * How much room text takes in a cell, in Excel's width unit (the width of a digit of the default
 * font): Chinese and other wide characters take two, the rest about one. An estimate, erring on
 * the tall side, for rows whose height must be written into the file.
 */
final class TextWidth {
  /** Line height as a multiple of the font size. */
  static final double LINE_HEIGHT = 1.32;

  private TextWidth() {}

  /** The lines {@code text} wraps to in a column {@code width} characters wide, at {@code scale} times the default font size. */
  static double lines(String text, double width, double scale) {
    double usable = Math.max(1, width - 0.5);
    int lines = 0;
    double w = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        lines += Math.max(1, (int) Math.ceil(w * scale / usable));
        w = 0;
      } else {
        w += wide(text.charAt(i)) ? 1.9 : 1.0;
      }
    }
    return lines;
  }

  private static boolean wide(char c) {
    return c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF
        || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6);
  }
}
