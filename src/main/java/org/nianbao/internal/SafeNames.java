package org.nianbao.internal;

import java.util.Locale;
import java.util.Set;

/**
 * File names made from report text (agency and year) that are safe on every filesystem: no path
 * separators or characters Windows forbids, no reserved device names, no leading dots, bounded length.
 */
public final class SafeNames {
  /** Windows refuses these as file names, with any extension. */
  private static final Set<String> RESERVED =
      Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
          "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  /** Characters kept well under the 255-byte limit of common filesystems (3 bytes each in UTF-8). */
  private static final int MAX_CHARS = 80;

  private SafeNames() {}

  /** A file name stem from free text; {@code fallback} when nothing usable is left. */
  public static String stem(String text, String fallback) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < MAX_CHARS; i++) {
      char c = text.charAt(i);
      out.append(c < 0x20 || "/\\:*?\"<>|".indexOf(c) >= 0 || Character.isWhitespace(c) ? '_' : c);
    }
    String s = out.toString().replaceAll("^[._]+|[._ ]+$", "");
    if (s.isEmpty()) {
      return fallback;
    }
    String base = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
    return RESERVED.contains(base.toUpperCase(Locale.ROOT)) ? "_" + s : s;
  }
}
