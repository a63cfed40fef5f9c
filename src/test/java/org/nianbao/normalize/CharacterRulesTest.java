package org.nianbao.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every code point of the compatibility blocks a report's text can hold is folded as templates/characters.tsv rules it, on purpose. */
class CharacterRulesTest {
  private static final CharacterRules RULES = CharacterRules.load();

  /** The blocks whose characters stand for others a reader would see: each walked whole. */
  private static final int[][] BLOCKS = {
    {0x2000, 0x206F}, // general punctuation: spaces, zero-width characters
    {0x2070, 0x209F}, // superscripts and subscripts
    {0x2460, 0x24FF}, // enclosed alphanumerics
    {0x2776, 0x2793}, // dingbat circled numbers
    {0x2E80, 0x2EFF}, // CJK radicals supplement
    {0x2F00, 0x2FDF}, // Kangxi radicals
    {0x3000, 0x303F}, // CJK symbols and punctuation
    {0x3200, 0x32FF}, // enclosed CJK letters and months
    {0xF900, 0xFAFF}, // CJK compatibility ideographs
    {0xFE10, 0xFE1F}, // vertical forms
    {0xFE30, 0xFE4F}, // CJK compatibility forms
    {0xFE50, 0xFE6F}, // small form variants
    {0xFF00, 0xFFEF}, // half-width and full-width forms
    {0x1D7CE, 0x1D7FF}, // mathematical digits
    {0x2F800, 0x2FA1F}, // CJK compatibility ideographs supplement
  };

  @Test
  void everyCompatibilityCharacterIsRuledOnPurpose() throws Exception {
    List<int[]> ruled = ruledRanges();
    List<String> unruled = new ArrayList<>();
    for (int[] block : BLOCKS) {
      for (int c = block[0]; c <= block[1]; c++) {
        int cp = c;
        String own = new String(Character.toChars(cp));
        String nfkc = java.text.Normalizer.normalize(own, Form.NFKC);
        boolean isRuled = ruled.stream().anyMatch(r -> r[0] <= cp && cp <= r[1]);
        // Outside the rules a character must be one NFKC leaves alone, and then it stays as it is.
        if (!isRuled && !nfkc.equals(own)) {
          unruled.add(Integer.toHexString(cp) + " " + own + "→" + nfkc);
        }
        if (!isRuled) {
          assertEquals(own, RULES.fold(own), Integer.toHexString(cp));
        }
      }
    }
    assertEquals(List.of(), unruled, "compatibility characters no rule decides");
  }

  @Test
  void foldsWhatReadersSeeAsTheSameCharacter() {
    assertEquals("一人长门见", RULES.fold("⼀⼈⻓⻔⻅"), "Kangxi and supplementary radicals read as the ideographs they look like");
    assertEquals("兩", RULES.fold("\uF978"), "a compatibility ideograph reads as the unified one");
    assertEquals("423", RULES.fold("４２３"));
    assertEquals("423", RULES.fold("𝟒𝟐𝟑"));
    assertEquals("(1)予以公开 1.属于 (一)", RULES.fold("⑴予以公开 ⒈属于 ㈠"));
    assertEquals("申请 人", RULES.fold("申\u00ADrequest".replace("request", "请") + "\u3000人"));
    assertEquals("423", RULES.fold("4\u200B2\u20603\uFEFF"));
    assertEquals("-5", RULES.fold("−5"));
  }

  @Test
  void keepsNoteMarksApartFromDigits() {
    for (String mark : List.of("①", "⑳", "¹", "²", "³", "⁴", "₁", "❶", "⓪")) {
      assertEquals("423" + mark, RULES.fold("423" + mark), "a mark after a number never becomes its digit");
    }
    assertEquals("，：；（）", RULES.fold("，：；（）"), "Chinese punctuation stays for readers");
  }

  @Test
  void leavesTextWithNothingToFoldAsTheSameString() {
    String s = "一、总体情况 423件";
    assertTrue(s == RULES.fold(s));
  }

  private static List<int[]> ruledRanges() throws Exception {
    List<int[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("templates/characters.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("range")) {
        continue;
      }
      String[] range = line.split("\t")[0].split("\\.\\.");
      out.add(new int[] {Integer.parseInt(range[0], 16), Integer.parseInt(range[range.length - 1], 16)});
    }
    return out;
  }
}
