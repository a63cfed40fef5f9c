package org.nianbao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeNamesTest {
  @Test
  void neverLetsANameLeaveItsFolder() {
    assertEquals("etc_passwd", SafeNames.stem("../../etc/passwd", "x"));
    assertEquals("a_b_c", SafeNames.stem("a/b\\c", "x"));
  }

  @Test
  void avoidsReservedWindowsNames() {
    assertEquals("_CON", SafeNames.stem("CON", "x"));
    assertEquals("_nul.2020", SafeNames.stem("nul.2020", "x"));
    for (String device : new String[] {"conin$", "CONOUT$", "COM9", "lpt1.年报", "COM\u00B9", "LPT\u00B3.x", "Aux..2021"}) {
      assertTrue(SafeNames.stem(device, "x").startsWith("_"), device);
    }
    assertEquals("COM10", SafeNames.stem("COM10", "x"));
    assertEquals("CONSOLE", SafeNames.stem("CONSOLE", "x"));
  }

  @Test
  void fallsBackWhenNothingIsLeft() {
    assertEquals("report", SafeNames.stem("...", "report"));
    assertEquals("海宁市人民政府-2020", SafeNames.stem("海宁市人民政府-2020", "x"));
  }

  @Test
  void boundsTheLengthInBytesLeavingRoomForTheTemporaryName() {
    String agency = SafeNames.stem("局".repeat(300), "x");
    assertEquals(SafeNames.MAX_STEM_BYTES / 3, agency.length());
    // The longest name written: a number told apart, the extension, the temporary name's 44 bytes.
    assertTrue(("." + agency + "-12345.xlsx." + "0".repeat(36) + ".part").getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= SafeNames.MAX_NAME_BYTES);
  }

  @Test
  void neverCutsACharacterInHalf() {
    // 𠀀 and 😀 take four bytes (two UTF-16 units) each.
    String four = SafeNames.stem("𠀀".repeat(100), "x");
    assertEquals(SafeNames.MAX_STEM_BYTES / 4 * 2, four.length());
    assertEquals(four, new String(four.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8));
    String mixed = SafeNames.stem("a" + "😀".repeat(100), "x");
    assertEquals(1 + (SafeNames.MAX_STEM_BYTES - 1) / 4 * 2, mixed.length());
    assertEquals("局局", SafeNames.cut("局局局", 8));
    assertEquals("a", SafeNames.cut("a😀", 4));
  }
}
