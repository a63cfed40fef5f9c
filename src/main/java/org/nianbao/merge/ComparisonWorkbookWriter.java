package org.nianbao.merge;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.nianbao.message.Message;
import org.nianbao.model.CheckResult;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.form.CheckScope;
import org.nianbao.form.CheckSpec;
import org.nianbao.form.Figure;
import org.nianbao.form.Format;
import org.nianbao.form.ReportSpec;
import org.nianbao.form.Term;
import org.nianbao.model.FlagCounts;
import org.nianbao.place.AgencyKey;
import org.nianbao.place.Gazetteer;
import org.nianbao.place.Location;
import org.nianbao.place.Place;
import org.nianbao.place.Roster;
import org.nianbao.workbook.Formula;
import org.nianbao.workbook.FormulaRenderer;
import org.nianbao.xlsx.Sheet;
import org.nianbao.xlsx.XlsxWriter;

/**
 * Merges many reports into one comparison workbook, streaming: each report becomes one row of 汇总
 * as it is added (in input order), and its row of 指标 (indicators over that row), written out of
 * memory at once, and only what the later sheets need is kept, so ten thousand reports fit in a
 * few hundred megabytes. Then 跨年核对, 文字对比,
 * 统计, 图表 and 未能读取 are written. Every formula is stored with its value. Not thread-safe: add
 * from one thread.
 */
public final class ComparisonWorkbookWriter implements AutoCloseable {
  static final String SUMMARY = Words.of("sheet.summary");
  static final String YEARS = Words.of("sheet.years");
  static final String STATISTICS = Words.of("sheet.statistics");
  static final String CHARTS = Words.of("sheet.charts");
  static final String FAILED = Words.of("sheet.failed");
  /** The flag of a value a person corrected in nianbao's workbook. */
  static final String CORRECTED = "cell.corrected";

  /**
   * 汇总 has a hidden row of field ids for programs (row 1), then its header for people (rows 2
   * and 3); reports start on Excel row 4, on every sheet that has a row per report.
   */
  static final int FIRST_DATA_ROW = 4;

  /** Excel's last row: a merge larger than this cannot be one sheet. */
  public static final int MAX_REPORTS = 1_048_576 - FIRST_DATA_ROW + 1;

  private final ReportSpec spec;
  private final SummaryColumns columns;
  private final XlsxWriter wb;
  private final Sheet summary;
  private final Sheet issueSheet;
  /** What a person should look at in every report added, for 问题清单 (a few short rows a report). */
  private final List<Issue> issues = new ArrayList<>();
  private final IndicatorSheet indicators;
  private final Gazetteer gazetteer = Gazetteer.load();
  private RegionSheet regions;
  private final List<RegionSheet.Scope> scopes = new ArrayList<>();
  private final Map<String, Sheet> later = new LinkedHashMap<>();
  private final List<YearEntry> entries = new ArrayList<>();
  /** Every report merged, for 名单; and the roster, if one was given. */
  private final List<RosterSheet.Reported> reported = new ArrayList<>();
  private Roster roster;
  /** Each row's key figures as stored, for 同比. */
  private final List<Map<String, BigDecimal>> figuresByRow = new ArrayList<>();
  /** Each row's year, format, level and province, for 统计's medians. */
  private final List<String[]> groupsByRow = new ArrayList<>();
  private final SectionStore sections;
  private final List<String[]> failures = new ArrayList<>();
  private final Map<Format, List<Figure>> figures = new HashMap<>();
  private final List<String> crossYearFields;
  private final Tally tally = new Tally();
  private int nextRow = FIRST_DATA_ROW;

  public ComparisonWorkbookWriter(ReportSpec spec) {
    this(spec, null);
  }

