package org.nianbao.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XmlBytesTest {
  /** Text that takes every path of escaping and encoding: markup, controls, Excel escapes, surrogates paired and lone. */
  private static final List<String> TRICKY = List.of(
      "plain ASCII 123",
      "表三 一、本年新收政府信息公开申请数量",
      "<a href=\"x\">&amp;</a>",
      "tab\tline\nbreak ",
      "bell\u0007 nul\u0000 esc\u001B",
      "_x0041_ and _x00 and _",
      "not a char \uFFFE\uFFFF",
      "pair 𠀋 and emoji 😀",
      "lone high \uD840 then text",
      "lone low \uDC0B first",
      "two highs \uD840\uD840\uDC0B",
      "ends high \uD840",
      "½ é ü ĉ — “引号”");

  @Test
  void writesTheBytesOfTheEscapedTextEncodedAsUtf8() {
    for (String s : TRICKY) {
      StringBuilder chars = new StringBuilder();
      Xml.text(chars, s);
      XmlBytes bytes = new XmlBytes(4);
      bytes.append("<t>").text(s).append("</t>").append(42);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        bytes.writeTo(out);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
      assertArrayEquals(("<t>" + chars + "</t>42").getBytes(StandardCharsets.UTF_8), out.toByteArray(), s);
    }
  }

  @Test
  void textWhoseEscapesOutgrowTheRoomSetAsideStillFits() throws java.io.IOException {
    // 10 controls written as _x0001_ (7 bytes each) and 19 letters: 89 bytes where 3 a character
    // (87) were set aside, the buffer grown to exactly that.
    String s = "\u0001".repeat(10) + "a".repeat(19);
    XmlBytes bytes = new XmlBytes(4);
    bytes.text(s);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    bytes.writeTo(out);
    assertEquals("_x0001_".repeat(10) + "a".repeat(19), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void cellsReadBackAsWrittenWhereXmlCanHoldThem() throws Exception {
    XlsxWriter book = new XlsxWriter(Style.plain("宋体", 11));
    Sheet sheet = book.sheet("文本");
    for (int r = 0; r < TRICKY.size(); r++) {
      sheet.text(r, 0, TRICKY.get(r), null);
      sheet.formula(r, 27, "A" + (r + 1), TRICKY.get(r), null);
    }
    sheet.number(TRICKY.size(), 0, new BigDecimal("297.17"), null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    book.write(out);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      var read = wb.getSheet("文本");
      for (int r = 0; r < TRICKY.size(); r++) {
        String s = TRICKY.get(r);
        // A lone surrogate cannot be in XML: it is written as Excel's escape and read back as itself.
        assertEquals(s, read.getRow(r).getCell(0).getStringCellValue(), s);
        assertEquals("A" + (r + 1), read.getRow(r).getCell(27).getCellFormula());
        assertEquals(s, read.getRow(r).getCell(27).getStringCellValue(), "the value stored with the formula");
      }
      assertEquals(297.17, read.getRow(TRICKY.size()).getCell(0).getNumericCellValue());
    }
  }
}
