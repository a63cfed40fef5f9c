package org.nianbao.normalize;

import com.ibm.icu.text.Transliterator;

/**
 * Traditional to simplified characters with ICU4J's Traditional-Simplified transliterator. Its
 * rules map one character to one character, so they are read once into a table over the CJK
 * unified ideographs and applied by lookup: the transliterator itself is too slow to run per
 * report (measured: about half the extraction time of a traditional report).
 */
final class Simplifier {
  /** The CJK unified ideographs block: where traditional characters live. */
  private static final char FIRST = '\u4e00';

  private static final char LAST = '\u9fff';

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

  private static char[] table() {
    Transliterator t = Transliterator.getInstance("Traditional-Simplified");
    StringBuilder all = new StringBuilder((LAST - FIRST + 1) * 2);
    for (char c = FIRST; c <= LAST; c++) {
      all.append(c).append('\n');
    }
    String[] out = t.transliterate(all.toString()).split("\n", -1);
    char[] table = new char[LAST - FIRST + 1];
    for (int i = 0; i < table.length; i++) {
      char c = (char) (FIRST + i);
      table[i] = out[i].length() == 1 ? out[i].charAt(0) : c;
    }
    return table;
  }
}
