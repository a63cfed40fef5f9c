package org.nianbao.xlsx;

/**
 * How much room text takes in a cell, in Excel's width unit (the width of a digit of the default
 * font): Chinese and other wide characters take about two, the rest about one. An estimate, erring
 * on the tall side, for rows whose height must be written into the file.
 */
public final class TextWidth {
  /**
   * Line height as a multiple of the font size: the tallest of the programs a workbook is opened
   * in (LibreOffice sets Chinese in Noto CJK, whose lines are 1.45 em; Excel's 宋体 1.3 em), so a
   * wrapped paragraph's last line is never cut off.
   */
  static final double LINE_HEIGHT = 1.45;

  private TextWidth() {}

  /** The lines {@code text} wraps to in a column {@code width} characters wide, at {@code scale} times the default font size. */
  public static double lines(String text, double width, double scale) {
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

  /** The height in points of a row showing {@code lines} lines of text at {@code points}. */
  public static double points(double lines, double points) {
    return Math.ceil(lines * points * LINE_HEIGHT + 3);
  }

  private static boolean wide(char c) {
    return c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF
        || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6);
  }
}
