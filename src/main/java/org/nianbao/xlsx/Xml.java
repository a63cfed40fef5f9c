package org.nianbao.xlsx;

/** Escaping for the text and attributes of the workbook's XML parts, and numbers as they hold them. */
final class Xml {
  private Xml() {}

  /** A number as the XML holds it: without trailing zeros or exponent ({@code 1E+3} is {@code 1000}). */
  static String decimal(java.math.BigDecimal d) {
    java.math.BigDecimal s = d.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /** A number as the XML holds it: a whole number without a point, others as Java prints them. */
  static String decimal(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return Double.toString(d);
  }

  /**
   * Appends text escaped for XML. Characters XML 1.0 cannot hold (controls other than tab, line
   * feed and carriage return; lone surrogates) are written the way Excel writes them, {@code _xHHHH_},
   * and an underscore that would read as such an escape is itself escaped.
   */
  static void text(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (plain(c)) {
        out.append(c);
      } else {
        out.append(escape(s, i));
      }
    }
  }

  /** Whether a character stands for itself in text and attributes: most do, so this is asked first. */
  static boolean plain(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    return c != '<' && c != '>' && c != '&' && c != '"' && c != '_' && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
  }

  /** What stands in the XML for the character at i that is not {@link #plain}: itself, if it may stand there after all. */
  static String escape(String s, int i) {
    char c = s.charAt(i);
    return switch (c) {
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '&' -> "&amp;";
      case '"' -> "&quot;";
      case '_' -> looksEscaped(s, i) ? "_x005F_" : "_";
      default -> c < 0x20 || c == 0xFFFE || c == 0xFFFF || lone(s, i) ? "_x" + String.format("%04X", (int) c) + "_" : String.valueOf(c);
    };
  }

  /** Whether {@code _xHHHH_} starts at i: Excel would read it as an escaped character. */
  private static boolean looksEscaped(String s, int i) {
    if (i + 6 >= s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
      return false;
    }
    for (int k = i + 2; k < i + 6; k++) {
      if (Character.digit(s.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean lone(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }
}
