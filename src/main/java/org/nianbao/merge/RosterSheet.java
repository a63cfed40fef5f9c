package org.nianbao.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nianbao.xlsx.Sheet;

/**
 * The 名单 sheet: each unit of the roster with whether it reported — 已报送, 名称近似 (matched
 * loosely: the report's own name is shown), 未报送, or 重复报送 (two reports for one year) — then
 * the reports from units not on the roster, with the units they might have been.
 */
final class RosterSheet {
  static final String NAME = "名单";
  private static final List<String> HEADERS = List.of("序号", "单位", "代码", "状态", "报告所写机关", "年度", "来源文件");

  /** A merged report as the roster sees it. */
  record Reported(String agency, String key, Integer year, String file) {}

  /** A unit's line: its reports and what they make of it. */
  private record Line(Roster.Unit unit, String status, List<Reported> got) {}

  void write(Sheet sheet, Roster roster, List<Reported> reports) {
    Map<Roster.Unit, List<Reported>> byUnit = new LinkedHashMap<>();
    Map<Roster.Unit, Boolean> loose = new LinkedHashMap<>();
    roster.units().forEach(u -> byUnit.put(u, new ArrayList<>()));
    List<Reported> outside = new ArrayList<>();
    List<Roster.Match> outsideMatches = new ArrayList<>();
    for (Reported r : reports) {
      Roster.Match m = roster.match(r.key());
      if (m.unit() == null) {
        outside.add(r);
        outsideMatches.add(m);
      } else {
        byUnit.get(m.unit()).add(r);
        loose.merge(m.unit(), m.loose(), Boolean::logicalOr);
      }
    }
    int reported = 0;
    int near = 0;
    int missing = 0;
    int twice = 0;
    List<Line> lines = new ArrayList<>();
    for (Map.Entry<Roster.Unit, List<Reported>> e : byUnit.entrySet()) {
      List<Reported> got = e.getValue();
      String status;
      if (got.isEmpty()) {
        status = "未报送";
        missing++;
      } else if (duplicated(got)) {
        status = "重复报送（" + got.size() + "份）";
        twice++;
      } else if (loose.getOrDefault(e.getKey(), false)) {
        status = "已报送（名称近似）";
        near++;
      } else {
        status = "已报送";
        reported++;
      }
      lines.add(new Line(e.getKey(), status, got));
    }
    sheet.text(0, 0, "名单共" + roster.units().size() + "个单位：已报送" + reported + "，名称近似" + near + "，重复报送" + twice + "，未报送" + missing
        + "；不在名单上的报告" + outside.size() + "份。未能读取的文件见「未能读取」。", MergeStyles.TITLE);
    for (int i = 0; i < HEADERS.size(); i++) {
      sheet.text(1, i, HEADERS.get(i), MergeStyles.HEADER);
    }
    int row = 2;
    for (Line l : lines) {
      List<Reported> got = l.got();
      sheet.number(row, 0, row - 1, null);
      sheet.text(row, 1, l.unit().name(), null);
      sheet.text(row, 2, l.unit().code(), null);
      // One line a unit, aligned alike: the columns are wide enough for a name, a status and a file.
      sheet.text(row, 3, l.status(), null);
      sheet.text(row, 4, String.join("；", got.stream().map(Reported::agency).distinct().toList()), null);
      sheet.text(row, 5, String.join("；", got.stream().map(r -> r.year() == null ? "" : String.valueOf(r.year())).toList()), null);
      sheet.text(row, 6, String.join("；", got.stream().map(Reported::file).toList()), null);
      row++;
    }
    row++;
    sheet.text(row++, 0, "不在名单上的报告", MergeStyles.TITLE);
    List<String> outsideHeaders = List.of("序号", "报告所写机关", "", "说明", "", "年度", "来源文件");
    for (int i = 0; i < outsideHeaders.size(); i++) {
      sheet.text(row, i, outsideHeaders.get(i), MergeStyles.HEADER);
    }
    row++;
    if (outside.isEmpty()) {
      sheet.text(row, 0, "无", null);
    }
    for (int i = 0; i < outside.size(); i++) {
      Reported r = outside.get(i);
      List<Roster.Unit> maybe = outsideMatches.get(i).candidates();
      sheet.number(row, 0, i + 1, null);
      sheet.text(row, 1, r.agency(), null);
      sheet.text(row, 3, maybe.isEmpty() ? "名单上没有这个单位" : "名称与多个单位相近，未能确定：" + String.join("、", maybe.stream().map(Roster.Unit::name).toList()),
          MergeStyles.WRAPPED);
      if (r.year() != null) {
        sheet.number(row, 5, r.year(), null);
      }
      sheet.text(row, 6, r.file(), null);
      row++;
    }
    sheet.width(0, 6);
    sheet.width(1, 28);
    sheet.width(2, 12);
    sheet.width(3, 22);
    sheet.width(4, 28);
    sheet.width(5, 8);
    sheet.width(6, 40);
    sheet.freeze(0, 2);
  }

  /** Two of a unit's reports are for one year (or neither says which). */
  private static boolean duplicated(List<Reported> got) {
    Map<Integer, Integer> perYear = new TreeMap<>();
    for (Reported r : got) {
      perYear.merge(r.year() == null ? -1 : r.year(), 1, Integer::sum);
    }
    return perYear.values().stream().anyMatch(c -> c > 1);
  }
}
