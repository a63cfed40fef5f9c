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
    assertEquals("", cli.err());
  }

  @Test
  void goesOnAfterABadFileAndSaysWhichInOneLine(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path page = Files.writeString(dir.resolve("menu.html"), "<html><body><p>首页</p><p>联系我们</p></body></html>", StandardCharsets.UTF_8);
    assertEquals(ExitCodes.SOME_FAILED, run("extract", empty.toString(), "test-data/reports/haining-2020.txt", page.toString()));
    String[] lines = cli.out().split("\n");
    assertEquals(3, lines.length);
    assertEquals("empty file", new ObjectMapper().readTree(lines[0]).get("error").asText());
    assertTrue(new ObjectMapper().readTree(lines[1]).get("error").isNull());
    assertEquals(empty + ": empty file\n" + page + ": no annual report found: no statutory section or table in the text\n", cli.err());
  }

  @Test
  void saysHowToGetHelpOnAUsageError() {
    assertEquals(ExitCodes.USAGE, run("extract"));
    assertTrue(cli.err().startsWith("nianbao: Missing required parameter"));
    assertTrue(cli.err().contains("Try 'nianbao extract --help'"));
  }

  @Test
  void hasHelpOnEverySubcommand() {
    assertEquals(ExitCodes.OK, run("extract", "--help"));
    assertTrue(cli.out().contains("Usage: nianbao extract"));
  }
}
