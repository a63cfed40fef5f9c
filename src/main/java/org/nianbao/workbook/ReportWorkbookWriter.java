package org.nianbao.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.nianbao.message.Message;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
import org.nianbao.form.CheckScope;
import org.nianbao.form.CheckSpec;
import org.nianbao.form.Format;
import org.nianbao.form.Layout;
import org.nianbao.form.LayoutEntry;
import org.nianbao.form.NarrativeSpec;
import org.nianbao.form.ReportSpec;
import org.nianbao.xlsx.XlsxWriter;

/**
 * Writes one report as the fixed workbook: 概况, the three table sheets laid out as the official
 * form of the report's format, 校验 with live balance-check formulas, and 来源. Every formula is
 * stored with the value it computes, so a reader that does not recalculate shows the same figures,
 * and the workbook asks to be recalculated on opening, so an edit still adds up. The same report
 * always gives the same bytes. Thread-safe.
 */
public final class ReportWorkbookWriter {
  private final ReportSpec spec;

  public ReportWorkbookWriter(ReportSpec spec) {
    this.spec = spec;
  }

  /** Writes the workbook of {@code report} to {@code out}. */
  public void write(Report report, OutputStream out) throws IOException {
    try (XlsxWriter wb = new XlsxWriter(Styles.BASE)) {
      wb.footer(name -> Message.of("workbook.page_footer", name).zh());
      build(wb, report);
      wb.write(out);
    }
  }

  private void build(XlsxWriter wb, Report report) {
    Format format = report.format().orElse(Format.TRIAL_2019);
    Layout layout = spec.layout(format);
    Map<String, CheckSpec> checks = spec.checks(format, CheckScope.REPORT).stream()
        .collect(Collectors.toMap(CheckSpec::id, c -> c, (a, b) -> a, LinkedHashMap::new));
    FormulaRenderer formulas = FormulaRenderer.over(layout, report.values());
    Map<String, Integer> checkRows = CheckSheet.rows(report);
    SheetWriter summary = new SheetWriter(wb.sheet(Sheets.SUMMARY));
    TableSheet tables = new TableSheet(spec, report, checkRows);
    for (String sheet : layout.sheets()) {
      tables.write(new SheetWriter(wb.sheet(sheet)), layout.entries(sheet), report.has(tableOf(layout, sheet)));
    }
    Map<String, NarrativeSpec> narrative = spec.narrative(format).stream().collect(Collectors.toMap(NarrativeSpec::id, n -> n, (a, b) -> a));
    List<Object> verdicts = new CheckSheet(formulas, checks, narrative).write(new SheetWriter(wb.sheet(Sheets.CHECKS)), report);
    new SourceSheet(spec).write(new SheetWriter(wb.sheet(Sheets.SOURCES)), report, layout);
    new SummarySheet(formulas, checks).write(summary, report, spec.figures(format), checkRows, verdicts);
    new OriginalSheet(wb.sheet(Sheets.ORIGINALS)).write(report, layout);
    properties(wb, report);
  }

  private static TableId tableOf(Layout layout, String sheet) {
    String field = layout.entries(sheet).stream().filter(e -> e.kind() == LayoutEntry.Kind.FIELD).findFirst().orElseThrow().content();
    return TableId.of(field);
  }

  private static void properties(XlsxWriter wb, Report report) {
    wb.title(Message.of("workbook.property.title", report.agency().orElse(""), report.year().map(y -> Message.of("workbook.year", y).zh()).orElse("")).zh());
    wb.subject("nianbao");
    wb.creator("nianbao");
    wb.description(Message.of("workbook.property.description", report.file()).zh());
    wb.property(LayoutValues.FORMAT, report.format().map(Format::code).orElse(""));
    wb.property(LayoutValues.TABLES, report.tables().stream().map(TableId::key).sorted().collect(Collectors.joining(",")));
    wb.property(LayoutValues.AGENCY, report.agency().orElse(""));
    wb.property(LayoutValues.YEAR, report.year().map(String::valueOf).orElse(""));
    wb.property(LayoutValues.SOURCE, report.file());
  }
}
