package org.nianbao.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bundled table is ICU4J's Traditional-Simplified transliterator, character for character,
 * but for the characters it keeps on purpose (乾 and 氾: standard characters in names such as 乾县).
 */
class SimplifierTest {
  private static final Set<Character> KEPT = Set.of('乾', '氾');

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
      assertEquals(e.length() == 1 && !KEPT.contains(c) ? e.charAt(0) : c, table.simplify(c), "U+" + Integer.toHexString(c));
    }
  }
}
