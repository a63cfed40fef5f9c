package org.nianbao.normalize;

import com.ibm.icu.text.Transliterator;
import java.util.BitSet;

/**
 * Traditional to simplified characters with ICU4J's Traditional-Simplified transliterator. The
 * transliterator is costly per call, so it runs only on text that holds a character it would
 * change; most reports are simplified and pass straight through.
 */
final class Simplifier {
  /** The CJK unified ideographs block: where traditional characters live. */
  private static final char FIRST = '\u4e00';

  private static final char LAST = '\u9fff';

  private final Transliterator transliterator = Transliterator.getInstance("Traditional-Simplified");
  private final BitSet traditional = traditionalChars(transliterator);

  String simplify(String text) {
    if (!hasTraditional(text)) {
      return text;
    }
    synchronized (transliterator) {
      return transliterator.transliterate(text);
    }
  }

  boolean hasTraditional(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= FIRST && c <= LAST && traditional.get(c - FIRST)) {
        return true;
      }
    }
    return false;
  }

  private static BitSet traditionalChars(Transliterator t) {
    StringBuilder all = new StringBuilder(LAST - FIRST + 1);
    for (char c = FIRST; c <= LAST; c++) {
      all.append(c).append('\n');
    }
    String[] out = t.transliterate(all.toString()).split("\n", -1);
    BitSet set = new BitSet();
    for (int i = 0; i <= LAST - FIRST; i++) {
      if (!out[i].equals(String.valueOf((char) (FIRST + i)))) {
        set.set(i);
      }
    }
    return set;
  }
}
