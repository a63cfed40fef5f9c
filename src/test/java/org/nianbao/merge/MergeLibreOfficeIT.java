package org.nianbao.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.CheckResult;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.Report;
import org.nianbao.testing.LibreOffice;

/**
 * The comparison workbook of the corpus plus a pair of consecutive years, recalculated by
 * LibreOffice: the 跨年核对 verdicts and every report's checks on 汇总 agree with nianbao's own, and
 * 文字对比 opens and reads as written: the two years of 青溪县, sentence by sentence.
 */
class MergeLibreOfficeIT {
  @Test
  void recalculatedCrossYearAndReportChecksAgreeWithNianbao(@TempDir Path dir) throws Exception {
    Optional<String> soffice = LibreOffice.find();
    assumeTrue(soffice.isPresent(), "LibreOffice is not installed");
    List<Report> reports = new ArrayList<>(MergeFixtures.corpus());
    reports.addAll(MergeFixtures.consecutiveYears());
    MergeFixtures.Merged m = MergeFixtures.merge(reports, List.of());
    Path book = Files.write(dir.resolve("merged.xlsx"), m.xlsx());
    Path csv = LibreOffice.recalculateToCsv(soffice.get(), dir, List.of(book));
    List<List<String>> years = LibreOffice.rows(csv.resolve("merged-跨年核对.csv"));
    assertEquals(m.crossYear().size() + 1, years.size());
    for (int i = 0; i < m.crossYear().size(); i++) {
      CheckResult c = m.crossYear().get(i);
      assertEquals(c.id(), years.get(i + 1).get(4));
      assertEquals(word(c.status()), years.get(i + 1).get(8), c.id());
    }
    List<List<String>> summary = LibreOffice.rows(csv.resolve("merged-汇总.csv"));
    List<String> ids = summary.get(0);
    for (int i = 0; i < reports.size(); i++) {
      List<String> row = summary.get(ComparisonWorkbookWriter.FIRST_DATA_ROW - 1 + i);
      for (CheckResult c : reports.get(i).checks()) {
        assertEquals(word(c.status()), row.get(ids.indexOf(c.id())), c.id() + " of " + reports.get(i).file());
      }
    }
    List<List<String>> text = LibreOffice.rows(csv.resolve("merged-文字对比.csv"));
    assertEquals(TextComparisonSheet.YEARS_TITLE, text.get(0).get(0));
    List<String> general = TextComparisonSheetTest.row(text, "青溪县人民政府", "一、总体情况");
    assertEquals(List.of("2021", "2022", "一、总体情况", "2", "2", "1", "1", "1"), general.subList(1, 9));
    assertEquals(MergeFixtures.SENTENCE_2022, general.get(10));
    assertEquals(MergeFixtures.SENTENCE_2021, general.get(11));
  }

  @Test
  void opensAsInstalledShowingEachReportsFailingChecks(@TempDir Path dir) throws Exception {
    Optional<String> soffice = LibreOffice.find();
    assumeTrue(soffice.isPresent(), "LibreOffice is not installed");
    List<Report> reports = MergeFixtures.corpus();
    Path book = Files.write(dir.resolve("merged.xlsx"), MergeFixtures.merge(reports, List.of()).xlsx());
    List<List<String>> summary = LibreOffice.rows(LibreOffice.openAsInstalledToCsv(soffice.get(), dir, List.of(book)).resolve("merged-汇总.csv"));
    int failing = 0;
    for (int i = 0; i < reports.size(); i++) {
      long expected = reports.get(i).checks().stream().filter(c -> c.status() == CheckStatus.FAIL).count();
      assertEquals(String.valueOf(expected), summary.get(ComparisonWorkbookWriter.FIRST_DATA_ROW - 1 + i).get(SummaryColumns.FAILING), reports.get(i).file());
      failing += (int) expected;
    }
    org.junit.jupiter.api.Assertions.assertTrue(failing > 10, "reports with failing checks are among the fixtures");
  }

  private static String word(CheckStatus s) {
    return s == CheckStatus.PASS ? "通过" : s == CheckStatus.FAIL ? "不通过" : "跳过";
  }
}
