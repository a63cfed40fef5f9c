package org.nianbao.merge;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.nianbao.model.CheckResult;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.spec.CheckScope;
import org.nianbao.spec.CheckSpec;
import org.nianbao.spec.Figure;
import org.nianbao.spec.Format;
import org.nianbao.spec.ReportSpec;
import org.nianbao.spec.Term;
import org.nianbao.workbook.FormulaRenderer;
import org.nianbao.workbook.StableWorkbook;

/**
 * Merges many reports into one comparison workbook, streaming: each report becomes one row of 汇总
 * as it is added (in input order) and only what the later sheets need is kept, so ten thousand
 * reports fit in a few hundred megabytes. Then 跨年核对, 统计, 图表 and 未能读取 are written.
 * Not thread-safe: add from one thread.
 */
public final class ComparisonWorkbookWriter {
  static final String SUMMARY = "汇总";
  static final String YEARS = "跨年核对";
  static final String STATISTICS = "统计";
  static final String CHARTS = "图表";
  static final String FAILED = "未能读取";

  /** Rows of 汇总 kept in memory before they are flushed to disk. */
  private static final int ROW_WINDOW = 200;

  /** 汇总 has two header rows and a row of field ids; reports start on Excel row 4. */
  static final int FIRST_DATA_ROW = 4;

  /** Excel's last row: a merge larger than this cannot be one sheet. */
  public static final int MAX_REPORTS = 1_048_576 - FIRST_DATA_ROW + 1;

  private final ReportSpec spec;
  private final SummaryColumns columns;
  private final SXSSFWorkbook wb;
  private final SXSSFSheet summary;
  private final CellStyle header;
  private final List<YearEntry> entries = new ArrayList<>();
  private final SectionStore sections = new SectionStore();
  private final List<String[]> failures = new ArrayList<>();
  private final Map<Format, List<Figure>> figures = new HashMap<>();
  private final List<String> crossYearFields;
  private int nextRow = FIRST_DATA_ROW;

  public ComparisonWorkbookWriter(ReportSpec spec) {
    this.spec = spec;
    this.columns = new SummaryColumns(spec);
    this.wb = new StableWorkbook(ROW_WINDOW);
    for (Format f : Format.values()) {
      figures.put(f, spec.figures(f));
    }
    this.crossYearFields = crossYearFields(spec);
    this.header = wb.createCellStyle();
    header.setFont(bold(wb));
    header.setWrapText(true);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    this.summary = wb.createSheet(SUMMARY);
    for (String name : List.of(YEARS, TextComparisonSheet.NAME, STATISTICS, CHARTS, FAILED)) {
      wb.createSheet(name);
    }
    headers();
  }

  /** Adds one report as the next row of 汇总. */
  public void add(Report r) {
    if (nextRow - FIRST_DATA_ROW >= MAX_REPORTS) {
      addFailure(r.file(), "more reports than one Excel sheet holds (" + MAX_REPORTS + "); not in the workbook");
      return;
    }
    int excelRow = nextRow++;
    Row row = summary.createRow(excelRow - 1);
    String agency = r.agency().orElse("");
    String key = AgencyKey.of(agency);
    row.createCell(SummaryColumns.AGENCY).setCellValue(agency);
    row.createCell(SummaryColumns.KEY).setCellValue(key);
    r.year().ifPresent(y -> row.createCell(SummaryColumns.YEAR).setCellValue(y));
    r.format().ifPresent(f -> row.createCell(SummaryColumns.FORMAT).setCellValue(f.code()));
    row.createCell(SummaryColumns.FILE).setCellValue(r.file());
    String checks = SummaryColumns.letter(columns.firstCheck()) + excelRow + ":" + SummaryColumns.letter(columns.count() - 1) + excelRow;
    row.createCell(SummaryColumns.FAILING).setCellFormula("COUNTIF(" + checks + ",\"" + FormulaRenderer.FAIL + "\")");
    row.createCell(SummaryColumns.SKIPPED).setCellFormula("COUNTIF(" + checks + ",\"" + FormulaRenderer.SKIPPED + "\")");
    row.createCell(SummaryColumns.FLAGS).setCellValue(r.flags().size());
    row.createCell(SummaryColumns.NARRATIVE).setCellValue(r.narrative().size());
    row.createCell(SummaryColumns.NARRATIVE_FAILING).setCellValue(r.narrative().stream().filter(n -> n.status() == CheckStatus.FAIL).count());
    values(row, r);
    formulas(row, excelRow, r);
    if (r.year().isPresent() && !agency.isEmpty()) {
      Map<String, Value> kept = new HashMap<>();
      crossYearFields.forEach(f -> Optional.ofNullable(r.values().get(f)).ifPresent(v -> kept.put(f, v)));
      entries.add(new YearEntry(agency, key, r.year().get(), r.format().orElse(null), r.tables(), excelRow, kept, sections.put(r.sections())));
    }
  }

