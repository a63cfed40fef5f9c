package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private final CommandRun cli = new CommandRun();

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void printsOneJsonLinePerReport() throws Exception {
    assertEquals(ExitCodes.OK, run("extract", "test-data/reports/haining-2020.txt", "test-data/reports/dinghai-2022.txt"));
    String[] lines = cli.out().split("\n");
    assertEquals(2, lines.length);
    JsonNode first = new ObjectMapper().readTree(lines[0]);
    assertEquals("海宁市人民政府", first.get("agency").asText());
    assertEquals(423, first.get("values").get("t3.new.total").asInt());
    assertEquals("test-data/reports/dinghai-2022.txt: 表二, 表三, 表四 not found (not in the text, or published as images: see the original)\n"
        + "2 inputs: 1 read whole, 1 with missing tables or figures to review, 0 not read\n", cli.err());
  }

  @Test
  void readsTablesPublishedAsPicturesUnlessToldNotTo() throws Exception {
    String page = "test-data/scans/columns-reordered.html";
    assertEquals(ExitCodes.OK, run("extract", page));
    JsonNode read = new ObjectMapper().readTree(cli.out());
    assertEquals("{\"t2\":true,\"t3\":true,\"t4\":true}", read.get("tables").toString());
    assertEquals(1523, read.get("values").get("t2.license.decisions").asInt(), "read from the saved page's first picture");

    assertEquals(ExitCodes.OK, run("extract", "--no-ocr", page));
    JsonNode named = new ObjectMapper().readTree(cli.out());
    assertEquals("{\"t2\":false,\"t3\":false,\"t4\":false}", named.get("tables").toString());
    assertTrue(named.get("flags").toString().contains("table2.png"), "the picture is named instead: " + named.get("flags"));
    assertTrue(cli.err().contains("表二, 表三, 表四 not found"), cli.err());
  }

  @Test
  void printsTheSameBytesOnEveryRunKeysInAFixedOrder() {
    assertEquals(ExitCodes.SOME_FAILED, run("extract", "test-data/reports", "test-data/forms", "no-such-file.html"));
    String first = cli.out();
    for (int i = 0; i < 3; i++) {
      run("extract", "test-data/reports", "test-data/forms", "no-such-file.html");
      assertEquals(first, cli.out());
    }
    for (String line : first.split("\n")) {
      assertTrue(line.contains("\"tables\":{\"t2\":"), line.substring(0, 120));
      assertTrue(line.indexOf("\"t2\":") < line.indexOf("\"t3\":") && line.indexOf("\"t3\":") < line.indexOf("\"t4\":"));
    }
  }

  @Test
  void goesOnAfterABadFileAndSaysWhichInOneLine(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path page = Files.writeString(dir.resolve("menu.html"), "<html><body><p>首页</p><p>联系我们</p></body></html>", StandardCharsets.UTF_8);
    assertEquals(ExitCodes.SOME_FAILED, run("extract", empty.toString(), "test-data/reports/haining-2020.txt", page.toString()));
    String[] lines = cli.out().split("\n");
    assertEquals(3, lines.length);
    JsonNode failed = new ObjectMapper().readTree(lines[0]);
    assertEquals("空文件", failed.get("error").asText(), "the JSON speaks Chinese whatever the system's language");
    assertEquals("error.empty", failed.get("error_code").asText(), "and carries a code programs rely on");
    assertTrue(new ObjectMapper().readTree(lines[1]).get("error").isNull());
    assertEquals(empty + ": empty file\n" + page + ": no annual report found: no statutory section or table in the text\n"
        + "3 inputs: 1 read whole, 0 with missing tables or figures to review, 2 not read\n", cli.err());
  }

  @Test
  void saysHowToGetHelpOnAUsageError() {
    assertEquals(ExitCodes.USAGE, run("extract"));
    assertEquals("nianbao: missing: FILE\nTry 'nianbao extract --help' for more information.\n", cli.err());
  }

  @Test
  void hasHelpOnEverySubcommand() {
    assertEquals(ExitCodes.OK, run("extract", "--help"));
    assertTrue(cli.out().contains("Usage: nianbao extract"));
    for (String command : new String[] {"convert", "merge", "extract", "bench"}) {
      assertEquals(ExitCodes.OK, run(command, "--help"));
      String help = cli.out().replaceAll("\\s+", "");
      assertTrue(help.contains("Examples:") && help.contains("nianbao" + command), command + ":\n" + cli.out());
      assertTrue(help.contains(".docx") && help.contains(".doc)") && help.contains("PDF") && help.contains(".html"), command + ":\n" + cli.out());
    }
  }

  @Test
  void benchReportsTheReadingRateAndTheTimesOfAWorkbookAndAJsonLine() {
    assertEquals(ExitCodes.OK, run("bench", "--warmup", "0", "--seconds", "0.2", "test-data/reports/haining-2020.txt"));
    String[] lines = cli.out().strip().split("\n");
    assertEquals(3, lines.length, cli.out());
    assertTrue(lines[0].matches(".*\\d+.*(reports/s|每秒\\d+份)"), lines[0]);
    assertTrue(lines[1].matches(".*workbooks.*\\d+\\.\\d\\d ?(ms each|毫秒)"), lines[1]);
    assertTrue(lines[2].matches(".*JSON.*\\d+\\.\\d\\d ?(ms each|毫秒)"), lines[2]);
  }

  @Test
  void flagsCarryStableCodesBesideTheirText() throws Exception {
    run("extract", "test-data/reports/shaoxing-office-2020.txt");
    JsonNode flags = new ObjectMapper().readTree(cli.out()).get("flags");
    assertTrue(flags.size() > 10);
    for (JsonNode f : flags) {
      assertTrue(f.get("code").asText().matches("[a-z_]+(\\.[a-z_0-9]+)+"), f.toString());
      assertTrue(org.nianbao.message.Messages.ZH.has(f.get("code").asText()), f.toString());
      assertTrue(f.get("reason").asText().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), f.toString());
    }
  }

  @Test
  void takesAFolderOfPicturesAsOneReportAndAPartOnlyAsAPart(@TempDir Path dir) throws Exception {
    Path pages = Files.createDirectories(dir.resolve("扫描件"));
    Files.copy(Path.of("test-data/habits/web-page-photos/IMG_9.png"), pages.resolve("IMG_9.png"));
    Files.createDirectories(dir.resolve("r_files"));
    Files.copy(Path.of("test-data/habits/web-page-photos/IMG_10.png"), dir.resolve("r_files/t.png"));
    Files.writeString(dir.resolve("r.html"), "<html><head><meta charset=\"utf-8\"></head><body><p>某县人民政府2021年政府信息公开工作年度报告</p>"
        + "<p>一、总体情况</p><a href=\"r_1.html\">下一页</a></body></html>", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("r_1.html"), "<html><head><meta charset=\"utf-8\"></head><body><p>三、收到和处理政府信息公开申请情况</p></body></html>",
        StandardCharsets.UTF_8);
    run("extract", "-v", "--no-ocr", dir.toString());
    String[] lines = cli.out().split("\n");
    assertEquals(2, lines.length, cli.out());
    assertEquals(dir.resolve("r.html").toString(), new ObjectMapper().readTree(lines[0]).get("file").asText());
    assertEquals(pages.toString(), new ObjectMapper().readTree(lines[1]).get("file").asText(), "the folder is one input; r_files/ is the page's");
    assertTrue(cli.err().contains(dir.resolve("r_1.html") + ": read as a part of " + dir.resolve("r.html") + ", not again on its own"), cli.err());
    assertTrue(cli.err().contains("; 1 file read as parts of other reports (--verbose lists them)"), cli.err());

    run("extract", "--no-ocr", pages.toString());
    assertEquals(pages.toString(), new ObjectMapper().readTree(cli.out()).get("file").asText(), "a folder named is one report too");
  }

  @Test
  void takesAFolderHoldingOneSavedPageAsThatReportAndAnUnlinkedReportBesideItOnItsOwn(@TempDir Path dir) throws Exception {
    Path saved = Files.createDirectories(dir.resolve("某县2021年报"));
    Files.copy(Path.of("test-data/hazards/html-2021-form-gbk.html"), saved.resolve("index.html"));
    Files.createDirectories(saved.resolve("index_files"));
    Files.writeString(saved.resolve("index_files/style.css"), "p{}");
    run("extract", saved.toString());
    String[] lines = cli.out().split("\n");
    assertEquals(1, lines.length, cli.out());
    assertEquals(saved.toString(), new ObjectMapper().readTree(lines[0]).get("file").asText(), "a page saved with its files is answered as its folder");
    assertTrue(new ObjectMapper().readTree(lines[0]).get("tables").get("t3").asBoolean(), lines[0]);

    Files.copy(Path.of("test-data/reports/haining-2020.txt"), saved.resolve("unlinked.txt"));
    run("extract", saved.toString());
    assertEquals(2, cli.out().split("\n").length, "a report file the page does not link is read on its own: " + cli.out());
  }
}
