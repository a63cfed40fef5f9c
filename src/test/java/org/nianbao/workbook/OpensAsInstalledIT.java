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
import org.nianbao.check.CheckEngine;
import org.nianbao.model.CheckResult;
import org.nianbao.model.Report;
import org.nianbao.form.Figure;
import org.nianbao.testing.LibreOffice;

/**
 * Every fixture's workbook opened the way a person's LibreOffice opens it — a fresh profile with
 * its default settings, which do not recalculate an .xlsx — shows on 校验 the verdicts nianbao
 * computed and on 概况 the key figures of the report, not zeros.
 */
class OpensAsInstalledIT {
  @Test
  void showsTheVerdictsAndFiguresWithoutRecalculating(@TempDir Path dir) throws Exception {
    Optional<String> soffice = LibreOffice.find();
    assumeTrue(soffice.isPresent(), "LibreOffice is not installed");
    Map<String, Report> reports = new LinkedHashMap<>();
    List<Path> books = new ArrayList<>();
    for (Path p : WorkbookFixtures.reports()) {
      Report r = ReportWorkbookWriterTest.report(p);
      String stem = "report" + reports.size();
      books.add(Files.write(dir.resolve(stem + ".xlsx"), ReportWorkbookWriterTest.bytes(r)));
      reports.put(stem, r);
    }
    Path csv = LibreOffice.openAsInstalledToCsv(soffice.get(), dir, books);
    int figures = 0;
    for (Map.Entry<String, Report> e : reports.entrySet()) {
      Report r = e.getValue();
      Map<String, String> shown = new LinkedHashMap<>();
      LibreOffice.rows(csv.resolve(e.getKey() + "-校验.csv")).stream().filter(row -> row.size() > CheckSheet.ID_COLUMN)
          .forEach(row -> shown.put(row.get(CheckSheet.ID_COLUMN), row.get(WorkbookFixtures.RESULT)));
      for (CheckResult c : r.checks()) {
        assertEquals(WorkbookFixtures.word(c.status()), shown.get(c.id()), c.id() + " of " + r.file());
      }
      Map<String, String> summary = new LinkedHashMap<>();
      LibreOffice.rows(csv.resolve(e.getKey() + "-概况.csv")).stream().filter(row -> row.size() > 1).forEach(row -> summary.putIfAbsent(row.get(0), row.get(1)));
      if (r.format().isEmpty()) {
        continue;
      }
      for (Figure f : ReportWorkbookWriterTest.SPEC.figures(r.format().get())) {
        if (f.terms().stream().allMatch(t -> r.values().containsKey(t.field()))) {
          String expected = CheckEngine.sum(f.terms(), id -> r.values().get(id).asCounted()).stripTrailingZeros().toPlainString();
          assertEquals(expected, summary.get(f.label()), f.label() + " of " + r.file());
          figures++;
        }
      }
    }
    assertTrue(figures > 100, "key figures compared: " + figures);
  }
}
