package org.nianbao.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
import org.nianbao.spec.CheckScope;
import org.nianbao.spec.CheckSpec;
import org.nianbao.spec.NarrativeSpec;
import org.nianbao.spec.Format;
import org.nianbao.spec.Layout;
import org.nianbao.spec.ReportSpec;

/**
 * Writes one report as the fixed workbook: 概况, the three table sheets laid out as the official
 * form of the report's format, 校验 with live balance-check formulas, and 来源. Formulas carry no
 * cached results and the workbook asks to be recalculated on opening, so Excel, WPS and LibreOffice
 * all show their own computation. The same report always gives the same bytes. Thread-safe.
 */
public final class ReportWorkbookWriter {
  private final ReportSpec spec;

  public ReportWorkbookWriter(ReportSpec spec) {
    this.spec = spec;
  }

  /** Writes the workbook of {@code report} to {@code out}. */
  public void write(Report report, OutputStream out) throws IOException {
    SXSSFWorkbook wb = build(report);
    try {
      wb.write(out);
    } finally {
      wb.dispose();
      wb.close();
    }
  }

  /** Serialised by SXSSF's streaming writer: XSSF's own costs several times more. */
  SXSSFWorkbook build(Report report) {
    Format format = report.format().orElse(Format.TRIAL_2019);
    Layout layout = spec.layout(format);
    Map<String, CheckSpec> checks = spec.checks(format, CheckScope.REPORT).stream()
        .collect(Collectors.toMap(CheckSpec::id, c -> c, (a, b) -> a, LinkedHashMap::new));
    SXSSFWorkbook wb = new StableWorkbook(-1);
    Styles styles = new Styles(wb);
    FormulaRenderer formulas = FormulaRenderer.over(layout);
    Map<String, Integer> checkRows = CheckSheet.rows(report);
    SheetWriter summary = new SheetWriter(wb.createSheet(Sheets.SUMMARY));
    TableSheet tables = new TableSheet(spec, styles, report, checkRows);
    for (String sheet : layout.sheets()) {
      tables.write(new SheetWriter(wb.createSheet(sheet)), layout.entries(sheet), report.has(tableOf(layout, sheet)));
    }
    Map<String, NarrativeSpec> narrative = spec.narrative(format).stream().collect(Collectors.toMap(NarrativeSpec::id, n -> n, (a, b) -> a));
    new CheckSheet(styles, formulas, checks, narrative).write(new SheetWriter(wb.createSheet(Sheets.CHECKS)), report);
    new SourceSheet(spec, styles).write(new SheetWriter(wb.createSheet(Sheets.SOURCES)), report, layout);
    new SummarySheet(styles, formulas).write(summary, report, spec.figures(format), checkRows);
    wb.setForceFormulaRecalculation(true);
    properties(wb, report, format);
    return wb;
  }

  private static TableId tableOf(Layout layout, String sheet) {
    String field = layout.entries(sheet).stream().filter(e -> e.kind() == org.nianbao.spec.LayoutEntry.Kind.FIELD).findFirst().orElseThrow().content();
    return TableId.of(field);
  }

  private static void properties(SXSSFWorkbook wb, Report report, Format format) {
    POIXMLProperties props = wb.getXSSFWorkbook().getProperties();
    POIXMLProperties.CoreProperties core = props.getCoreProperties();
    core.setTitle(report.agency().orElse("") + report.year().map(y -> y + "年").orElse("") + "政府信息公开工作年度报告");
    core.setSubjectProperty("nianbao");
    core.setCreator("nianbao");
    core.setDescription("来源：" + report.file());
    POIXMLProperties.CustomProperties custom = props.getCustomProperties();
    custom.addProperty(WorkbookReader.FORMAT, report.format().map(Format::code).orElse(""));
    custom.addProperty(WorkbookReader.TABLES, report.tables().stream().map(TableId::key).sorted().collect(Collectors.joining(",")));
    custom.addProperty(WorkbookReader.AGENCY, report.agency().orElse(""));
    custom.addProperty(WorkbookReader.YEAR, report.year().map(String::valueOf).orElse(""));
    custom.addProperty(WorkbookReader.SOURCE, report.file());
    if (report.format().isEmpty()) {
      custom.addProperty("nianbao.note", "no statutory table in the text; sheets laid out as the " + format.code() + " form and left empty");
    }
  }
}
