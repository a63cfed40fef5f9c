package org.nianbao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.nianbao.merge.ComparisonWorkbookWriter;
import org.nianbao.model.Report;

/**
 * Every text a person reads in a workbook is Chinese: each string cell and cell note of every
 * fixture's workbook and of their merge is scanned for Latin words. Allowed: field and check ids
 * (in their own columns, for programs), file names and paths, names of file forms and charsets,
 * and words the report itself printed (its text is quoted as it stands).
 */
class ChineseWorkbooksTest {
  private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}[0-9]*");
  private static final Pattern ID = Pattern.compile("\\b(t[234]|narrative)(\\.[a-z_0-9]+)+\\b");
  private static final Pattern PATH = Pattern.compile("\\S*[/\\\\]\\S*|[\\w.-]+\\.(txt|html?|docx?|pdf|xlsx|csv|json|png|jpe?g|gif|bmp|xml|mht|bin)\\b", Pattern.CASE_INSENSITIVE);
  /**
   * The hidden 原读数 sheet, which nianbao reads back and a person does not, holds flag codes and
   * source paths beside the field ids: ids for programs, as the field ids are.
   */
  private static final Pattern FOR_PROGRAMS = Pattern.compile("[a-z]+(\\.[a-z_0-9]+)+|([a-z]+\\[[^\\]]*\\]/?)+(!?[A-Z]+[0-9]+)?");
  private static final Set<String> ALLOWED = Set.of("PDF", "DOCX", "DOC", "HTML", "GBK", "UTF", "Big5", "GB18030", "GB2312", "Excel", "WPS", "nianbao", "CSV", "JSON", "OCR", "MB", "KB");

  @Test
  void noEnglishWhereAPersonReads() throws Exception {
    List<String> english = new ArrayList<>();
    List<Report> reports = new ArrayList<>();
    StringBuilder allText = new StringBuilder();
    int cells = 0;
    for (var p : WorkbookFixtures.reports()) {
      Report r = ReportWorkbookWriterTest.report(p);
      reports.add(r);
      String own = reportText(r);
      allText.append(own);
      cells += scan(ReportWorkbookWriterTest.bytes(r), p.getFileName().toString(), own, english);
    }
    ComparisonWorkbookWriter merge = new ComparisonWorkbookWriter(ReportWorkbookWriterTest.SPEC);
    reports.forEach(merge::add);
    merge.addFailure("broken.html", org.nianbao.message.Message.of("error.no_report").zh());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    merge.write(out);
    cells += scan(out.toByteArray(), "merge", allText.toString(), english);
    assertTrue(cells > 10_000, "cells scanned: " + cells);
    assertEquals(List.of(), english.subList(0, Math.min(20, english.size())), english.size() + " cells with English");
  }

  private static String reportText(Report r) {
    StringBuilder t = new StringBuilder(r.file()).append(' ').append(r.agency().orElse(""));
    r.sections().values().forEach(s -> t.append(' ').append(s));
    r.values().values().forEach(v -> t.append(' ').append(v.source().snippet()));
    r.narrative().forEach(n -> t.append(' ').append(n.sentence()));
    return t.toString();
  }

  private static int scan(byte[] book, String name, String reportText, List<String> english) throws Exception {
    int cells = 0;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(book))) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell c : row) {
            cells++;
            if (c.getCellType() == CellType.STRING || (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.STRING)) {
              if (!(sheet.getSheetName().equals(Sheets.ORIGINALS) && FOR_PROGRAMS.matcher(c.getStringCellValue()).matches())) {
                check(c.getStringCellValue(), name + " " + sheet.getSheetName() + "!" + c.getAddress(), reportText, english);
              }
            }
            if (c.getCellComment() != null) {
              check(c.getCellComment().getString().getString(), name + " " + sheet.getSheetName() + "!" + c.getAddress() + " (note)", reportText, english);
            }
          }
        }
      }
    }
    return cells;
  }

  private static void check(String text, String where, String reportText, List<String> english) {
    Matcher m = WORD.matcher(PATH.matcher(ID.matcher(text).replaceAll(" ")).replaceAll(" "));
    while (m.find()) {
      if (!ALLOWED.contains(m.group()) && !reportText.contains(m.group())) {
        english.add(where + ": " + text.substring(0, Math.min(80, text.length())));
        return;
      }
    }
  }
}
