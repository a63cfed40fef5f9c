package org.nianbao.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Report;
import org.nianbao.place.Roster;

/** A roster of 50 units against 49 reports: 3 missing, 1 reported twice, 2 names matched loosely, 1 report from a unit not on it. */
class RosterSheetTest {
  private static final List<String> DEPARTMENTS = List.of("发展和改革委员会", "教育局", "科学技术局", "经济和信息化局", "民族宗教事务局", "公安局", "民政局", "司法局", "财政局",
      "人力资源和社会保障局", "自然资源和规划局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局", "文化广电旅游局", "卫生健康委员会",
      "退役军人事务局", "应急管理局", "审计局", "国有资产监督管理委员会", "市场监督管理局", "体育局", "统计局", "医疗保障局", "人民防空办公室", "信访局", "大数据发展管理局",
      "综合行政执法局", "机关事务管理局", "粮食和物资储备局", "金融工作办公室", "地方志办公室", "档案馆", "供销合作社", "住房公积金管理中心", "公共资源交易中心", "城市管理局",
      "林业局", "气象局", "消防救援支队", "税务局", "邮政管理局", "烟草专卖局", "人民政府办公室", "投资促进局", "行政审批局", "政务服务管理办公室");

  @Test
  void listsWhoReportedWhoIsMissingWhoReportedTwiceAndWhoIsNotOnTheList(@TempDir Path dir) throws IOException {
    assertEquals(50, DEPARTMENTS.size());
    StringBuilder roster = new StringBuilder("单位,代码\n");
    for (int i = 0; i < DEPARTMENTS.size(); i++) {
      roster.append("东湖市").append(DEPARTMENTS.get(i)).append(",").append(330100 + i).append("\r\n");
    }
    // Saved by Excel on a Chinese Windows: GBK.
    Path file = Files.write(dir.resolve("名单.csv"), roster.toString().getBytes(Charset.forName("GBK")));

    Report base = MergeFixtures.corpus().get(0);
    List<Report> reports = new ArrayList<>();
    for (int i = 4; i < DEPARTMENTS.size(); i++) {
      String agency = "东湖市" + DEPARTMENTS.get(i);
      if (i == 5) {
        agency = "浙江省东湖市" + DEPARTMENTS.get(i);
      } else if (i == 18) {
        agency = "东湖市卫生健康委";
      } else if (i == 46) {
        agency = "东湖市政府办公室";
      }
      reports.add(as(base, agency, "r" + i + ".html"));
    }
    reports.add(as(base, "东湖市教育局", "r1-again.html"));
    reports.add(as(base, "东湖市教育局", "r1.html"));
    reports.add(as(base, "西山县农业农村局", "stray.html"));
    assertEquals(49, reports.size());

    ComparisonWorkbookWriter w = new ComparisonWorkbookWriter(MergeFixtures.SPEC);
    w.expect(Roster.read(file));
    reports.forEach(w::add);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    w.write(out);

    Map<String, String> status = new LinkedHashMap<>();
    List<String> outside = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = wb.getSheet(RosterSheet.NAME);
      assertEquals("名单共50个单位：已报送44，名称近似2，重复报送1，未报送3；不在名单上的报告1份。未能读取的文件见「未能读取」。", sheet.getRow(0).getCell(0).getStringCellValue());
      int r = 2;
      for (; r < 52; r++) {
        Row row = sheet.getRow(r);
        status.put(row.getCell(1).getStringCellValue(), row.getCell(3).getStringCellValue() + "|" + row.getCell(4).getStringCellValue());
        assertEquals(String.valueOf(330100 + r - 2), row.getCell(2).getStringCellValue(), "the unit's code is kept");
      }
      for (r = 55; sheet.getRow(r) != null; r++) {
        outside.add(sheet.getRow(r).getCell(1).getStringCellValue() + "|" + sheet.getRow(r).getCell(3).getStringCellValue());
      }
    }
    assertEquals("未报送|", status.get("东湖市发展和改革委员会"));
    assertEquals("重复报送（2份）|东湖市教育局", status.get("东湖市教育局"));
    assertEquals("未报送|", status.get("东湖市科学技术局"));
    assertEquals("未报送|", status.get("东湖市经济和信息化局"));
    assertEquals("已报送（名称近似）|浙江省东湖市公安局", status.get("东湖市公安局"));
    assertEquals("已报送（名称近似）|东湖市卫生健康委", status.get("东湖市卫生健康委员会"));
    assertEquals("已报送|东湖市政府办公室", status.get("东湖市人民政府办公室"), "人民政府 and 政府 are one name");
    assertEquals("已报送|东湖市民政局", status.get("东湖市民政局"));
    assertEquals(List.of("西山县农业农村局|名单上没有这个单位"), outside);
    assertEquals(44, status.values().stream().filter(s -> s.startsWith("已报送|")).count());
  }

  private static Report as(Report r, String agency, String file) {
    return new Report(file, Optional.of(agency), r.year(), r.published(), r.format(), r.tables(), r.values(), r.flags(), r.checks(), r.sections(), List.of(), Map.of());
  }
}
