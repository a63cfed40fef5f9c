package org.nianbao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.CheckResult;
import org.nianbao.model.Report;
import org.nianbao.testing.LibreOffice;

/**
 * Every fixture's workbook recalculated from scratch by LibreOffice headless (the workbook carries
 * no cached results either): each 校验 row must show the verdict nianbao's own check engine gave,
 * and every sheet must open and export. Skipped where LibreOffice is not installed; .ci/run installs it.
 */
class LibreOfficeRecalcIT {
  @Test
  void recalculatedChecksAgreeWithTheCheckEngine(@TempDir Path dir) throws Exception {
    Optional<String> soffice = LibreOffice.find();
    assumeTrue(soffice.isPresent(), "LibreOffice is not installed");
    Map<String, Report> reports = new LinkedHashMap<>();
    List<Path> books = new ArrayList<>();
    for (Path p : WorkbookFixtures.reports()) {
      Report r = ReportWorkbookWriterTest.report(p);
      String stem = "report" + reports.size();
      Path book = Files.write(dir.resolve(stem + ".xlsx"), ReportWorkbookWriterTest.bytes(r));
      reports.put(stem, r);
      books.add(book);
    }
    Path csv = LibreOffice.recalculateToCsv(soffice.get(), dir, books);
    for (Map.Entry<String, Report> e : reports.entrySet()) {
      for (String sheet : List.of("概况", "表二 主动公开", "表三 依申请公开", "表四 复议诉讼", "来源")) {
        assertTrue(Files.exists(csv.resolve(e.getKey() + "-" + sheet + ".csv")), sheet + " of " + e.getValue().file() + " did not open");
      }
      Map<String, String> shown = new LinkedHashMap<>();
      List<List<String>> rows = LibreOffice.rows(csv.resolve(e.getKey() + "-校验.csv"));
      rows.subList(1, rows.size()).stream().filter(r -> r.size() > CheckSheet.ID_COLUMN).forEach(r -> shown.put(r.get(CheckSheet.ID_COLUMN), r.get(WorkbookFixtures.RESULT)));
      for (CheckResult c : e.getValue().checks()) {
        assertEquals(WorkbookFixtures.word(c.status()), shown.get(c.id()), c.id() + " of " + e.getValue().file());
      }
      assertEquals(WorkbookFixtures.narrativeWords(e.getValue()), WorkbookFixtures.narrativeShown(rows), "narrative of " + e.getValue().file());
    }
  }
}
