package org.nianbao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.nianbao.merge.ComparisonWorkbookWriter;
import org.nianbao.model.Report;
import org.nianbao.xlsx.Style;

/**
 * Every number format the writers use shows a number alike in Excel, WPS and LibreOffice: none
 * has optional decimals ({@code 0.##}, which Excel shows as "423." for a whole number and the
 * others as "423"), over every fixture's workbook and their merge; and no value read from a report
 * is shown with fewer decimals than it has (a count printed as 2.5 is not shown as 3).
 */
class NumberFormatsTest {
  private static final Pattern FORMAT = Pattern.compile("<numFmt numFmtId=\"(\\d+)\" formatCode=\"([^\"]*)\"/>");

  @Test
  void noFormatHasOptionalDecimalsAndNoValueIsShownRounded() throws Exception {
    List<byte[]> books = new ArrayList<>();
    List<Report> reports = new ArrayList<>();
    for (var p : WorkbookFixtures.reports()) {
      Report r = ReportWorkbookWriterTest.report(p);
      reports.add(r);
      books.add(ReportWorkbookWriterTest.bytes(r));
    }
    ComparisonWorkbookWriter merge = new ComparisonWorkbookWriter(ReportWorkbookWriterTest.SPEC);
    reports.forEach(merge::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    merge.write(out);
    books.add(out.toByteArray());

    TreeSet<String> formats = new TreeSet<>();
    int numbers = 0;
    for (byte[] book : books) {
      formats.addAll(formats(book));
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(book))) {
        for (Sheet sheet : wb) {
          for (Row row : sheet) {
            for (Cell c : row) {
              if (c.getCellType() == CellType.NUMERIC) {
                numbers++;
                String code = c.getCellStyle().getDataFormatString();
                BigDecimal v = BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros();
                assertTrue(shown(code) < 0 || Math.max(0, v.scale()) <= shown(code), sheet.getSheetName() + "!" + c.getAddress() + " holds " + v + " but shows " + code);
              }
            }
          }
        }
      }
    }
    assertTrue(numbers > 5_000, "numbers checked: " + numbers);
    List<String> optional = formats.stream().filter(Style::optionalDecimals).toList();
    assertEquals(List.of(), optional, "formats with optional decimals among " + formats);
    assertTrue(formats.contains("0.0"), "the formats written: " + formats);
  }

  @Test
  void aStyleRefusesOptionalDecimals() {
    Style base = Style.plain("宋体", 11);
    assertThrows(IllegalArgumentException.class, () -> base.format("0.##"));
    assertThrows(IllegalArgumentException.class, () -> base.format("+0.0#;-0.0#;0"));
    assertThrows(IllegalArgumentException.class, () -> base.format("#,##0.??"));
    for (String fine : List.of("0", "0.00", "+0;-0;0", "0.0%", "#,##0", "0.00\"#\"", "@", "General")) {
      assertEquals(fine, base.format(fine).numberFormat());
    }
  }

  /** The format codes a workbook declares (those it uses beyond the built-in ones, which have no optional decimals). */
  private static List<String> formats(byte[] book) throws Exception {
    List<String> out = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(book))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("xl/styles.xml")) {
          Matcher m = FORMAT.matcher(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
          while (m.find()) {
            out.add(m.group(2).replace("&quot;", "\"").replace("&amp;", "&"));
          }
        }
      }
    }
    return out;
  }

  /** The decimals a plain number format shows (0, 0.00, +0;-0;0), or -1 for others (General, text, percentages). */
  private static int shown(String code) {
    String first = code.split(";")[0].replace("+", "");
    if (!first.matches("0(\\.0+)?")) {
      return -1;
    }
    return first.contains(".") ? first.length() - first.indexOf('.') - 1 : 0;
  }
}
