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
  static final String NAME = Words.of("sheet.roster");
  private static final List<String> HEADERS =
      Words.list("column.number", "column.unit", "column.code", "column.status", "column.agency_written", "column.year", "column.file", "column.hint");
  private static final List<String> OUTSIDE_HEADERS =
      List.of(Words.of("column.number"), Words.of("column.agency_written"), "", Words.of("column.status"), Words.of("column.maybe_unit"), Words.of("column.year"),
          Words.of("column.file"), Words.of("column.hint"));

  private final Gazetteer gazetteer;

  RosterSheet(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** A merged report as the roster sees it. */
  record Reported(String agency, String key, Integer year, String file) {}

  /** A unit's line: its reports and what they make of it. */
  private record Line(Roster.Unit unit, String status, List<Reported> got) {}

  /**
   * The reports matched to the roster: each unit's reports (and whether any matched it only
   * loosely), and the reports matched to no unit with the units each might have been.
   */
  private record Matched(Map<Roster.Unit, List<Reported>> byUnit, Map<Roster.Unit, Boolean> loose, List<Reported> outside, List<Roster.Match> outsideMatches) {}

  /** Hints between units missing and reports off the roster whose names differ only as names are written. */
  private record Hints(Map<Roster.Unit, List<Reported>> byUnit, Map<Reported, List<Roster.Unit>> byReport) {}

  void write(Sheet sheet, Roster roster, List<Reported> reports) {
    Matched matched = match(roster, reports);
    int[] counts = new int[4];
    List<Line> lines = lines(matched, counts);
    Hints hints = hints(lines, matched.outside());
    sheet.text(0, 0, Words.of("roster.title", roster.units().size(), counts[0], counts[1], counts[2], counts[3], matched.outside().size()), MergeStyles.TITLE);
    heading(sheet, 1, HEADERS);
    int row = unitLines(sheet, 2, lines, hints);
    row++;
    sheet.text(row++, 0, Words.of("roster.outside"), MergeStyles.TITLE);
    heading(sheet, row++, OUTSIDE_HEADERS);
    outsideLines(sheet, row, matched, hints);
    layout(sheet);
  }

  private static Matched match(Roster roster, List<Reported> reports) {
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
    return new Matched(byUnit, loose, outside, outsideMatches);
  }

  /** Each unit's line with its status; counts reported, near, twice and missing into {@code counts}, in that order. */
  private static List<Line> lines(Matched matched, int[] counts) {
    List<Line> lines = new ArrayList<>();
    for (Map.Entry<Roster.Unit, List<Reported>> e : matched.byUnit().entrySet()) {
      List<Reported> got = e.getValue();
      String status;
      if (got.isEmpty()) {
        status = Words.of("roster.missing");
        counts[3]++;
      } else if (duplicated(got)) {
        status = Words.of("roster.twice", got.size());
        counts[2]++;
      } else if (matched.loose().getOrDefault(e.getKey(), false)) {
        status = Words.of("roster.near");
        counts[1]++;
      } else {
        status = Words.of("roster.reported");
        counts[0]++;
      }
      lines.add(new Line(e.getKey(), status, got));
    }
    return lines;
  }

  private Hints hints(List<Line> lines, List<Reported> outside) {
    Map<Roster.Unit, List<Reported>> byUnit = new LinkedHashMap<>();
    Map<Reported, List<Roster.Unit>> byReport = new LinkedHashMap<>();
    for (Line l : lines) {
      if (l.got().isEmpty()) {
        for (Reported r : outside) {
          if (near(l.unit().key(), r.key())) {
            byUnit.computeIfAbsent(l.unit(), u -> new ArrayList<>()).add(r);
            byReport.computeIfAbsent(r, x -> new ArrayList<>()).add(l.unit());
          }
        }
      }
    }
    return new Hints(byUnit, byReport);
  }

  private static void heading(Sheet sheet, int row, List<String> headers) {
    for (int i = 0; i < headers.size(); i++) {
      sheet.text(row, i, headers.get(i), MergeStyles.HEADER);
    }
  }

  /** The roster's units from {@code row} on, one line each; returns the row after them. */
  private int unitLines(Sheet sheet, int row, List<Line> lines, Hints hints) {
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
      List<Reported> maybe = hints.byUnit().getOrDefault(l.unit(), List.of());
      if (!maybe.isEmpty()) {
        sheet.text(row, 7, Words.of("roster.maybe_outside", String.join("”“", maybe.stream().map(Reported::agency).distinct().toList()), why(l.unit().key(), maybe.get(0).key())),
            MergeStyles.WRAPPED);
      }
      row++;
    }
    return row;
  }

  /** The reports matched to no unit, from {@code row} on. */
  private void outsideLines(Sheet sheet, int row, Matched matched, Hints hints) {
    List<Reported> outside = matched.outside();
    if (outside.isEmpty()) {
      sheet.text(row, 0, Words.of("none"), null);
    }
    for (int i = 0; i < outside.size(); i++) {
      Reported r = outside.get(i);
      List<Roster.Unit> maybe = matched.outsideMatches().get(i).candidates();
      sheet.number(row, 0, i + 1, null);
      sheet.text(row, 1, r.agency(), null);
      sheet.text(row, 3, Words.of(maybe.isEmpty() ? "roster.not_listed" : "roster.several"), MergeStyles.WRAPPED);
      sheet.text(row, 4, String.join("、", maybe.stream().map(Roster.Unit::name).toList()), MergeStyles.WRAPPED);
      if (r.year() != null) {
        sheet.number(row, 5, r.year(), MergeStyles.CENTERED);
      }
      sheet.text(row, 6, r.file(), MergeStyles.WRAPPED);
      List<Roster.Unit> hinted = hints.byReport().getOrDefault(r, List.of());
      if (!hinted.isEmpty()) {
        sheet.text(row, 7, Words.of("roster.maybe_missing", String.join("”“", hinted.stream().map(Roster.Unit::name).toList()), why(hinted.get(0).key(), r.key())),
            MergeStyles.WRAPPED);
      }
      row++;
    }
  }

  private static void layout(Sheet sheet) {
    int[] widths = {6, 28, 12, 20, 28, 12, 36, 40};
    for (int c = 0; c < widths.length; c++) {
      sheet.width(c, widths[c]);
    }
    sheet.freeze(0, 2);
    sheet.page(true, true);
    sheet.repeatRows(1, 1);
  }

  /** The key as names are compared for a hint: 办公厅 read as 办公室, former place names as today's. */
  private String hintKey(String key) {
    return officeAsOne(gazetteer.today(key));
  }

  /** Whether a unit's name and a report's differ only as names are written. */
  private boolean near(String unitKey, String reportKey) {
    String a = hintKey(unitKey);
    String b = hintKey(reportKey);
    return a.equals(b) || a.length() >= 4 && b.length() >= 4 && (a.contains(b) || b.contains(a));
  }

  /** How two names that are near differ, in words. */
  private String why(String unitKey, String reportKey) {
    if (officeAsOne(unitKey).equals(officeAsOne(reportKey))) {
      return Words.of("roster.why_office");
    }
    if (!gazetteer.today(unitKey).equals(unitKey) || !gazetteer.today(reportKey).equals(reportKey)) {
      return Words.of("roster.why_former");
    }
    return Words.of("roster.why_near");
  }

  /** A name with 办公厅 read as 办公室: a general office is called either way. */
  private static String officeAsOne(String key) {
    return key.replace("办公厅", "办公室");
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
