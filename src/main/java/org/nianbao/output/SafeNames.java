package org.nianbao.output;

import java.util.Locale;
import java.util.Set;

/**
 * File names made from report text (agency and year) that are safe on every filesystem: no path
 * separators or characters Windows forbids, no reserved device names, no leading dots, and short
 * enough in bytes for the temporary name they are first written under.
 */
public final class SafeNames {
  /** Windows refuses these as file names, with any extension (and COM¹, LPT² … with superscript digits). */
  private static final Set<String> RESERVED =
      Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
          "COM\u00B9", "COM\u00B2", "COM\u00B3", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT\u00B9", "LPT\u00B2",
          "LPT\u00B3");

  /** Common filesystems take names of 255 bytes (UTF-8; 255 UTF-16 units on Windows, never fewer). */
  static final int MAX_NAME_BYTES = 255;

  /**
   * Bytes of a stem: with a number told apart by ({@code -12345}), an extension ({@code .xlsx}) and
   * the temporary name's dot, random part and {@code .part} (44 bytes), a name stays under 255.
   */
  static final int MAX_STEM_BYTES = 180;

  private SafeNames() {}

  /** A file name stem from free text; {@code fallback} when nothing usable is left. */
  public static String stem(String text, String fallback) {
    StringBuilder out = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < text.length();) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      boolean unsafe = c < 0x20 || "/\\:*?\"<>|".indexOf(c) >= 0 || Character.isWhitespace(c) || Character.getType(c) == Character.SURROGATE;
      int size = unsafe ? 1 : utf8Bytes(c);
      if (bytes + size > MAX_STEM_BYTES) {
        break;
      }
      bytes += size;
      out.appendCodePoint(unsafe ? '_' : c);
    }
    String s = out.toString().replaceAll("^[._]+|[._ ]+$", "");
    if (s.isEmpty()) {
      return fallback;
    }
    return reserved(s) ? "_" + s : s;
  }

  /** At most {@code max} bytes of {@code name} in UTF-8, never cutting a character. */
  public static String cut(String name, int max) {
    int bytes = 0;
    for (int i = 0; i < name.length();) {
      int c = name.codePointAt(i);
      bytes += utf8Bytes(c);
      if (bytes > max) {
        return name.substring(0, i);
      }
      i += Character.charCount(c);
    }
    return name;
  }

  /** Whether Windows takes the name for a device: its part before the first dot, trailing blanks and dots aside. */
  static boolean reserved(String name) {
    String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    return RESERVED.contains(base.stripTrailing().toUpperCase(Locale.ROOT));
  }

  private static int utf8Bytes(int c) {
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
}
