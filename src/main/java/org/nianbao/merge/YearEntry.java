package org.nianbao.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.model.TableId;
import org.nianbao.model.Value;
import org.nianbao.form.Format;

/**
 * What the cross-year and text-comparison sheets need of one merged report once its row is
 * written: who, which year and form, the row it sits on, the few cells cross-year checks read, and
 * where its sections' text is in the {@link SectionStore}.
 */
record YearEntry(String agency, String key, int year, Format format, Set<TableId> tables, int row, Map<String, Value> values, long sectionsAt) {
  /** Two reports of one agency for consecutive years. */
  record Pair(YearEntry prev, YearEntry cur) {}

  /** Every pair of consecutive years of one agency (by matching name; the first report given for a year), agency by agency. */
  static List<Pair> consecutive(List<YearEntry> entries) {
    List<Pair> out = new ArrayList<>();
    for (List<YearEntry> agency : byAgency(entries).values()) {
      for (int i = 1; i < agency.size(); i++) {
        if (agency.get(i).year() == agency.get(i - 1).year() + 1) {
          out.add(new Pair(agency.get(i - 1), agency.get(i)));
        }
      }
    }
    return out;
  }

  /** The entries of each agency (by matching name), one per year (the first given), in year order. */
  private static Map<String, List<YearEntry>> byAgency(List<YearEntry> entries) {
    Map<String, Map<Integer, YearEntry>> grouped = new LinkedHashMap<>();
    for (YearEntry e : entries) {
      grouped.computeIfAbsent(e.key(), k -> new LinkedHashMap<>()).putIfAbsent(e.year(), e);
    }
    Map<String, List<YearEntry>> out = new LinkedHashMap<>();
    grouped.forEach((k, years) -> out.put(k, years.values().stream().sorted(Comparator.comparingInt(YearEntry::year)).toList()));
    return out;
  }
}
