package org.nianbao.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
  }

  @Test
  void fallsBackWhenNothingIsLeft() {
    assertEquals("report", SafeNames.stem("...", "report"));
    assertEquals("海宁市人民政府-2020", SafeNames.stem("海宁市人民政府-2020", "x"));
  }

  @Test
  void boundsTheLength() {
    assertEquals(80, SafeNames.stem("局".repeat(300), "x").length());
  }
}
