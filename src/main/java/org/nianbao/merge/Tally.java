package org.nianbao.merge;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sums behind 统计 and 图表, kept as rows are added so that their SUMIFS, COUNTIF and
 * AVERAGEIFS formulas can be stored with their values without reading 汇总 back: per year, per
 * format, per agency, per level and per province, how many reports and, for each key figure, its total and how many reports
 * show it.
 */
final class Tally {
  /** Counts and sums of one group of reports. */
  static final class Group {
    int reports;
    final Map<String, BigDecimal> sums = new HashMap<>();
    final Map<String, Integer> shown = new HashMap<>();

    BigDecimal sum(String figure) {
      return sums.getOrDefault(figure, BigDecimal.ZERO);
    }

    int shown(String figure) {
      return shown.getOrDefault(figure, 0);
    }
  }

  private final Map<Integer, Group> byYear = new HashMap<>();
  private final Map<String, Group> byFormat = new HashMap<>();
  private final Map<String, Group> byAgency = new HashMap<>();
  private final Map<String, Group> byLevel = new TreeMap<>();
  private final Map<String, Group> byProvince = new TreeMap<>();

  /** Adds a report to its year's, format's, agency's, level's and province's groups (province "" when unknown). */
  void add(Integer year, String format, String agencyKey, String level, String province, Map<String, BigDecimal> figures) {
    add(byLevel.computeIfAbsent(level, l -> new Group()), figures);
    if (!province.isEmpty()) {
      add(byProvince.computeIfAbsent(province, p -> new Group()), figures);
    }
    if (year != null) {
      add(byYear.computeIfAbsent(year, y -> new Group()), figures);
    }
    if (format != null) {
      add(byFormat.computeIfAbsent(format, f -> new Group()), figures);
    }
    add(byAgency.computeIfAbsent(agencyKey, a -> new Group()), figures);
  }

  private static void add(Group g, Map<String, BigDecimal> figures) {
    g.reports++;
    figures.forEach((id, v) -> {
      g.sums.merge(id, v, BigDecimal::add);
      g.shown.merge(id, 1, Integer::sum);
    });
  }

  Group year(int year) {
    return byYear.getOrDefault(year, new Group());
  }

  Group format(String format) {
    return byFormat.getOrDefault(format, new Group());
  }

  /** The levels seen, each with its group, in a stable order. */
  Map<String, Group> levels() {
    return byLevel;
  }

  /** The provinces seen, each with its group, in a stable order. */
  Map<String, Group> provinces() {
    return byProvince;
  }

  Group agency(String key) {
    return byAgency.getOrDefault(key, new Group());
  }
}
