package org.nianbao.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

/** The bundled table is ICU4J's Traditional-Simplified transliterator, character for character. */
class SimplifierTest {
  @Test
  void agreesWithIcuOnEveryUnifiedIdeograph() {
    Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
    Simplifier table = new Simplifier();
    StringBuilder all = new StringBuilder();
    for (char c = '\u4e00'; c <= '\u9fff'; c++) {
      all.append(c).append('\n');
    }
    String[] expected = icu.transliterate(all.toString()).split("\n", -1);
    for (char c = '\u4e00'; c <= '\u9fff'; c++) {
      String e = expected[c - '\u4e00'];
      assertEquals(e.length() == 1 ? e.charAt(0) : c, table.simplify(c), "U+" + Integer.toHexString(c));
    }
  }
}
