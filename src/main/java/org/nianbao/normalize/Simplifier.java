package org.nianbao.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * Traditional to simplified characters. The mapping is ICU4J's Traditional-Simplified
 * transliterator, whose rules map one character to one character; it is kept as a table
 * ({@code traditional-simplified.txt}, read off ICU4J and checked against it by SimplifierTest)
 * because building it from ICU4J at every start costs a quarter of a second.
 */
final class Simplifier {
  /** The CJK unified ideographs block: where traditional characters live. */
  private static final char FIRST = '\u4e00';

  private static final char LAST = '\u9fff';

  private static final String TABLE = "traditional-simplified.txt";

  private final char[] simplified = table();

  String simplify(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= FIRST && c <= LAST && simplified[c - FIRST] != c) {
        out = out == null ? text.toCharArray() : out;
        out[i] = simplified[c - FIRST];
      }
    }
    return out == null ? text : new String(out);
  }

  /** The simplified form of one character (itself when it has none). */
  char simplify(char c) {
    return c >= FIRST && c <= LAST ? simplified[c - FIRST] : c;
  }

  private static char[] table() {
    char[] table = new char[LAST - FIRST + 1];
    for (int i = 0; i < table.length; i++) {
      table[i] = (char) (FIRST + i);
    }
    try (BufferedReader r = new BufferedReader(new StringReader(Bundled.text(TABLE)))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.length() == 2 && !line.startsWith("#")) {
          table[line.charAt(0) - FIRST] = line.charAt(1);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }
}
