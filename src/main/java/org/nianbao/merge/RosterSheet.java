package org.nianbao.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nianbao.place.Gazetteer;
import org.nianbao.place.Roster;
import org.nianbao.xlsx.Sheet;

/**
 * The 名单 sheet: each unit of the roster with whether it reported — 已报送, 名称近似 (matched
 * loosely: the report's own name is shown), 未报送, or 重复报送 (two reports for one year) — then
 * the reports from units not on the roster, with the units they might have been. A unit missing
 * whose name differs from a report's off the roster only as names are written (办公厅 and 办公室,
 * a place's former name) gets a hint on both lines, never a match: a person decides.
 */
final class RosterSheet {
  static final String NAME = "名单";
  private static final List<String> HEADERS = List.of("序号", "单位", "代码", "状态", "报告所写机关", "年度", "来源文件", "提示");
  private static final List<String> OUTSIDE_HEADERS = List.of("序号", "报告所写机关", "", "状态", "可能的单位", "年度", "来源文件", "提示");

  private final Gazetteer gazetteer;

  RosterSheet(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

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
    Map<Roster.Unit, List<Reported>> hintsByUnit = new LinkedHashMap<>();
    Map<Reported, List<Roster.Unit>> hintsByReport = new LinkedHashMap<>();
    for (Line l : lines) {
      if (l.got().isEmpty()) {
        for (Reported r : outside) {
          if (near(l.unit().key(), r.key())) {
            hintsByUnit.computeIfAbsent(l.unit(), u -> new ArrayList<>()).add(r);
            hintsByReport.computeIfAbsent(r, x -> new ArrayList<>()).add(l.unit());
          }
        }
      }
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
      sheet.text(row, 5, String.join("；", got.stream().map(r -> r.year() == null ? "" : String.valueOf(r.year())).toList()), MergeStyles.CENTERED);
      sheet.text(row, 6, String.join("；", got.stream().map(Reported::file).toList()), MergeStyles.WRAPPED);
      List<Reported> maybe = hintsByUnit.getOrDefault(l.unit(), List.of());
      if (!maybe.isEmpty()) {
        sheet.text(row, 7, "可能就是不在名单上的报告“" + String.join("”“", maybe.stream().map(Reported::agency).distinct().toList()) + "”（" + why(l.unit().key(), maybe.get(0).key())
            + "），请核对", MergeStyles.WRAPPED);
      }
      row++;
    }
    row++;
    sheet.text(row++, 0, "不在名单上的报告", MergeStyles.TITLE);
    for (int i = 0; i < OUTSIDE_HEADERS.size(); i++) {
      sheet.text(row, i, OUTSIDE_HEADERS.get(i), MergeStyles.HEADER);
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
      sheet.text(row, 3, maybe.isEmpty() ? "名单上没有这个单位" : "名称与多个单位相近，未能确定", MergeStyles.WRAPPED);
      sheet.text(row, 4, String.join("、", maybe.stream().map(Roster.Unit::name).toList()), MergeStyles.WRAPPED);
      if (r.year() != null) {
        sheet.number(row, 5, r.year(), MergeStyles.CENTERED);
      }
      sheet.text(row, 6, r.file(), MergeStyles.WRAPPED);
      List<Roster.Unit> hinted = hintsByReport.getOrDefault(r, List.of());
      if (!hinted.isEmpty()) {
        sheet.text(row, 7, "可能就是名单上未报送的“" + String.join("”“", hinted.stream().map(Roster.Unit::name).toList()) + "”（" + why(hinted.get(0).key(), r.key()) + "），请核对",
            MergeStyles.WRAPPED);
      }
      row++;
    }
    sheet.width(0, 6);
    sheet.width(1, 28);
    sheet.width(2, 12);
    sheet.width(3, 20);
    sheet.width(4, 28);
    sheet.width(5, 12);
    sheet.width(6, 36);
    sheet.width(7, 40);
    sheet.freeze(0, 2);
    sheet.page(true, true);
    sheet.repeatRows(1, 1);
  }

  /** The key as names are compared for a hint: 办公厅 read as 办公室, former place names as today's. */
  private String hintKey(String key) {
    return gazetteer.today(key).replace("办公厅", "办公室");
  }

  /** Whether a unit's name and a report's differ only as names are written. */
  private boolean near(String unitKey, String reportKey) {
    String a = hintKey(unitKey);
    String b = hintKey(reportKey);
    return a.equals(b) || a.length() >= 4 && b.length() >= 4 && (a.contains(b) || b.contains(a));
  }

  /** How two names that are near differ, in words. */
  private String why(String unitKey, String reportKey) {
    if (unitKey.replace("办公厅", "办公室").equals(reportKey.replace("办公厅", "办公室"))) {
      return "名称只差“办公厅”与“办公室”";
    }
    if (!gazetteer.today(unitKey).equals(unitKey) || !gazetteer.today(reportKey).equals(reportKey)) {
      return "其中的地名一个是旧称";
    }
    return "名称相近";
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
