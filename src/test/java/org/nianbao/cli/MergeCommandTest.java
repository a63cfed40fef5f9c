package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    assertTrue(cli.err().endsWith("merged 3 reports into " + out + " and " + dir.resolve("merged.csv") + "; 3 inputs not read (listed in 未能读取)\n"), cli.err());
  }

  @Test
  void keepsAnExistingWorkbookWithoutForce(@TempDir Path dir) throws Exception {
    Path out = Files.writeString(dir.resolve("merged.xlsx"), "keep");
    assertEquals(ExitCodes.SOME_FAILED, cli.run("merge", "-o", out.toString(), "test-data/reports"));
    assertEquals("nianbao: " + out + " exists (use --force to replace it)\n", cli.err());
    assertEquals("keep", Files.readString(out));
  }
}
