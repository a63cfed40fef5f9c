package org.nianbao.merge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.form.Indicator;
import org.nianbao.form.ReportSpec;
import org.nianbao.xlsx.Highlight;
import org.nianbao.xlsx.Sheet;
import org.nianbao.xlsx.Style;

/**
 * The 排名 sheet: on each report's row (as on 汇总 and 指标), its place among the reports of the
 * same year and level (地区与层级) for every indicator — 1 for the largest value; equal values share a place and the next
 * place is skipped (1, 2, 2, 4); a report without a value has no place and is not counted. Live
 * COUNTIFS formulas over 指标, each stored with its value. One colour means one place across the
 * whole sheet — 1st dark blue, 2nd and 3rd mid blue, 4th and 5th pale — as its legend says.
 */
final class RankSheet {
  static final String NAME = Words.of("sheet.ranks");
  private static final String NOTE = Words.of("ranks.note");
  /** The columns the note spans, after the legend's colours: four stay on the first printed page. */
  private static final int NOTE_COLUMNS = 4;

  /** Places {@code from} to {@code to}, shaded {@code rgb}, as the legend names them. */
  private record Shade(String label, String rgb, int from, int to) {}

  /** The places shaded, and their colours: the same place, the same colour, in every column. */
  private static final List<Shade> SHADES =
      List.of(new Shade(Words.of("ranks.first"), "5A8AC6", 1, 1), new Shade(Words.of("ranks.second_third"), "9BC2E6", 2, 3), new Shade(Words.of("ranks.fourth_fifth"), "DDEBF7", 4, 5));

  private final ReportSpec spec;
  private final List<String> ids;

  RankSheet(ReportSpec spec) {
    this.spec = spec;
    this.ids = spec.indicatorIds();
  }

  /** Writes a row for each of {@code rows} (指标's rows, in order). */
  void write(Sheet sheet, List<IndicatorSheet.Row> rows, List<String> levels) {
    int lead = IndicatorSheet.LEADING.size();
    int first = ComparisonWorkbookWriter.FIRST_DATA_ROW;
    int last = Math.max(first, first + rows.size() - 1);
    headers(sheet);
    layout(sheet);
    List<Map<String, BigDecimal[]>> sorted = new ArrayList<>();
    for (int k = 0; k < ids.size(); k++) {
      sorted.add(sorted(rows, levels, k));
    }
    for (int i = 0; i < rows.size(); i++) {
      ranks(sheet, i, rows.get(i), levels.get(i), sorted, last);
    }
    String all = SummaryColumns.letter(lead) + first + ":" + SummaryColumns.letter(lead + ids.size() - 1) + last;
    String cell = SummaryColumns.letter(lead) + first;
    for (Shade shade : SHADES) {
      sheet.highlight(all, "AND(ISNUMBER(" + cell + ")," + cell + ">=" + shade.from() + "," + cell + "<=" + shade.to() + ")", Highlight.fill(shade.rgb()));
    }
  }

  /** Rows 1 to 3: each indicator's name, then the legend, a cell for each shade, then what the places mean. */
  private void headers(Sheet sheet) {
    int lead = IndicatorSheet.LEADING.size();
    IndicatorSheet.leading(sheet, IndicatorSheet.LEADING);
    for (int k = 0; k < ids.size(); k++) {
      Indicator in = spec.indicator(ids.get(k));
      sheet.text(0, lead + k, Words.of("ranks.heading", in.name()), MergeStyles.HEADER);
      sheet.text(1, lead + k, Words.of("ranks.heading", in.name()), MergeStyles.HEADER);
    }
    for (int k = 0; k < ids.size(); k++) {
      Shade shade = k < SHADES.size() ? SHADES.get(k) : null;
      sheet.text(2, lead + k, shade == null ? "" : shade.label(), shade == null ? MergeStyles.HEADER : MergeStyles.HEADER.fill(shade.rgb()));
    }
    int noteFrom = lead + SHADES.size();
    int noteTo = Math.min(lead + ids.size() - 1, noteFrom + NOTE_COLUMNS - 1);
    sheet.text(2, noteFrom, NOTE, MergeStyles.HEADER.align(Style.Align.LEFT));
    if (noteTo > noteFrom) {
      sheet.merge(SummaryColumns.letter(noteFrom) + "3:" + SummaryColumns.letter(noteTo) + "3");
    }
  }