  /** Lists an input that could not be read, with the reason. */
  public void addFailure(String file, String reason) {
    failures.add(new String[] {file, reason});
  }

  /** How many reports are rows of 汇总. */
  public int reports() {
    return nextRow - FIRST_DATA_ROW;
  }

  /** How many inputs are listed as not read. */
  public int failures() {
    return failures.size();
  }

  /** Writes the remaining sheets and the whole workbook; returns the cross-year verdicts nianbao computed. */
  public List<CheckResult> write(OutputStream out) throws IOException {
    try {
      int last = nextRow - 1;
      summary.createFreezePane(SummaryColumns.YEAR + 1, FIRST_DATA_ROW - 1);
      summary.setAutoFilter(new CellRangeAddress(FIRST_DATA_ROW - 2, Math.max(FIRST_DATA_ROW - 2, last - 1), 0, columns.count() - 1));
      redWhenFailing(last);
      List<CheckResult> crossYear = new CrossYearSheet(spec, columns, SUMMARY).write(wb.getSheet(YEARS), entries);
      new TextComparisonSheet(wb, header, sections).write(wb.getSheet(TextComparisonSheet.NAME), entries);
      SortedSet<Integer> years = new TreeSet<>();
      entries.forEach(e -> years.add(e.year()));
      new StatisticsSheet(columns, SUMMARY).write(wb.getSheet(STATISTICS), years, FIRST_DATA_ROW, last);
      LinkedHashSet<String> agencies = new LinkedHashSet<>();
      entries.forEach(e -> agencies.add(e.key()));
      new ChartsSheet(columns, SUMMARY).write(wb.getSheet(CHARTS), wb.getXSSFWorkbook().getSheet(CHARTS), wb.getXSSFWorkbook().getSheet(STATISTICS),
          List.copyOf(agencies), years.size(), FIRST_DATA_ROW, last);
      failed(wb.getSheet(FAILED));
      wb.setForceFormulaRecalculation(true);
      wb.write(out);
      return crossYear;
    } finally {
      sections.close();
      wb.dispose();
      wb.close();
    }
  }

  private void headers() {
    Row tables = summary.createRow(0);
    Row labels = summary.createRow(1);
    Row ids = summary.createRow(2);
    for (int i = 0; i < SummaryColumns.LEADING.size(); i++) {
      text(labels, i, SummaryColumns.LEADING.get(i));
      text(ids, i, SummaryColumns.LEADING.get(i));
    }
    columns.fields().forEach((id, col) -> {
      text(tables, col, TableId.of(id).label() + " " + columns.field(id).row());
      text(labels, col, columns.field(id).column());
      text(ids, col, id);
    });
    columns.figures().forEach((id, col) -> {
      text(tables, col, "主要数字（两种格式可比）");
      text(labels, col, columns.figureLabel(id));
      text(ids, col, "figure." + id);
    });
    columns.checks().forEach((id, col) -> {
      text(tables, col, "校验");
      text(labels, col, columns.checkDescription(id));
      text(ids, col, id);
    });
  }

