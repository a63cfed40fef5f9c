package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The convert command as a user runs it: its exit code, what it prints, and the files it leaves. */
class ConvertCommandTest {
  private final CommandRun cli = new CommandRun();

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void namesWorkbooksFromAgencyAndYearInTheOutputFolder(@TempDir Path dir) throws Exception {
    assertEquals(ExitCodes.OK, run("convert", "-o", dir + "/", "test-data/reports/haining-2020.txt"));
    Path wb = dir.resolve("海宁市人民政府-2020.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(wb))) {
      assertEquals(7, book.getNumberOfSheets(), "six shown and the hidden 原读数");
    }
    assertEquals("test-data/reports/haining-2020.txt -> " + wb + "\n", cli.out());
    assertEquals("1 input: 1 read whole, 0 with missing tables or figures to review, 0 not read, 1 workbook written\n", cli.err());
  }

  @Test
  void neverOverwritesAnotherFileWithoutForce(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("out.xlsx");
    Files.writeString(target, "keep me");
    assertEquals(ExitCodes.SOME_FAILED, run("convert", "-o", target.toString(), "test-data/reports/haining-2020.txt"));
    assertEquals("keep me", Files.readString(target));
    assertTrue(cli.err().startsWith("test-data/reports/haining-2020.txt: " + target + " exists (use --force to replace it)\n"), cli.err());
    assertTrue(cli.err().endsWith("1 not read, 0 workbooks written\n"), cli.err());
    assertEquals(ExitCodes.OK, run("convert", "--force", "-o", target.toString(), "test-data/reports/haining-2020.txt"));
    assertTrue(Files.size(target) > 1000);
  }

  @Test
  void aReportReadButNotWrittenIsCountedOnceAmongThoseNotDone(@TempDir Path dir) throws Exception {
    Path target = Files.writeString(dir.resolve("out.xlsx"), "keep me");
    assertEquals(ExitCodes.SOME_FAILED, run("convert", "-o", target.toString(), "test-data/reports/haining-2020.txt"));
    assertTrue(cli.err().endsWith("\n1 input: 0 read whole, 0 with missing tables or figures to review, 1 not read, 0 workbooks written\n"), cli.err());
  }

  @Test
  void verbosePrintsTheCauseChainOfAnInternalError() throws Exception {
    for (boolean verbose : new boolean[] {true, false}) {
      picocli.CommandLine cl = Main.commandLine(Locale.ENGLISH);
      java.io.StringWriter err = new java.io.StringWriter();
      cl.setErr(new java.io.PrintWriter(err));
      picocli.CommandLine.ParseResult parsed = verbose ? cl.parseArgs("convert", "--verbose", "x.txt") : cl.parseArgs("convert", "x.txt");
      Exception fault = new IllegalStateException("broken", new IOException("No space left on device"));
      assertEquals(ExitCodes.SOFTWARE, cl.getExecutionExceptionHandler().handleExecutionException(fault, cl, parsed));
      assertTrue(err.toString().startsWith("nianbao: internal error: IllegalStateException: broken"), err.toString());
      assertEquals(verbose, err.toString().contains("Caused by: java.io.IOException: No space left on device"), err.toString());
    }
  }

