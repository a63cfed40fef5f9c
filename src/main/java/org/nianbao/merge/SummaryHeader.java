package org.nianbao.merge;

import java.util.Map;
import org.nianbao.model.TableId;
import org.nianbao.xlsx.Sheet;

/**
 * The header of 汇总: row 1, hidden, names each column for programs (the field and check ids); row
 * 2 groups the columns (a row of the form, the key figures, the checks) and, over the report's own
 * columns, says what the colours mean; row 3 names each column. Then the columns' widths and how
 * the sheet prints.
 */
final class SummaryHeader {
  private final Sheet summary;
  private final SummaryColumns columns;

  SummaryHeader(Sheet summary, SummaryColumns columns) {
    this.summary = summary;
    this.columns = columns;
  }

  void write() {
    for (int i = 0; i < SummaryColumns.LEADING.size(); i++) {
      summary.text(0, i, SummaryColumns.LEADING.get(i), MergeStyles.HEADER);
      summary.text(2, i, SummaryColumns.LEADING.get(i), MergeStyles.HEADER);
    }
    summary.hideRow(0);
    legend();
    fields();
    layout();
    figuresAndChecks();
  }

  /** Row 2 over the report's own columns: what the colours mean, then 读取与核对 over the counts. */
  private void legend() {
    summary.text(1, SummaryColumns.AGENCY, Words.of("summary.legend_failing"), MergeStyles.HEADER.fill(MergeStyles.ROSE));
    summary.text(1, SummaryColumns.KEY, Words.of("summary.legend_missing"), MergeStyles.HEADER.fill(MergeStyles.YELLOW));
    summary.text(1, SummaryColumns.YEAR, Words.of("summary.legend_review"), MergeStyles.HEADER.fill(MergeStyles.ORANGE));
    for (int i = SummaryColumns.YEAR + 1; i < SummaryColumns.FILE; i++) {
      summary.text(1, i, "", MergeStyles.HEADER.fill(MergeStyles.ORANGE));
    }
    summary.merge(SummaryColumns.letter(SummaryColumns.YEAR) + "2:" + SummaryColumns.letter(SummaryColumns.FILE - 1) + "2");
    summary.text(1, SummaryColumns.FILE, Words.of("summary.legend_corrected"), MergeStyles.HEADER.fill(MergeStyles.GREEN));
    summary.text(1, SummaryColumns.MISSING, Words.of("summary.reading"), MergeStyles.HEADER);
    for (int i = SummaryColumns.MISSING + 1; i < SummaryColumns.LEADING.size(); i++) {
      summary.text(1, i, "", MergeStyles.HEADER);
    }
    summary.merge(SummaryColumns.letter(SummaryColumns.MISSING) + "2:" + SummaryColumns.letter(SummaryColumns.LEADING.size() - 1) + "2");
  }

  /** The fields' columns: the id, the row of the form over its columns (merged), the column's name. */
  private void fields() {
    String group = null;
    int groupFrom = SummaryColumns.LEADING.size();
    for (Map.Entry<String, Integer> e : columns.fields().entrySet()) {
      String id = e.getKey();
      int col = e.getValue();
      String title = TableId.of(id).label() + " " + columns.field(id).row() + columns.onlyIn(id).map(f -> Words.of("summary.only_in", SummaryColumns.formatLabel(f))).orElse("");
      summary.text(0, col, id, MergeStyles.HEADER);
      summary.text(1, col, title, MergeStyles.HEADER);
      summary.text(2, col, columns.field(id).column(), MergeStyles.HEADER);
      if (!title.equals(group)) {
        mergeGroup(groupFrom, col - 1);
        group = title;
        groupFrom = col;
      }
    }
    mergeGroup(groupFrom, columns.firstCheck() - columns.figures().size() - 1);
    if (!columns.figures().isEmpty()) {
      int from = columns.figures().values().iterator().next();
      mergeGroup(from, from + columns.figures().size() - 1);
    }
    mergeGroup(columns.firstCheck(), columns.count() - 1);
  }

  private void layout() {
    // Wide enough for an agency's name and a file's; numbers and verdicts in narrow columns.
    summary.width(SummaryColumns.AGENCY, 28);
    summary.width(SummaryColumns.KEY, 22);
    summary.width(SummaryColumns.YEAR, SummaryColumns.FORMAT, 7);
    summary.width(SummaryColumns.FILE, 40);
    summary.width(SummaryColumns.MISSING, 14);
    summary.width(SummaryColumns.FAILING, SummaryColumns.LEADING.size() - 1, 7);
    summary.width(SummaryColumns.LEADING.size(), columns.firstCheck() - 1, 10);
    summary.width(columns.firstCheck(), columns.count() - 1, 16);
    summary.height(1, 48);
    summary.height(2, 96);
    // Too wide for one page: printed across pages, each with the agency and the header.
    summary.page(true, false);
    summary.repeatRows(1, ComparisonWorkbookWriter.FIRST_DATA_ROW - 2);
    summary.repeatColumns(SummaryColumns.AGENCY, SummaryColumns.AGENCY);
  }

  /** The key figures' and the checks' columns. */
  private void figuresAndChecks() {
    columns.figures().forEach((id, col) -> {
      summary.text(0, col, Words.of("summary.figure_id", columns.figureLabel(id)), MergeStyles.HEADER);
      summary.text(1, col, Words.of("summary.figures"), MergeStyles.HEADER);
      summary.text(2, col, columns.figureLabel(id), MergeStyles.HEADER);
    });
    columns.checks().forEach((id, col) -> {
      summary.text(0, col, id, MergeStyles.HEADER);
      summary.text(1, col, Words.of("summary.check"), MergeStyles.HEADER);
      summary.text(2, col, columns.checkDescription(id), MergeStyles.HEADER);
    });
  }

  /** One header over a group of columns (a row of the form, the key figures, the checks). */
  private void mergeGroup(int from, int to) {
    if (to > from) {
      summary.merge(SummaryColumns.letter(from) + "2:" + SummaryColumns.letter(to) + "2");
    }
  }
}
