package org.nianbao.merge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.xlsx.Sheet;

/**
 * 问题清单: everything a person should look at across the reports merged, one row each — a
 * statutory table not found, a balance check that fails, a value marked 需核对 or not read — with its report, table, row and
 * column, what was read, why, the check's rule and difference, and a link to the report's row in
 * 汇总. On top, how many of each kind and how many for each report; the list below sorts and
 * filters (autofilter). Values a person corrected are not listed.
 */
final class IssueSheet {
  static final String NAME = Words.of("sheet.issues");
  /** The column linking a row to its report's row in 汇总. */
  private static final String SUMMARY_ROW = Words.of("column.summary_row");
  private static final int[] WIDTHS = {24, 6, 10, 12, 30, 16, 16, 44, 36, 8, 30, 24, 10};

  void write(Sheet sheet, List<Issue> issues, String summary) {
    sheet.text(0, 0, NAME, MergeStyles.TITLE);
    counts(sheet, 1, issues);
    int row = perReport(sheet, 3, issues, summary);
    int header = row;
    List<String> head = new java.util.ArrayList<>(Issue.HEADERS);
    head.add(SUMMARY_ROW);
    for (int c = 0; c < head.size(); c++) {
      sheet.text(row, c, head.get(c), MergeStyles.HEADER);
    }
    row++;
    for (Issue i : issues) {
      issue(sheet, row++, i, summary);
    }
    sheet.autoFilter(SummaryColumns.letter(0) + (header + 1) + ":" + SummaryColumns.letter(head.size() - 1) + Math.max(header + 1, row));
    sheet.repeatRows(header, header);
    for (int c = 0; c < WIDTHS.length; c++) {
      sheet.width(c, WIDTHS[c]);
    }
    sheet.page(true, true);
  }

  /** How many issues there are, in all and of each kind, on {@code row}. */
  private static void counts(Sheet sheet, int row, List<Issue> issues) {
    Map<String, Long> byKind = new LinkedHashMap<>();
    Issue.KINDS.forEach(k -> byKind.put(k, 0L));
    issues.forEach(i -> byKind.merge(i.kind(), 1L, Long::sum));
    sheet.text(row, 0, Words.of("issues.total", issues.size()), MergeStyles.WRAPPED);
    int col = 1;
    for (Map.Entry<String, Long> e : byKind.entrySet()) {
      sheet.text(row, col++, Words.of("issues.of_kind", e.getKey(), e.getValue()), MergeStyles.WRAPPED);
    }
  }

  /** How many issues of each kind each report has, from {@code row} on (nothing when there is none); returns the row after them and a blank one. */
  private static int perReport(Sheet sheet, int row, List<Issue> issues, String summary) {
    Map<Integer, long[]> byReport = new LinkedHashMap<>();
    Map<Integer, Issue> first = new LinkedHashMap<>();
    for (Issue i : issues) {
      byReport.computeIfAbsent(i.summaryRow(), k -> new long[Issue.KINDS.size()])[Issue.KINDS.indexOf(i.kind())]++;
      first.putIfAbsent(i.summaryRow(), i);
    }
    if (byReport.isEmpty()) {
      return row;
    }
    List<String> head = new java.util.ArrayList<>(Words.list("column.agency", "column.year", "column.file"));
    head.addAll(Issue.KINDS);
    head.addAll(List.of(Words.of("column.total"), SUMMARY_ROW));
    for (int c = 0; c < head.size(); c++) {
      sheet.text(row, c, head.get(c), MergeStyles.HEADER);
    }
    row++;
    for (Map.Entry<Integer, long[]> e : byReport.entrySet()) {
      Issue i = first.get(e.getKey());
      sheet.text(row, 0, i.agency(), MergeStyles.WRAPPED);
      sheet.text(row, 1, i.year(), MergeStyles.CENTERED);
      sheet.text(row, 2, i.file(), MergeStyles.WRAPPED);
      long total = 0;
      for (int k = 0; k < e.getValue().length; k++) {
        sheet.number(row, 3 + k, e.getValue()[k], MergeStyles.NUMBER);
        total += e.getValue()[k];
      }
      sheet.number(row, 3 + Issue.KINDS.size(), total, MergeStyles.NUMBER);
      link(sheet, row, 4 + Issue.KINDS.size(), summary, e.getKey());
      row++;
    }
    return row + 1;
  }

  /** One issue's row of the list. */
  private static void issue(Sheet sheet, int row, Issue i, String summary) {
    sheet.text(row, 0, i.agency(), MergeStyles.WRAPPED);
    sheet.text(row, 1, i.year(), MergeStyles.CENTERED);
    sheet.text(row, 2, i.kind(), i.kind().equals(Issue.FAILING) ? MergeStyles.BASE.fill(MergeStyles.ROSE)
        : i.kind().equals(Issue.UNREAD) || i.kind().equals(Issue.MISSING) ? MergeStyles.BASE.fill(MergeStyles.YELLOW) : MergeStyles.REVIEW);
    sheet.text(row, 3, i.table(), MergeStyles.BASE);
    sheet.text(row, 4, i.row(), MergeStyles.WRAPPED);
    sheet.text(row, 5, i.column(), MergeStyles.WRAPPED);
    sheet.text(row, 6, i.values(), MergeStyles.WRAPPED);
    sheet.text(row, 7, i.reason(), MergeStyles.WRAPPED);
    sheet.text(row, 8, i.formula(), MergeStyles.WRAPPED);
    if (i.difference() != null) {
      sheet.number(row, 9, i.difference(), MergeStyles.BASE);
    }
    sheet.text(row, 10, i.file(), MergeStyles.WRAPPED);
    // A field or check id, for programs; a note about a whole report is told by its reason (its code is in the CSV).
    sheet.text(row, 11, i.id().startsWith("t") || i.id().startsWith("narrative") ? i.id() : "", MergeStyles.BASE);
    link(sheet, row, 12, summary, i.summaryRow());
  }

  private static void link(Sheet sheet, int row, int col, String summary, int summaryRow) {
    sheet.text(row, col, Words.of("issues.row", summaryRow), MergeStyles.LINK);
    sheet.link(row, col, "'" + summary + "'!A" + summaryRow);
  }
}
