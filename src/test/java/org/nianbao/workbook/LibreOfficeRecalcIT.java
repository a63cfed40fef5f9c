package org.nianbao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.CheckResult;
import org.nianbao.model.Report;

/**
 * Every fixture's workbook recalculated from scratch by LibreOffice headless (recalculation on load
 * forced in a private profile; the workbook carries no cached results anyway): each 校验 row must
 * show the verdict nianbao's own check engine gave, and every sheet must open and export.
 * Skipped where LibreOffice is not installed; .ci/run installs it.
 */
class LibreOfficeRecalcIT {
  /** LibreOffice's profile setting: recalculate OOXML formulas on load, always. */
  private static final String RECALC_ALWAYS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">"
          + "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\"><prop oor:name=\"OOXMLRecalcMode\" oor:op=\"fuse\"><value>0</value></prop></item>"
          + "</oor:items>\n";

  /** CSV export of every sheet (the last token, -1), UTF-8 (76), comma separated, quoted text. */
  private static final String ALL_SHEETS_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

  private static String soffice;

  @BeforeAll
  static void findLibreOffice() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("soffice", "libreoffice")) {
        if (Files.isExecutable(Path.of(dir, name))) {
          soffice = Path.of(dir, name).toString();
          return;
        }
      }
    }
  }

  @Test
  void recalculatedChecksAgreeWithTheCheckEngine(@TempDir Path dir) throws Exception {
    assumeTrue(soffice != null, "LibreOffice is not installed");
    Path profile = dir.resolve("profile/user");
    Files.createDirectories(profile);
    Files.writeString(profile.resolve("registrymodifications.xcu"), RECALC_ALWAYS, StandardCharsets.UTF_8);
    Map<String, Report> reports = new LinkedHashMap<>();
    List<String> command = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--norestore",
        "--convert-to", ALL_SHEETS_CSV, "--outdir", dir.resolve("csv").toString()));
    int n = 0;
    for (Path p : WorkbookFixtures.reports()) {
      Report r = ReportWorkbookWriterTest.report(p);
      String stem = "report" + n++;
      Files.write(dir.resolve(stem + ".xlsx"), ReportWorkbookWriterTest.bytes(r));
      reports.put(stem, r);
      command.add(dir.resolve(stem + ".xlsx").toString());
    }
    Process lo = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
    assertTrue(lo.waitFor(5, TimeUnit.MINUTES), "LibreOffice did not finish");
    assertEquals(0, lo.exitValue(), Files.readString(dir.resolve("soffice.log")));
    for (Map.Entry<String, Report> e : reports.entrySet()) {
      for (String sheet : List.of("概况", "表二 主动公开", "表三 依申请公开", "表四 复议诉讼", "来源")) {
        assertTrue(Files.exists(dir.resolve("csv").resolve(e.getKey() + "-" + sheet + ".csv")), sheet + " of " + e.getValue().file() + " did not open");
      }
      Map<String, String> shown = verdicts(dir.resolve("csv").resolve(e.getKey() + "-校验.csv"));
      for (CheckResult c : e.getValue().checks()) {
        assertEquals(WorkbookFixtures.word(c.status()), shown.get(c.id()), c.id() + " of " + e.getValue().file());
      }
    }
  }

  private static Map<String, String> verdicts(Path csv) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = Csv.split(line);
      out.put(cells.get(0), cells.get(5));
    }
    return out;
  }

  /** Splits one CSV line as LibreOffice writes it (quotes around text with commas). */
  private static final class Csv {
    static List<String> split(String line) {
      List<String> out = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = !quoted;
        } else if (c == ',' && !quoted) {
          out.add(cell.toString());
          cell.setLength(0);
        } else {
          cell.append(c);
        }
      }
      out.add(cell.toString());
      return out;
    }
  }
}
