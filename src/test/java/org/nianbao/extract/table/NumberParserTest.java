package org.nianbao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumberParserTest {
  private static BigDecimal value(String s) {
    return NumberParser.parse(s).value();
  }

  @Test
  void readsSignsWrittenAsWordsOrSymbols() {
    assertEquals(new BigDecimal("26"), value("增26"));
    assertEquals(new BigDecimal("-10"), value("减10"));
    assertEquals(new BigDecimal("15"), value("+15"));
    assertEquals(new BigDecimal("-1"), value("-1"));
  }

  @Test
  void readsArrowsAsTheChangeTheyShowAndTheYuanSignAsAUnit() {
    assertEquals(new BigDecimal("26"), value("↑26"));
    assertEquals(new BigDecimal("1"), value("▲1"));
    assertEquals(new BigDecimal("-10"), value("↓10"));
    assertEquals(new BigDecimal("-41"), value("▼41"));
    assertEquals(new BigDecimal("4123500.00"), value("¥4,123,500.00"));
    assertEquals("元", NumberParser.parse("￥4,123,500.00").unit());
    assertEquals("万元", NumberParser.parse("¥412.35万元").unit());
  }

  @Test
  void keepsTheUnitPrintedInTheCell() {
    assertEquals("万元", NumberParser.parse("297.17万元").unit());
    assertEquals(new BigDecimal("297.17"), value("297.17万元"));
    assertEquals("元", NumberParser.parse("211445600元").unit());
  }

  @Test
  void ignoresSpacesAroundNumbersAndThousandsSeparators() {
    assertEquals(new BigDecimal("0"), value(" 0 "));
    assertEquals(new BigDecimal("352103"), value("352,103"));
  }

  @Test
  void tellsMarksAndBlanksFromText() {
    assertEquals(NumberParser.Parsed.Kind.MARK, NumberParser.parse("—").kind());
    assertEquals(NumberParser.Parsed.Kind.MARK, NumberParser.parse("无").kind());
    assertEquals(NumberParser.Parsed.Kind.BLANK, NumberParser.parse(" ").kind());
    assertEquals(NumberParser.Parsed.Kind.TEXT, NumberParser.parse("2.重复申请").kind());
    assertEquals(NumberParser.Parsed.Kind.TEXT, NumberParser.parse("2020年").kind());
  }

  @Test
  void marksBareMultiDigitIntegersAsPossiblyGlued() {
    assertTrue(NumberParser.parse("23").splittable());
    assertFalse(NumberParser.parse("3").splittable());
    assertFalse(NumberParser.parse("+23").splittable());
    assertFalse(NumberParser.parse("2.3").splittable());
  }

  @Test
  void takesDamagedCellsForNeitherNumbersNorLabels() {
    for (String damaged : new String[] {"1O", "0n", "47m5", "\u00B3", "?", "\u0007", "\uFFFD", "\uE000"}) {
      assertEquals(NumberParser.Parsed.Kind.GARBLED, NumberParser.parse(damaged).kind(), damaged);
    }
    for (String label : new String[] {"（一）予以公开", "总计", "）", "情形）"}) {
      assertEquals(NumberParser.Parsed.Kind.TEXT, NumberParser.parse(label).kind(), label);
    }
  }
}
