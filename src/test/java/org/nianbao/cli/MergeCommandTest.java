package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.TestReports;

class MergeCommandTest {
  private final CommandRun cli = new CommandRun();

  @Test
  void mergesEveryGoodReportAndListsEveryBadOne(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (String name : new String[] {"haining-2020.txt", "shangjie-2020.txt", "dinghai-2022.txt"}) {
      Files.copy(Path.of("test-data/reports", name), in.resolve(name));
    }
    Files.createFile(in.resolve("empty.html"));
    Files.write(in.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7});
    byte[] page = Files.readAllBytes(Path.of("test-data/reports/haining-2020.txt"));
    Files.write(in.resolve("truncated.txt"), java.util.Arrays.copyOf(page, 300));
    Path out = dir.resolve("merged.xlsx");
    assertEquals(ExitCodes.SOME_FAILED, cli.run("merge", "-o", out.toString(), "--csv", dir.resolve("merged.csv").toString(), in.toString()));
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
      Sheet summary = wb.getSheet("汇总");
      Sheet failed = wb.getSheet("未能读取");
      int rows = summary.getLastRowNum() + 1 - 3;
      int rejected = failed.getLastRowNum();
      assertEquals(3, rows);
      assertEquals(3, rejected);
      assertEquals(6, rows + rejected, "every input is a row or listed");
    }
    assertEquals(7, Files.readAllLines(dir.resolve("merged.csv")).size(), "header and one row per input");
    assertTrue(cli.err().endsWith("6 inputs: 0 read whole, 3 with missing tables or flagged figures, 3 not read\nwrote " + out + " (3 reports)\nwrote "
        + dir.resolve("merged.csv") + " (3 reports)\n"), cli.err());
  }

  @Test
  void aRosterAddsTheSheetOfWhoReportedAndABadOneIsAUsageError(@TempDir Path dir) throws Exception {
    Path roster = Files.writeString(dir.resolve("units.csv"), "单位\n海宁市人民政府\n衡阳市人民政府办公室\n绍兴市教育局\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("m.xlsx");
    assertEquals(ExitCodes.OK, cli.run("merge", "-o", out.toString(), "--roster", roster.toString(), "test-data/reports/haining-2020.txt",
        "test-data/reports/hengyang-office-2019.txt"), cli.err());
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
      assertEquals("名单共3个单位：已报送2，名称近似0，重复报送0，未报送1；不在名单上的报告0份。未能读取的文件见「未能读取」。",
          wb.getSheet("名单").getRow(0).getCell(0).getStringCellValue());
    }
    Path empty = Files.writeString(dir.resolve("empty.csv"), "单位\n", StandardCharsets.UTF_8);
    assertEquals(ExitCodes.USAGE, cli.run("merge", "-o", out.toString(), "--roster", empty.toString(), "test-data/reports"));
    assertTrue(cli.err().contains("the roster " + empty + " cannot be read or names no unit"), cli.err());
    assertEquals(ExitCodes.USAGE, cli.run("merge", "-o", out.toString(), "--roster", dir.resolve("none.csv").toString(), "test-data/reports"));
    assertTrue(cli.err().lines().noneMatch(l -> l.contains("Exception")), cli.err());
  }

  @Test
  void aRegionGivenForAFolderPlacesItsAgenciesThatDoNotSayWhere(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("m.xlsx");
    assertEquals(ExitCodes.OK, cli.run("merge", "-o", out.toString(), "--region", "浙江省绍兴市=test-data/wild", "--region", "湖南省",
        "test-data/reports/haining-2020.txt", "test-data/wild/columns-reordered.html"), cli.err());
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
      org.apache.poi.ss.usermodel.Sheet places = wb.getSheet("地区与层级");
      assertEquals("嘉兴市", places.getRow(3).getCell(2).getStringCellValue(), "a name that says where wins over any region");
      assertEquals("东湖县人民政府", places.getRow(4).getCell(0).getStringCellValue());
      assertEquals("绍兴市", places.getRow(4).getCell(2).getStringCellValue(), "the folder's region, not the one for every report");
      assertEquals("未识别", places.getRow(4).getCell(5).getStringCellValue());
      assertTrue(places.getRow(4).getCell(8).getStringCellValue().contains("--region"));
    }
    assertEquals(ExitCodes.USAGE, cli.run("merge", "-o", out.toString(), "--region", "朝阳区=test-data/wild", "test-data/reports"));
    assertTrue(cli.err().contains("朝阳区"), cli.err());
  }

  @Test
  void keepsAnExistingWorkbookWithoutForce(@TempDir Path dir) throws Exception {
    Path out = Files.writeString(dir.resolve("merged.xlsx"), "keep");
    assertEquals(ExitCodes.SOME_FAILED, cli.run("merge", "-o", out.toString(), "test-data/reports"));
    assertEquals(out + " exists (use --force to replace it)\n", cli.err());
    assertEquals("keep", Files.readString(out));
  }

  @Test
  void replacesTheWorkbookAndCsvItWroteItselfOnARerun(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("merged.xlsx");
    Path csv = dir.resolve("merged.csv");
    for (int i = 0; i < 2; i++) {
      assertEquals(ExitCodes.OK, cli.run("merge", "-o", out.toString(), "--csv", csv.toString(), "test-data/reports"), cli.err());
    }
    assertEquals(6, Files.readAllLines(csv).size());
  }

  @Test
  void refusesOutputsNamedForOtherFileTypes(@TempDir Path dir) {
    assertEquals(ExitCodes.USAGE, cli.run("merge", "-o", dir.resolve("m.xls").toString(), "test-data/reports"));
    assertTrue(cli.err().startsWith("nianbao: " + dir.resolve("m.xls") + ": a workbook's name must end in .xlsx"), cli.err());
    assertEquals(ExitCodes.USAGE, cli.run("merge", "-o", dir.resolve("m.xlsx").toString(), "--csv", dir.resolve("m.txt").toString(), "test-data/reports"));
    assertTrue(cli.err().startsWith("nianbao: " + dir.resolve("m.txt") + ": a CSV file's name must end in .csv"), cli.err());
  }

  @Test
  void saysSoAndFailsWhenThereIsNothingToMerge(@TempDir Path dir) {
    assertEquals(ExitCodes.USAGE, cli.run("merge", "-o", dir.resolve("m.xlsx").toString(), ""));
    assertEquals("an empty input argument\n", cli.err());
    assertFalse(Files.exists(dir.resolve("m.xlsx")));
  }

  @Test
  void writesTheCsvInAFolderItMakesWithAChineseOrIdHeader(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("new/folder/m.csv");
    assertEquals(ExitCodes.OK, cli.run("merge", "-o", dir.resolve("m.xlsx").toString(), "--csv", csv.toString(), "test-data/reports/haining-2020.txt"));
    assertTrue(Files.readAllLines(csv).get(0).startsWith("\uFEFF文件,机关,年度"));
    assertEquals(ExitCodes.OK, cli.run("merge", "-o", dir.resolve("m.xlsx").toString(), "--csv", csv.toString(), "--csv-header", "id", "test-data/reports/haining-2020.txt"));
    assertTrue(Files.readAllLines(csv).get(0).startsWith("\uFEFFfile,agency,year"));
  }

  @Test
  void mergesAThousandInputsOfWhichATenthAreBroken(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    List<Path> reports = TestReports.standalone();
    byte[] good = Files.readAllBytes(Path.of("test-data/reports/haining-2020.txt"));
    int broken = 0;
    for (int i = 0; i < 1_000; i++) {
      if (i % 10 == 3) {
        Path bad = in.resolve(String.format("bad-%04d.txt", i));
        switch (broken++ % 4) {
          case 0 -> Files.createFile(bad);
          case 1 -> Files.write(bad, new byte[] {0, 1, 2, 3, 0, 0, 7, (byte) 0xFF});
          case 2 -> Files.write(bad, Arrays.copyOf(good, 120));
          default -> Files.writeString(bad, "会议纪要\n今天讨论了道路维修。\n");
        }
      } else {
        Path r = reports.get(i % reports.size());
        Files.copy(r, in.resolve(String.format("good-%04d-%s", i, r.getFileName())));
      }
    }
    Path out = dir.resolve("merged.xlsx");
    assertEquals(ExitCodes.SOME_FAILED, cli.run("merge", "-o", out.toString(), in.toString()));
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
      assertEquals(900, wb.getSheet("汇总").getLastRowNum() + 1 - 3, "every good report is a row");
      Sheet failed = wb.getSheet("未能读取");
      assertEquals(100, failed.getLastRowNum(), "every broken input is listed");
      for (int r = 1; r <= failed.getLastRowNum(); r++) {
        assertTrue(failed.getRow(r).getCell(0).getStringCellValue().contains("bad-"), "only broken inputs are listed");
      }
    }
  }

  @Test
  void aCsvThatCannotBeWrittenLeavesTheWorkbookThatWas(@TempDir Path dir) throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("file"), "x");
    Path out = dir.resolve("merged.xlsx");
    assertEquals(ExitCodes.SOME_FAILED, cli.run("merge", "-o", out.toString(), "--csv", notAFolder.resolve("m.csv").toString(), "test-data/reports/haining-2020.txt"));
    assertTrue(cli.err().contains("cannot write " + notAFolder.resolve("m.csv")), cli.err());
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
      assertEquals(1, wb.getSheet("汇总").getLastRowNum() + 1 - 3);
    }
  }

  @Test
  void failsCleanlyWhenTheOutputCannotBeWritten(@TempDir Path dir) throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("file"), "x");
    Path out = notAFolder.resolve("merged.xlsx");
    assertEquals(ExitCodes.SOME_FAILED, cli.run("merge", "-o", out.toString(), "test-data/reports/haining-2020.txt"));
    assertTrue(cli.err().endsWith("cannot write " + out + ": " + notAFolder + " is a file, not a folder\n"), cli.err());
    try (var files = Files.list(dir)) {
      assertEquals(List.of(notAFolder), files.toList(), "nothing half-written is left");
    }
  }
}