  /** Column widths, row heights and print settings: set before the rows are written out. */
  private void layout(Sheet sheet) {
    int lead = IndicatorSheet.LEADING.size();
    sheet.width(0, 26);
    sheet.width(1, 2, 7);
    sheet.width(lead, lead + ids.size() - 1, 12);
    sheet.height(1, 30);
    sheet.height(2, 60);
    sheet.freeze(lead, ComparisonWorkbookWriter.FIRST_DATA_ROW - 1);
    // Fifteen indicators fit one page only too small to read: two pages wide, the agency on each.
    sheet.pagesWide(true, 2);
    sheet.repeatColumns(0, 0);
    sheet.repeatRows(1, 2);
  }

  /**
   * Report {@code i}'s row: its place for each indicator among the reports of its year and level,
   * a live COUNTIFS over 指标 and 地区与层级 (rows up to {@code last}) stored with its value.
   */
  private void ranks(Sheet sheet, int i, IndicatorSheet.Row r, String level, List<Map<String, BigDecimal[]>> sorted, int last) {
    int lead = IndicatorSheet.LEADING.size();
    int first = ComparisonWorkbookWriter.FIRST_DATA_ROW;
    int row = first - 1 + i;
    int excelRow = first + i;
    sheet.text(row, 0, r.agency(), null);
    sheet.text(row, 2, r.format(), MergeStyles.CENTERED);
    if (r.year() == null) {
      // No year, no place: a report is ranked among those of its year.
      return;
    }
    sheet.number(row, 1, r.year(), MergeStyles.CENTERED);
    String source = "'" + IndicatorSheet.NAME + "'!";
    String yearCol = SummaryColumns.letter(1);
    String levelCol = SummaryColumns.letter(RegionSheet.LEVEL);
    String levelSheet = "'" + RegionSheet.NAME + "'!";
    for (int k = 0; k < ids.size(); k++) {
      String col = SummaryColumns.letter(lead + k);
      String cell = source + col + excelRow;
      String formula = "IF(ISNUMBER(" + cell + "),COUNTIFS(" + source + "$" + yearCol + "$" + first + ":$" + yearCol + "$" + last + "," + source + "$" + yearCol + excelRow + ","
          + levelSheet + "$" + levelCol + "$" + first + ":$" + levelCol + "$" + last + "," + levelSheet + "$" + levelCol + excelRow + ","
          + source + col + "$" + first + ":" + col + "$" + last + ",\">\"&" + cell + ")+1,\"\")";
      sheet.formula(row, lead + k, formula, rank(sorted.get(k), r, level, k), null);
    }
    sheet.flushBefore(row + 1);
  }

  /** 1 + how many reports of the same year and level have a larger value; empty text without a value. */
  private static Object rank(Map<String, BigDecimal[]> sorted, IndicatorSheet.Row row, String level, int k) {
    if (!(row.values()[k] instanceof BigDecimal mine)) {
      return "";
    }
    BigDecimal[] ascending = sorted.get(row.year() + level);
    int from = 0;
    int to = ascending.length;
    while (from < to) {
      int mid = (from + to) >>> 1;
      if (ascending[mid].compareTo(mine) <= 0) {
        from = mid + 1;
      } else {
        to = mid;
      }
    }
    return BigDecimal.valueOf(ascending.length - from + 1);
  }

  /** The values of indicator {@code k} of each year and level, ascending. */
  private static Map<String, BigDecimal[]> sorted(List<IndicatorSheet.Row> rows, List<String> levels, int k) {
    Map<String, List<BigDecimal>> byYear = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      IndicatorSheet.Row r = rows.get(i);
      if (r.year() != null && r.values()[k] instanceof BigDecimal v) {
        byYear.computeIfAbsent(r.year() + levels.get(i), y -> new ArrayList<>()).add(v);
      }
    }
    Map<String, BigDecimal[]> out = new HashMap<>();
    byYear.forEach((y, list) -> out.put(y, list.stream().sorted().toArray(BigDecimal[]::new)));
    return out;
  }
}