  /** A comparison workbook whose temporary files (the sections' text, large sheets' rows) are made in {@code temporary}, or the system's temporary folder when null. */
  public ComparisonWorkbookWriter(ReportSpec spec, Path temporary) {
    this.spec = spec;
    this.wb = new XlsxWriter(MergeStyles.BASE, temporary);
    wb.footer(name -> Message.of("workbook.page_footer", name).zh());
    this.sections = new SectionStore(temporary);
    this.columns = new SummaryColumns(spec);
    for (Format f : Format.values()) {
      figures.put(f, spec.figures(f));
    }
    this.crossYearFields = crossYearFields(spec);
    this.summary = wb.sheet(SUMMARY);
    this.issueSheet = wb.sheet(IssueSheet.NAME);
    this.indicators = new IndicatorSheet(spec, wb.sheet(IndicatorSheet.NAME));
    later.put(RankSheet.NAME, wb.sheet(RankSheet.NAME));
    later.put(RegionSheet.NAME, wb.sheet(RegionSheet.NAME));
    for (String name : List.of(YEARS, YearOnYearSheet.NAME, TextComparisonSheet.NAME, STATISTICS, CHARTS, FAILED)) {
      later.put(name, wb.sheet(name));
    }
    new SummaryHeader(summary, columns).write();
  }

  /** Adds one report as the next row of 汇总. */
  public void add(Report r) {
    if (nextRow - FIRST_DATA_ROW >= MAX_REPORTS) {
      addFailure(r.file(), Message.of("error.merge_full", MAX_REPORTS).zh());
      return;
    }
    int excelRow = nextRow++;
    int row = excelRow - 1;
    String agency = r.agency().orElse("");
    String key = AgencyKey.of(agency);
    summary.text(row, SummaryColumns.AGENCY, agency, null);
    summary.text(row, SummaryColumns.KEY, key, null);
    r.year().ifPresent(y -> summary.number(row, SummaryColumns.YEAR, y, MergeStyles.CENTERED));
    r.format().ifPresent(f -> summary.text(row, SummaryColumns.FORMAT, SummaryColumns.formatLabel(f), MergeStyles.CENTERED));
    summary.text(row, SummaryColumns.FILE, r.file(), MergeStyles.WRAPPED);
    String missing = String.join("、", java.util.Arrays.stream(TableId.values()).filter(t -> !r.has(t)).map(TableId::label).toList());
    if (!missing.isEmpty()) {
      summary.text(row, SummaryColumns.MISSING, missing, MergeStyles.MISSING);
    }
    FlagCounts counts = FlagCounts.of(r);
    summary.number(row, SummaryColumns.REVIEW, counts.review(), counts.review() > 0 ? MergeStyles.REVIEW : null);
    summary.number(row, SummaryColumns.NOTES, counts.notes(), null);
    summary.number(row, SummaryColumns.NARRATIVE, r.narrative().size(), null);
    summary.number(row, SummaryColumns.NARRATIVE_FAILING, r.narrative().stream().filter(n -> n.status() == CheckStatus.FAIL).count(), null);
    values(row, r);
    Map<String, BigDecimal> shownFigures = new HashMap<>();
    List<Object> verdicts = formulas(row, excelRow, r, shownFigures);
    String checks = SummaryColumns.letter(columns.firstCheck()) + excelRow + ":" + SummaryColumns.letter(columns.count() - 1) + excelRow;
    Formula failing = FormulaRenderer.countIf(checks, verdicts, FormulaRenderer.FAIL);
    Formula skipped = FormulaRenderer.countIf(checks, verdicts, FormulaRenderer.SKIPPED);
    summary.formula(row, SummaryColumns.FAILING, failing.text(), failing.value(), null);
    summary.formula(row, SummaryColumns.SKIPPED, skipped.text(), skipped.value(), null);
    summary.flushBefore(row + 1);
    Location placed = regions().add(row, agency, r.file());
    indicators.add(row, r, t -> cell(t, excelRow, r).map(c -> new FormulaRenderer.Shown("'" + SUMMARY + "'!" + c.ref(), c.content())));
    figuresByRow.add(shownFigures);
    issues.addAll(Issue.of(r, excelRow, spec));
    groupsByRow.add(new String[] {r.year().map(String::valueOf).orElse(""), r.format().map(Format::code).orElse(""), placed.level(), placed.province()});
    reported.add(new RosterSheet.Reported(agency, key, r.year().orElse(null), r.file()));
    tally.add(r.year().orElse(null), r.format().map(Format::code).orElse(null), key, placed.level(), placed.province(), shownFigures);
    if (r.year().isPresent() && !agency.isEmpty()) {
      Map<String, Value> kept = new HashMap<>();
      crossYearFields.forEach(f -> Optional.ofNullable(r.values().get(f)).ifPresent(v -> kept.put(f, v)));
      entries.add(new YearEntry(agency, key, r.year().get(), r.format().orElse(null), r.tables(), excelRow, kept, sections.put(r.sections())));
    }
  }

