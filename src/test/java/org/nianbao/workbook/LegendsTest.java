package org.nianbao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.nianbao.merge.ComparisonWorkbookWriter;
import org.nianbao.place.Roster;
import org.nianbao.model.Report;

/**
 * Every colour a sheet paints is explained on that sheet: each fill a cell shows, or a conditional
 * format paints, is also the fill of a cell that says in words what it means (a legend's swatch, a
 * header). Over every fixture's workbook and their merge with a roster.
 */
class LegendsTest {
  @Test
  void everyColourOnASheetIsNamedOnIt() throws Exception {
    List<byte[]> books = new ArrayList<>();
    List<Report> reports = new ArrayList<>();
    for (var p : WorkbookFixtures.reports()) {
      Report r = ReportWorkbookWriterTest.report(p);
      reports.add(r);
      books.add(ReportWorkbookWriterTest.bytes(r));
    }
    ComparisonWorkbookWriter merge = new ComparisonWorkbookWriter(ReportWorkbookWriterTest.SPEC);
    merge.expect(Roster.read(java.nio.file.Files.writeString(java.nio.file.Files.createTempFile("roster", ".txt"), "海宁市人民政府\n东湖县人民政府\n")));
    reports.forEach(merge::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    merge.write(out);
    books.add(out.toByteArray());

    List<String> unexplained = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (byte[] book : books) {
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(book))) {
        for (Sheet sheet : wb) {
          Set<String> used = new TreeSet<>();
          Set<String> named = new TreeSet<>();
          for (Row row : sheet) {
            for (Cell c : row) {
              String fill = fill((XSSFCellStyle) c.getCellStyle());
              if (fill != null) {
                used.add(fill);
                if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isBlank()) {
                  named.add(fill);
                }
              }
            }
          }
          var formats = ((XSSFSheet) sheet).getSheetConditionalFormatting();
          for (int i = 0; i < formats.getNumConditionalFormattings(); i++) {
            ConditionalFormatting f = formats.getConditionalFormattingAt(i);
            for (int k = 0; k < f.getNumberOfRules(); k++) {
              ConditionalFormattingRule rule = f.getRule(k);
              if (rule.getPatternFormatting() != null && rule.getPatternFormatting().getFillBackgroundColorColor() instanceof XSSFColor color) {
                used.add(color.getARGBHex().substring(2));
              }
            }
          }
          used.removeAll(named);
          seen.addAll(named);
          used.forEach(c -> unexplained.add(sheet.getSheetName() + ": " + c));
        }
      }
    }
    assertEquals(List.of(), unexplained.stream().distinct().toList(), "colours a sheet paints without saying what they mean");
    assertTrue(seen.containsAll(Set.of("FFCC99", "FFFF00", "DDEBF7", "FF99CC", "5A8AC6")), "the colours named: " + seen);
  }

  private static String fill(XSSFCellStyle style) {
    if (style.getFillPattern() != FillPatternType.SOLID_FOREGROUND || style.getFillForegroundColorColor() == null) {
      return null;
    }
    String argb = style.getFillForegroundColorColor().getARGBHex();
    return argb == null ? null : argb.substring(2);
  }
}
