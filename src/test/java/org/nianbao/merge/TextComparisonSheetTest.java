package org.nianbao.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Report;

class TextComparisonSheetTest {
  /** The row of 文字对比 for this agency and section. */
  static List<String> row(List<List<String>> rows, String agency, String section) {
    return rows.stream().filter(r -> r.size() > 3 && r.get(0).equals(agency) && r.get(3).equals(section)).findFirst().orElseThrow(() -> new AssertionError(agency + " " + section + " not on 文字对比"));
  }

  private static List<List<String>> rows(List<Report> reports) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(MergeFixtures.merge(reports, List.of()).xlsx()))) {
      DataFormatter format = new DataFormatter();
      List<List<String>> out = new ArrayList<>();
      for (Row r : wb.getSheet(TextComparisonSheet.NAME)) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < r.getLastCellNum(); c++) {
          cells.add(r.getCell(c) == null ? "" : format.formatCellValue(r.getCell(c)));
        }
        out.add(cells);
      }
      return out;
    }
  }

  @Test
  void showsWhatChangedFromOneYearToTheNextSentenceBySentence() throws IOException {
    List<List<String>> rows = rows(MergeFixtures.consecutiveYears());
    List<String> general = row(rows, "青溪县人民政府", "一、总体情况");
    assertEquals(List.of("2021", "2022", "一、总体情况", "2", "2", "1", "1", "1"), general.subList(1, 9));
    assertEquals(MergeFixtures.SENTENCE_2022, general.get(10), "the new sentence");
    assertEquals(MergeFixtures.SENTENCE_2021, general.get(11), "the removed sentence");
    List<String> problems = row(rows, "青溪县人民政府", "五、存在的主要问题及改进情况");
    assertEquals(List.of("2", "2", "0", "2", "2"), problems.subList(4, 9), "both points rewritten");
    assertTrue(problems.get(11).contains("一是政策解读形式较为单一"));
    List<String> unchanged = row(rows, "青溪县人民政府", "六、其他需要报告的事项");
    assertEquals("100%", unchanged.get(9));
  }

  @Test
  void listsSectionsOfDifferentAgenciesThatAreNearlyTheSameText() throws IOException {
    String copied = "五、存在的主要问题及改进情况\n"
        + "一是政府信息公开工作机制还需进一步健全完善。二是政策解读的形式还比较单一，图解视频较少。"
        + "三是依申请公开答复的规范性还有待加强和提高。四是基层政务公开标准化规范化工作仍需深化。"
        + "五是政务公开队伍业务能力有待进一步提升。下一步将加强培训，压实责任，提升公开质量。";
    Report a = report("甲县人民政府", copied);
    Report b = report("乙县人民政府", copied.replace("下一步将加强培训，压实责任，提升公开质量", "下一步我们将认真整改"));
    Report c = report("丙县人民政府", "五、存在的主要问题及改进情况\n主要问题是公开内容不够全面，需要持续改进工作方法和工作机制。");
    List<List<String>> rows = rows(List.of(a, b, c));
    int title = rows.indexOf(rows.stream().filter(r -> r.get(0).equals(TextComparisonSheet.COPIES_TITLE)).findFirst().orElseThrow());
    List<List<String>> copies = rows.subList(title + 2, rows.size());
    assertEquals(1, copies.size(), copies.toString());
    assertEquals(List.of("五、存在的主要问题及改进情况", "甲县人民政府", "2022", "乙县人民政府", "2022", "5", "100%"), copies.get(0).subList(0, 7),
        "乙's last sentence is too short to count; the five points are the same");
  }

  @Test
  void theSectionsKeptOnDiskForTheMergeAreDeletedAfterwards() throws IOException {
    java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
    long before = kept(tmp);
    rows(MergeFixtures.consecutiveYears());
    assertEquals(before, kept(tmp));
  }

  private static long kept(java.nio.file.Path dir) throws IOException {
    try (var files = java.nio.file.Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith("nianbao-sections")).count();
    }
  }

  private static Report report(String agency, String section5) {
    Map<Integer, String> sections = new LinkedHashMap<>();
    sections.put(5, section5);
    return new Report(agency + ".html", Optional.of(agency), Optional.of(2022), Optional.empty(), Optional.empty(), java.util.Set.of(), Map.of(), List.of(), List.of(), sections, List.of(), Map.of());
  }
}
