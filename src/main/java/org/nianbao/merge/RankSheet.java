package org.nianbao.merge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.form.Indicator;
import org.nianbao.form.ReportSpec;
import org.nianbao.xlsx.Sheet;

/**
 * The 排名 sheet: on each report's row (as on 汇总 and 指标), its place among the reports of the
 * same year and level (地区与层级) for every indicator — 1 for the largest value; equal values share a place and the next
 * place is skipped (1, 2, 2, 4); a report without a value has no place and is not counted. Live
 * COUNTIFS formulas over 指标, each stored with its value. One colour means one place across the
 * whole sheet — 1st dark blue, 2nd and 3rd mid blue, 4th and 5th pale — as its legend says.
 */
final class RankSheet {
  static final String NAME = "排名";
  private static final String NOTE = "同一年度、同一层级（见「地区与层级」，未识别的另为一组）内从大到小排名：1为最大，数值相同名次相同，"
      + "其后名次顺延，无数值的不排名。颜色只表示名次，不表示好坏。";
  /** The columns the note spans, after the legend's colours: four stay on the first printed page. */
  private static final int NOTE_COLUMNS = 4;
  /** The places shaded, and their colours: the same place, the same colour, in every column. */
  private static final String[][] SHADES = {{"第1名", "5A8AC6", "1", "1"}, {"第2–3名", "9BC2E6", "2", "3"}, {"第4–5名", "DDEBF7", "4", "5"}};

  private final ReportSpec spec;

  RankSheet(ReportSpec spec) {
    this.spec = spec;
  }

  /** Writes a row for each of {@code rows} (指标's rows, in order). */
  void write(Sheet sheet, List<IndicatorSheet.Row> rows, List<String> levels) {
    List<String> ids = spec.indicatorIds();
    int lead = IndicatorSheet.LEADING.size();
    int first = ComparisonWorkbookWriter.FIRST_DATA_ROW;
    int last = Math.max(first, first + rows.size() - 1);
    String source = "'" + IndicatorSheet.NAME + "'!";
    IndicatorSheet.leading(sheet, IndicatorSheet.LEADING);
    for (int k = 0; k < ids.size(); k++) {
      Indicator in = spec.indicator(ids.get(k));
      sheet.text(0, lead + k, in.name() + " 排名", MergeStyles.HEADER);
      sheet.text(1, lead + k, in.name() + " 排名", MergeStyles.HEADER);
    }
    // Row 3: the legend, a cell for each shade, then what the places mean.
    for (int k = 0; k < ids.size(); k++) {
      String[] shade = k < SHADES.length ? SHADES[k] : null;
      sheet.text(2, lead + k, shade == null ? "" : shade[0], shade == null ? MergeStyles.HEADER : MergeStyles.HEADER.fill(shade[1]));
    }
    int noteFrom = lead + SHADES.length;
    int noteTo = Math.min(lead + ids.size() - 1, noteFrom + NOTE_COLUMNS - 1);
    sheet.text(2, noteFrom, NOTE, MergeStyles.HEADER.align(org.nianbao.xlsx.Style.Align.LEFT));
    if (noteTo > noteFrom) {
      sheet.merge(SummaryColumns.letter(noteFrom) + "3:" + SummaryColumns.letter(noteTo) + "3");
    }
    // Row sizes are set before the rows are written out.
    sheet.width(0, 26);
    sheet.width(1, 2, 7);
    sheet.width(lead, lead + ids.size() - 1, 12);
    sheet.height(1, 30);
    sheet.height(2, 60);
    sheet.freeze(lead, first - 1);
    // Fifteen indicators fit one page only too small to read: two pages wide, the agency on each.
    sheet.pagesWide(true, 2);
    sheet.repeatColumns(0, 0);
    sheet.repeatRows(1, 2);
    String yearCol = SummaryColumns.letter(1);
    String levelCol = SummaryColumns.letter(RegionSheet.LEVEL);
    String levelSheet = "'" + RegionSheet.NAME + "'!";
    List<Map<String, BigDecimal[]>> sorted = new ArrayList<>();
    for (int k = 0; k < ids.size(); k++) {
      sorted.add(sorted(rows, levels, k));
    }
    for (int i = 0; i < rows.size(); i++) {
      int row = first - 1 + i;
      int excelRow = first + i;
      IndicatorSheet.Row r = rows.get(i);
      sheet.text(row, 0, r.agency(), null);
      sheet.text(row, 2, r.format(), MergeStyles.CENTERED);
      if (r.year() == null) {
        // No year, no place: a report is ranked among those of its year.
        continue;
      }
      sheet.number(row, 1, r.year(), MergeStyles.CENTERED);
      for (int k = 0; k < ids.size(); k++) {
        String col = SummaryColumns.letter(lead + k);
        String cell = source + col + excelRow;
        String formula = "IF(ISNUMBER(" + cell + "),COUNTIFS(" + source + "$" + yearCol + "$" + first + ":$" + yearCol + "$" + last + "," + source + "$" + yearCol + excelRow + ","
            + levelSheet + "$" + levelCol + "$" + first + ":$" + levelCol + "$" + last + "," + levelSheet + "$" + levelCol + excelRow + ","
            + source + col + "$" + first + ":" + col + "$" + last + ",\">\"&" + cell + ")+1,\"\")";
        sheet.formula(row, lead + k, formula, rank(sorted.get(k), r, levels.get(i), k), null);
      }
      sheet.flushBefore(row + 1);
    }
    String all = SummaryColumns.letter(lead) + first + ":" + SummaryColumns.letter(lead + ids.size() - 1) + last;
    String cell = SummaryColumns.letter(lead) + first;
    for (String[] shade : SHADES) {
      sheet.highlight(all, "AND(ISNUMBER(" + cell + ")," + cell + ">=" + shade[2] + "," + cell + "<=" + shade[3] + ")", org.nianbao.xlsx.Highlight.fill(shade[1]));
    }
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