  @Test
  void replacesTheWorkbooksItWroteItselfOnARerun(@TempDir Path dir) throws Exception {
    assertEquals(ExitCodes.OK, run("convert", "-o", dir + "/", "test-data/reports"));
    byte[] first = Files.readAllBytes(dir.resolve("海宁市人民政府-2020.xlsx"));
    assertEquals(ExitCodes.OK, run("convert", "-o", dir + "/", "test-data/reports"), cli.err());
    assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(dir.resolve("海宁市人民政府-2020.xlsx"))));
  }

  @Test
  void refusesOneWorkbookNameForSeveralInputs(@TempDir Path dir) {
    assertEquals(ExitCodes.USAGE, run("convert", "-o", dir.resolve("a.xlsx").toString(), "test-data/reports"));
    assertTrue(cli.err().startsWith("nianbao: -o " + dir.resolve("a.xlsx") + " names one workbook but there are 5 inputs; give a folder (ending in /)\n"), cli.err());
  }

  @Test
  void refusesAnOutputNamedForAnotherFileType(@TempDir Path dir) {
    for (String name : List.of("out.xls", "out.csv")) {
      assertEquals(ExitCodes.USAGE, run("convert", "-o", dir.resolve(name).toString(), "test-data/reports/haining-2020.txt"));
      assertTrue(cli.err().startsWith("nianbao: " + dir.resolve(name) + ": a workbook's name must end in .xlsx (end it with / for a folder)\n"), cli.err());
      assertFalse(Files.exists(dir.resolve(name)));
    }
  }

  @Test
  void convertsTheGoodFilesOfABatchAndListsTheBadOnes(@TempDir Path dir) throws Exception {
    Path bad = Files.createFile(dir.resolve("empty.html"));
    Path outDir = dir.resolve("out");
    assertEquals(ExitCodes.SOME_FAILED, run("convert", "-o", outDir + "/", bad.toString(), "test-data/reports/shangjie-2020.txt"));
    try (Stream<Path> files = Files.list(outDir)) {
      assertEquals(List.of("郑州市上街区人民政府-2020.xlsx"), files.map(p -> p.getFileName().toString()).toList());
    }
    assertEquals(bad + ": empty file\n2 inputs: 0 read whole, 1 with missing tables or figures to review, 1 not read, 1 workbook written\n", cli.err());
  }

  @Test
  void warnsOfEveryReportReadWithoutAStatutoryTable(@TempDir Path dir) {
    assertEquals(ExitCodes.OK, run("convert", "-o", dir + "/", "test-data/reports/dinghai-2022.txt", "test-data/hazards/html-2021-form-gbk.html"));
    assertEquals("test-data/reports/dinghai-2022.txt: 表二, 表三, 表四 not found (not in the text, or published as images: see the original)\n"
        + "2 inputs: 1 read whole, 1 with missing tables or figures to review, 0 not read, 2 workbooks written\n", cli.err());
  }

  @Test
  void saysSoAndFailsWhenThereIsNothingToRead(@TempDir Path dir) throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertEquals(ExitCodes.USAGE, run("convert", "-o", dir + "/", empty.toString()));
    assertEquals("no report files in folder " + empty + "\n", cli.err());
    assertEquals(ExitCodes.USAGE, run("convert", "-o", dir + "/", dir + "/nothing/*.html"));
    assertEquals("no file matches " + dir + "/nothing/*.html\n", cli.err());
    assertEquals(ExitCodes.USAGE, run("convert", "-o", dir + "/", ""));
    assertEquals("an empty input argument\n", cli.err());
  }

  @Test
  void walksFoldersForReportsOnlyCountingWhatItSkipsAndNeverEntersToolFolders(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of("test-data/hazards/html-2021-form-gbk.html"), in.resolve("report.html"));
    for (String tool : List.of(".git", "target")) {
      Files.createDirectories(in.resolve(tool));
      Files.copy(Path.of("test-data/reports/haining-2020.txt"), in.resolve(tool).resolve("report.txt"));
    }
    Files.write(in.resolve("scan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Files.writeString(in.resolve("notes.xlsx"), "x");
    Path out = dir.resolve("out");
    assertEquals(ExitCodes.OK, run("convert", "-o", out + "/", in.toString()));
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(1, files.count(), "only the report outside .git and target");
    }
    assertTrue(cli.err().endsWith("1 input: 1 read whole, 0 with missing tables or figures to review, 0 not read, 1 workbook written;"
        + " 2 files that are not reports skipped (--verbose lists them)\n"), cli.err());
    assertEquals(ExitCodes.OK, run("convert", "--verbose", "--force", "-o", out + "/", in.toString()));
    assertTrue(cli.err().startsWith("skipped (not a report file): " + in.resolve("notes.xlsx") + "\nskipped (not a report file): " + in.resolve("scan.png") + "\n"), cli.err());
  }

  @Test
  void followsLinksButNeverToAFolderAroundAndNamesALinkThatLeadsNowhere(@TempDir Path dir) throws Exception {
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.copy(Path.of("test-data/hazards/html-2021-form-gbk.html"), other.resolve("page.html"));
    Files.copy(Path.of("test-data/reports/haining-2020.txt"), dir.resolve("haining.txt"));
    Path in = Files.createDirectories(dir.resolve("in"));
    try {
      Files.createSymbolicLink(in.resolve("linked.txt"), dir.resolve("haining.txt"));
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("symbolic links cannot be made here: " + e);
    }
    Files.createSymbolicLink(in.resolve("linked-folder"), other);
    Files.createSymbolicLink(in.resolve("loop"), in);
    Files.createSymbolicLink(in.resolve("parent"), dir);
    Files.createSymbolicLink(in.resolve("gone.txt"), dir.resolve("nowhere.txt"));
    Files.createSymbolicLink(in.resolve("gone.png"), dir.resolve("nowhere.png"));
    Path out = dir.resolve("out");
    assertEquals(ExitCodes.SOME_FAILED, run("convert", "-o", out + "/", in.toString()));
    assertEquals(in.resolve("linked-folder").resolve("page.html") + " -> " + out.resolve("青溪县人民政府-2022.xlsx") + "\n"
        + in.resolve("linked.txt") + " -> " + out.resolve("海宁市人民政府-2020.xlsx") + "\n", cli.out());
    assertTrue(cli.err().startsWith(in.resolve("gone.txt") + ": no such file\n"), cli.err());
    assertTrue(cli.err().endsWith("3 inputs: 2 read whole, 0 with missing tables or figures to review, 1 not read, 2 workbooks written;"
        + " 1 file that is not a report skipped (--verbose lists them)\n"), cli.err());
  }

  @Test
  void namesFilesOfOtherKindsInOnePlainLine(@TempDir Path dir) throws Exception {
    Path sheet = dir.resolve("table.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(sheet))) {
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      zip.write("<workbook/>".getBytes());
    }
    Path archive = dir.resolve("reports.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
      zip.putNextEntry(new ZipEntry("a/report.html"));
      zip.write("<html></html>".getBytes());
    }
    assertEquals(ExitCodes.SOME_FAILED, run("convert", "-o", dir + "/out/", sheet.toString(), archive.toString()));
    assertEquals(sheet + ": a spreadsheet, not a report\n" + archive + ": an archive: unpack it first and give nianbao the reports inside\n"
        + "2 inputs: 0 read whole, 0 with missing tables or figures to review, 2 not read, 0 workbooks written\n", cli.err());
  }

  @Test
  void speaksChineseOnAChineseSystem(@TempDir Path dir) throws Exception {
    CommandRun zh = new CommandRun(Locale.SIMPLIFIED_CHINESE);
    Path bad = Files.createFile(dir.resolve("empty.html"));
    assertEquals(ExitCodes.SOME_FAILED, zh.run("convert", "-o", dir + "/out/", bad.toString(), "test-data/reports/dinghai-2022.txt"));
    assertEquals(bad + "：空文件\n"
        + "test-data/reports/dinghai-2022.txt：未找到表二、表三、表四（正文中没有，或以图片发布，请查看原文）\n"
        + "2个输入：0份完整读取，1份缺表或有需核对的数字，1个未能读取，写入1个工作簿\n", zh.err());
    assertEquals(ExitCodes.OK, zh.run("convert", "--help"));
    assertTrue(zh.out().startsWith("用法：nianbao convert"), zh.out());
    assertTrue(zh.out().contains("示例：") && zh.out().contains("Word（.docx") && zh.out().contains("PDF"), zh.out());
  }
}