  /**
   * Reads agencies whose names do not say where they are as being in {@code region} (浙江省绍兴市):
   * those of the reports under {@code folder}, or of every report; call before the first report is
   * added. False, and nothing changes, if the region names no one place.
   */
  public boolean within(String region, Optional<Path> folder) {
    Place p = gazetteer.place(region);
    if (p.division().isEmpty() || regions != null) {
      return false;
    }
    scopes.add(new RegionSheet.Scope(folder.map(f -> f.toAbsolutePath().normalize()), p.division().get()));
    return true;
  }

  /** Where a report's agency is, as 地区与层级 places it (within the region given for it, if any). */
  public Location locate(Report r) {
    return gazetteer.locate(r.agency().orElse(""), regions().region(r.file()));
  }

  private RegionSheet regions() {
    if (regions == null) {
      regions = new RegionSheet(gazetteer, scopes, later.get(RegionSheet.NAME));
    }
    return regions;
  }

  /** Adds a 名单 sheet: who on {@code roster} has a report among those merged, who is missing, who reported twice. */
  public void expect(Roster roster) {
    this.roster = roster;
  }

  /** Lists an input that could not be read, with the reason. */
  public void addFailure(String file, String reason) {
    failures.add(new String[] {file, reason});
  }

  /** How many reports are rows of 汇总. */
  public int reports() {
    return nextRow - FIRST_DATA_ROW;
  }

  /** What a person should look at in the reports added, as 问题清单 lists it: failing checks and values to review or not read. */
  public List<Issue> issues() {
    return List.copyOf(issues);
  }

  /** How many inputs are listed as not read. */
  public int failures() {
    return failures.size();
  }

  /** Writes the remaining sheets and the whole workbook; returns the cross-year verdicts nianbao computed. */
  public List<CheckResult> write(OutputStream out) throws IOException {
    try {
      return writeSheets(out);
    } finally {
      close();
    }
  }

  private List<CheckResult> writeSheets(OutputStream out) throws IOException {
    int last = nextRow - 1;
    summary.freeze(SummaryColumns.YEAR + 1, FIRST_DATA_ROW - 1);
    summary.autoFilter(SummaryColumns.letter(0) + (FIRST_DATA_ROW - 1) + ":" + SummaryColumns.letter(columns.count() - 1) + Math.max(FIRST_DATA_ROW - 1, last));
    redWhenFailing(last);
    new IssueSheet().write(issueSheet, issues, SUMMARY);
    new RankSheet(spec).write(later.get(RankSheet.NAME), indicators.rows(), groupsByRow.stream().map(g -> g[StatisticsSheet.LEVEL]).toList());
    List<CheckResult> crossYear = new CrossYearSheet(spec, columns, SUMMARY).write(later.get(YEARS), entries);
    new YearOnYearSheet(spec, columns, SUMMARY, figuresByRow, indicators.rows()).write(later.get(YearOnYearSheet.NAME), entries);
    new TextComparisonSheet(sections).write(later.get(TextComparisonSheet.NAME), entries);
    SortedSet<Integer> years = new TreeSet<>();
    entries.forEach(e -> years.add(e.year()));
    new StatisticsSheet(columns, SUMMARY, figuresByRow, groupsByRow).write(later.get(STATISTICS), years, tally, FIRST_DATA_ROW, last);
    LinkedHashSet<String> agencies = new LinkedHashSet<>();
    entries.forEach(e -> agencies.add(e.key()));
    new ChartsSheet(columns, SUMMARY, STATISTICS).write(later.get(CHARTS), List.copyOf(agencies), years, tally, FIRST_DATA_ROW, last);
    FailedSheet.write(later.get(FAILED), failures);
    if (roster != null) {
      new RosterSheet(gazetteer).write(wb.sheet(RosterSheet.NAME), roster, reported);
    }
    wb.write(out);
    return crossYear;
  }