  private void text(Row row, int col, String value) {
    Cell c = row.createCell(col);
    c.setCellValue(value);
    c.setCellStyle(header);
  }

  private void values(Row row, Report r) {
    for (Map.Entry<String, Value> e : r.values().entrySet()) {
      Integer col = columns.fields().get(e.getKey());
      Value v = e.getValue();
      if (col == null) {
        continue;
      }
      if (v.kind() == ValueKind.NUMBER) {
        row.createCell(col).setCellValue(v.number().doubleValue());
      } else if (v.kind() == ValueKind.MARK) {
        row.createCell(col).setCellValue(v.source().snippet());
      }
    }
  }

  private void formulas(Row row, int excelRow, Report r) {
    if (r.format().isEmpty()) {
      return;
    }
    Format format = r.format().get();
    FormulaRenderer formulas = new FormulaRenderer(t -> cell(t, excelRow, r));
    for (Figure f : figures.get(format)) {
      if (f.terms().stream().allMatch(t -> r.values().containsKey(t.field()))) {
        row.createCell(columns.figures().get(f.id())).setCellFormula(formulas.sum(f.terms()));
      }
    }
    for (CheckSpec c : spec.checks(format, CheckScope.REPORT)) {
      Cell cell = row.createCell(columns.checks().get(c.id()));
      if (!r.has(TableId.valueOf(c.table().toUpperCase(java.util.Locale.ROOT)))) {
        cell.setCellValue(FormulaRenderer.SKIPPED);
        continue;
      }
      List<String> unread = c.fields().stream().filter(f -> r.values().get(f).kind() == ValueKind.UNREAD).toList();
      cell.setCellFormula(formulas.check(c, unread));
    }
  }

  private Optional<String> cell(Term t, int excelRow, Report r) {
    Integer col = columns.fields().get(t.field());
    return col == null || !r.values().containsKey(t.field()) ? Optional.empty() : Optional.of(SummaryColumns.letter(col) + excelRow);
  }

  private void redWhenFailing(int last) {
    if (last < FIRST_DATA_ROW) {
      return;
    }
    SheetConditionalFormatting cf = summary.getSheetConditionalFormatting();
    String first = SummaryColumns.letter(columns.firstCheck());
    ConditionalFormattingRule rule = cf.createConditionalFormattingRule(first + FIRST_DATA_ROW + "=\"" + FormulaRenderer.FAIL + "\"");
    PatternFormatting fill = rule.createPatternFormatting();
    fill.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
    fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
    cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(FIRST_DATA_ROW - 1, last - 1, columns.firstCheck(), columns.count() - 1)}, rule);
    ConditionalFormattingRule failing = cf.createConditionalFormattingRule("$" + SummaryColumns.letter(SummaryColumns.FAILING) + FIRST_DATA_ROW + ">0");
    PatternFormatting rowFill = failing.createPatternFormatting();
    rowFill.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
    rowFill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
    cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(FIRST_DATA_ROW - 1, last - 1, 0, SummaryColumns.FLAGS)}, failing);
  }

  private void failed(Sheet sheet) {
    Row h = sheet.createRow(0);
    h.createCell(0).setCellValue("文件");
    h.createCell(1).setCellValue("原因");
    for (int i = 0; i < failures.size(); i++) {
      Row row = sheet.createRow(i + 1);
      row.createCell(0).setCellValue(failures.get(i)[0]);
      row.createCell(1).setCellValue(failures.get(i)[1]);
    }
    sheet.setColumnWidth(0, 60 * 256);
    sheet.setColumnWidth(1, 80 * 256);
  }

  private static List<String> crossYearFields(ReportSpec spec) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (Format f : Format.values()) {
      spec.checks(f, CheckScope.CROSS_YEAR).forEach(c -> out.addAll(c.fields()));
    }
    return List.copyOf(out);
  }

  private static org.apache.poi.ss.usermodel.Font bold(SXSSFWorkbook wb) {
    org.apache.poi.ss.usermodel.Font f = wb.createFont();
    f.setBold(true);
    return f;
  }
}
