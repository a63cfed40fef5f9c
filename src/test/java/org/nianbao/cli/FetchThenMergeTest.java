package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.fetch.TestSite;

/**
 * The chore end to end: {@code fetch} a county's 年报 column from the loopback site, then read the
 * folder it wrote. Every report folder reads as one report — a page whole, a page in GB2312, a page
 * whose report is its PDF attachment, a report over three pages, a page of pictures — with the
 * numbers its fixture reads as on its own; {@code merge} takes each once, and nothing else.
 */
class FetchThenMergeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Each report's folder, its main file, and the fixture the site serves it from. */
  private static final Map<String, String> SOURCES = Map.of(
      "东湖县人民政府_2021/art_101.html", "test-data/wild/columns-reordered.html",
      "青溪县人民政府_2022/art_102.html", "test-data/hazards/html-2021-form-gbk.html",
      "海宁市人民政府_2020/art_103.html", "test-data/forms/haining-2020.pdf",
      "凤鸣县交通运输局_2021/art_104.html", "test-data/habits/web-paged.html",
      "东湖县人民政府_2021(2)/art_105.html", "test-data/scans/columns-reordered.html");

  private final CommandRun cli = new CommandRun();

  @Test
  void mergeReadsEveryReportFetchSaved(@TempDir Path dir) throws IOException {
    Path reports = dir.resolve("reports");
    try (TestSite site = new TestSite()) {
      int code = cli.run("fetch", "--delay", "0", "--timeout", "1", "-o", reports.toString(), site.at("/col/ndbg/index.html"));
      assertEquals(ExitCodes.SOME_FAILED, code, cli.err());
    }
    try (Stream<Path> folders = Files.list(reports)) {
      assertEquals(SOURCES.keySet().stream().map(f -> f.substring(0, f.indexOf('/'))).sorted().toList(),
          folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList());
    }

    assertEquals(ExitCodes.OK, cli.run("extract", reports.toString()), cli.err());
    // Five reports read, none refused; the next pages and the attachment read as parts of theirs.
    assertTrue(cli.err().contains(", 0 not read; 3 files read as parts of other reports"), cli.err());
    Map<String, JsonNode> read = new TreeMap<>();
    for (String line : cli.out().split("\n")) {
      JsonNode n = JSON.readTree(line);
      read.put(reports.relativize(Path.of(n.get("file").asText())).toString().replace('\\', '/'), n);
    }
    assertEquals(new TreeMap<>(SOURCES).keySet(), read.keySet());
    for (Map.Entry<String, String> e : SOURCES.entrySet()) {
      JsonNode n = read.get(e.getKey());
      JsonNode alone = JSON.readTree(Path.of(e.getValue() + ".expected.json").toFile());
      assertTrue(n.get("error").isNull(), e.getKey() + ": " + n.get("error"));
      assertEquals("{\"t2\":true,\"t3\":true,\"t4\":true}", n.get("tables").toString(), e.getKey());
      assertEquals(alone.get("values"), n.get("values"), e.getKey() + " reads otherwise than " + e.getValue());
      // Flagged as the fixture is (which of its files were read with it aside: their names differ).
      assertEquals(codes(alone.get("flags")), codes(n.get("flags")), e.getKey());
    }

    Path book = dir.resolve("2021.xlsx");
    assertEquals(ExitCodes.OK, cli.run("merge", reports.toString(), "-o", book.toString()), cli.err());
    assertTrue(cli.err().contains("wrote " + book + " (5 reports)"), cli.err());
  }

  private static List<String> codes(JsonNode flags) {
    List<String> codes = new ArrayList<>();
    flags.forEach(f -> codes.add(f.get("code").asText()));
    return codes.stream().filter(c -> !c.equals("read.part")).toList();
  }
}
