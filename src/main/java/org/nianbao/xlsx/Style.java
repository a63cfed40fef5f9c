package org.nianbao.xlsx;

/**
 * How a cell looks: font, fill, a thin border all round or none, alignment, wrapping and number
 * format. Immutable; the {@code with…} methods give changed copies. Colours are RGB hex
 * ({@code FFFF00}); a null fill is none.
 */
public record Style(
    String font, double points, boolean boldFace, boolean underline, String fontColor, String fill, boolean border,
    Align align, Align valign, boolean wrapText, String numberFormat) {
  /** Horizontal or vertical alignment; {@code GENERAL} leaves it to the reader. */
  public enum Align {
    GENERAL,
    LEFT,
    CENTER,
    RIGHT,
    TOP,
    BOTTOM
  }

  /** The plain style of a workbook whose text is in {@code font}. */
  public static Style plain(String font, double points) {
    return new Style(font, points, false, false, null, null, false, Align.GENERAL, Align.GENERAL, false, "General");
  }

  public Style bold() {
    return new Style(font, points, true, underline, fontColor, fill, border, align, valign, wrapText, numberFormat);
  }

  public Style points(double size) {
    return new Style(font, size, boldFace, underline, fontColor, fill, border, align, valign, wrapText, numberFormat);
  }

  /** Underlined, in a colour: how links look. */
  public Style link(String color) {
    return new Style(font, points, boldFace, true, color, fill, border, align, valign, wrapText, numberFormat);
  }

  public Style color(String rgb) {
    return new Style(font, points, boldFace, underline, rgb, fill, border, align, valign, wrapText, numberFormat);
  }

  public Style fill(String rgb) {
    return new Style(font, points, boldFace, underline, fontColor, rgb, border, align, valign, wrapText, numberFormat);
  }

  public Style boxed() {
    return new Style(font, points, boldFace, underline, fontColor, fill, true, align, valign, wrapText, numberFormat);
  }

  public Style align(Align horizontal) {
    return new Style(font, points, boldFace, underline, fontColor, fill, border, horizontal, valign, wrapText, numberFormat);
  }

  public Style valign(Align vertical) {
    return new Style(font, points, boldFace, underline, fontColor, fill, border, align, vertical, wrapText, numberFormat);
  }

  public Style wrap() {
    return new Style(font, points, boldFace, underline, fontColor, fill, border, align, valign, true, numberFormat);
  }

  /**
   * A number format code: {@code 0}, {@code 0.00}, {@code 0%}, {@code @} for text. Optional
   * decimals ({@code 0.##}) are refused: Excel shows a whole number in them with a trailing point
   * ("423."), where LibreOffice and WPS show "423", so the same cell would read differently.
   */
  public Style format(String code) {
    if (optionalDecimals(code)) {
      throw new IllegalArgumentException("optional decimals show as a trailing point in Excel: " + code);
    }
    return new Style(font, points, boldFace, underline, fontColor, fill, border, align, valign, wrapText, code);
  }

  /** Whether a format code has a decimal point followed by optional digits ({@code #} or {@code ?}) outside quoted text. */
  public static boolean optionalDecimals(String code) {
    boolean quoted = false;
    boolean afterPoint = false;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (quoted) {
        continue;
      } else if (c == '\\') {
        i++;
      } else if (c == '.') {
        afterPoint = true;
      } else if (afterPoint && (c == '#' || c == '?')) {
        return true;
      } else if (c != '0') {
        afterPoint = false;
      }
    }
    return false;
  }

  // equals and hashCode are written out, with the meaning a record's own have: those are made of
  // method handles at their first call, and spinning them cost every start a few milliseconds.
  @Override
  public boolean equals(Object o) {
    return o instanceof Style s && java.util.Objects.equals(font, s.font) && Double.compare(points, s.points) == 0 && boldFace == s.boldFace
        && underline == s.underline && java.util.Objects.equals(fontColor, s.fontColor) && java.util.Objects.equals(fill, s.fill)
        && border == s.border && align == s.align && valign == s.valign && wrapText == s.wrapText && java.util.Objects.equals(numberFormat, s.numberFormat);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(font, points, boldFace, underline, fontColor, fill, border, align, valign, wrapText, numberFormat);
  }
}
