package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  private final CommandRun cli = new CommandRun();

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void namesWorkbooksFromAgencyAndYearInTheOutputFolder(@TempDir Path dir) throws Exception {
    assertEquals(ExitCodes.OK, run("convert", "-o", dir.toString(), "test-data/reports/haining-2020.txt"));
    Path wb = dir.resolve("海宁市人民政府-2020.xlsx");
    assertTrue(Files.exists(wb));
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(wb))) {
      assertEquals(6, book.getNumberOfSheets());
    }
    assertEquals("test-data/reports/haining-2020.txt -> " + wb + "\n", cli.out());
  }

  @Test
  void neverOverwritesWithoutForce(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("out.xlsx");
    Files.writeString(target, "keep me");
    assertEquals(ExitCodes.SOME_FAILED, run("convert", "-o", target.toString(), "test-data/reports/haining-2020.txt"));
    assertEquals("keep me", Files.readString(target));
    assertEquals("test-data/reports/haining-2020.txt: " + target + " exists (use --force to replace it)\n", cli.err());
    assertEquals(ExitCodes.OK, run("convert", "--force", "-o", target.toString(), "test-data/reports/haining-2020.txt"));
    assertTrue(Files.size(target) > 1000);
  }

  @Test
  void refusesOneWorkbookNameForSeveralInputs(@TempDir Path dir) {
    assertEquals(ExitCodes.USAGE, run("convert", "-o", dir.resolve("a.xlsx").toString(), "test-data/reports"));
    assertTrue(cli.err().startsWith("nianbao: -o " + dir.resolve("a.xlsx") + " names one workbook but there are 5 inputs; give a folder"));
  }

  @Test
  void convertsTheGoodFilesOfABatchAndListsTheBadOnes(@TempDir Path dir) throws Exception {
    Path bad = Files.createFile(dir.resolve("empty.html"));
    Path outDir = dir.resolve("out");
    assertEquals(ExitCodes.SOME_FAILED, run("convert", "-o", outDir.toString(), bad.toString(), "test-data/reports/shangjie-2020.txt"));
    try (Stream<Path> files = Files.list(outDir)) {
      assertEquals(List.of("郑州市上街区人民政府-2020.xlsx"), files.map(p -> p.getFileName().toString()).toList());
    }
    assertEquals(bad + ": empty file\n", cli.err());
  }
}