  /** Removes the temporary files of a merge that is abandoned (write does it when done). */
  @Override
  public void close() {
    try {
      sections.close();
    } catch (IOException e) {
      // A temporary file that cannot be removed is the system's to clean.
    }
    wb.close();
  }

  private void values(int row, Report r) {
    for (Map.Entry<String, Value> e : r.values().entrySet()) {
      Integer col = columns.fields().get(e.getKey());
      Value v = e.getValue();
      if (col == null) {
        continue;
      }
      boolean corrected = r.corrected(e.getKey());
      if (v.kind() == ValueKind.NUMBER) {
        summary.number(row, col, v.number(), corrected ? MergeStyles.CORRECTED : null);
      } else if (v.kind() == ValueKind.MARK) {
        summary.text(row, col, v.source().snippet(), corrected ? MergeStyles.CORRECTED : null);
      } else if (corrected) {
        summary.blank(row, col, MergeStyles.CORRECTED);
      }
      if (corrected) {
        // The few corrected cells say what nianbao had read; the 问题清单 and the report's 来源 say more.
        r.flags().stream().filter(f -> f.field().equals(e.getKey()) && f.code().equals(CORRECTED)).findFirst()
            .ifPresent(f -> summary.comment(row, col, f.reason().zh()));
      }
    }
  }

  /** Writes the key figures and the checks of one row; returns what each check cell shows, in column order. */
  private List<Object> formulas(int row, int excelRow, Report r, Map<String, BigDecimal> shownFigures) {
    List<Object> verdicts = new ArrayList<>();
    if (r.format().isEmpty()) {
      return verdicts;
    }
    Format format = r.format().get();
    FormulaRenderer formulas = new FormulaRenderer(t -> cell(t, excelRow, r));
    for (Figure f : figures.get(format)) {
      if (f.terms().stream().allMatch(t -> r.values().containsKey(t.field()))) {
        Formula sum = formulas.sum(f.terms());
        summary.formula(row, columns.figures().get(f.id()), sum.text(), sum.value(), null);
        shownFigures.put(f.id(), sum.number());
      }
    }
    for (CheckSpec c : spec.checks(format, CheckScope.REPORT)) {
      int col = columns.checks().get(c.id());
      if (!r.has(TableId.valueOf(c.table().toUpperCase(java.util.Locale.ROOT)))) {
        summary.text(row, col, FormulaRenderer.SKIPPED, null);
        verdicts.add(FormulaRenderer.SKIPPED);
        continue;
      }
      List<String> unread = c.fields().stream().filter(f -> r.values().get(f).kind() == ValueKind.UNREAD).toList();
      Formula verdict = formulas.check(c, unread);
      summary.formula(row, col, verdict.text(), verdict.value(), null);
      verdicts.add(verdict.value());
    }
    return verdicts;
  }

  private Optional<FormulaRenderer.Shown> cell(Term t, int excelRow, Report r) {
    Integer col = columns.fields().get(t.field());
    if (col == null || !r.values().containsKey(t.field())) {
      return Optional.empty();
    }
    return Optional.of(FormulaRenderer.Shown.of(SummaryColumns.letter(col) + excelRow, r.values().get(t.field())));
  }

  private void redWhenFailing(int last) {
    if (last < FIRST_DATA_ROW) {
      return;
    }
    String first = SummaryColumns.letter(columns.firstCheck());
    summary.highlight(first + FIRST_DATA_ROW + ":" + SummaryColumns.letter(columns.count() - 1) + last, first + FIRST_DATA_ROW + "=\"" + FormulaRenderer.FAIL + "\"",
        MergeStyles.FAILING);
    String failing = SummaryColumns.letter(SummaryColumns.FAILING);
    summary.highlight("A" + FIRST_DATA_ROW + ":" + SummaryColumns.letter(SummaryColumns.KEY) + last + " " + failing + FIRST_DATA_ROW + ":" + failing + last,
        "$" + failing + FIRST_DATA_ROW + ">0", MergeStyles.FAILING);
  }

  private static List<String> crossYearFields(ReportSpec spec) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (Format f : Format.values()) {
      spec.checks(f, CheckScope.CROSS_YEAR).forEach(c -> out.addAll(c.fields()));
    }
    return List.copyOf(out);
  }
}
