package org.nianbao.extract.table;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nianbao.form.CheckScope;
import org.nianbao.form.CheckSpec;
import org.nianbao.form.FieldSpec;
import org.nianbao.form.Format;
import org.nianbao.form.ReportSpec;
import org.nianbao.model.TableId;

/**
 * The three statutory tables (表二, 表三, 表四) parsed from their regions of tokens, each by its own
 * parser; the form's column trees and row labels are built once and shared by every report. Thread-safe.
 */
public final class StatutoryTables {
  private final ReportSpec spec;
  private final ColumnsAsPrinted.Trees trees;
  private final Map<String, FormRows> formRows = new ConcurrentHashMap<>();

  public StatutoryTables(ReportSpec spec) {
    this.spec = spec;
    this.trees = new ColumnsAsPrinted.Trees(spec::header);
  }

  /**
   * Parses each table from its region.
   *
   * @param last the last token of the whole text: a region ending on it may have been cut short
   */
  public Map<TableId, ParsedTable> parse(Format format, Map<TableId, List<Token>> regions, Token last) {
    List<CheckSpec> checks = spec.checks(format, CheckScope.REPORT);
    Map<TableId, ParsedTable> out = new EnumMap<>(TableId.class);
    RowFiller.AmountUnit formUnit = format == Format.REVISED_2021 ? RowFiller.AmountUnit.WAN : RowFiller.AmountUnit.NOT_STATED;
    RowFiller t2Filler = new RowFiller(checks, AmountUnits.fromHeader(regions.get(TableId.T2), formUnit));
    RowFiller filler = new RowFiller(checks, formUnit);
    out.put(TableId.T2, new RowTableParser(formRows(format, "t2"), t2Filler, new ColumnsAsPrinted(trees)).parse(regions.get(TableId.T2), endsText(regions.get(TableId.T2), last)));
    out.put(TableId.T3, new RowTableParser(formRows(format, "t3"), filler, new ColumnsAsPrinted(trees)).parse(regions.get(TableId.T3), endsText(regions.get(TableId.T3), last)));
    List<FieldSpec> t4 = spec.fields(format).stream().filter(f -> f.table().equals("t4")).toList();
    RowTableParser groups = new RowTableParser(formRows(format, "t4"), filler, new ColumnsAsPrinted(trees));
    out.put(TableId.T4, new ReviewTableParser(t4, filler, new ColumnsAsPrinted(trees), groups).parse(regions.get(TableId.T4)));
    return out;
  }

  /** The rows of one table of the form and their labels, made once for all the reports read. */
  private FormRows formRows(Format format, String table) {
    return formRows.computeIfAbsent(format.name() + " " + table, k -> new FormRows(spec.rows(format, table), spec.labels(format)));
  }

  private static boolean endsText(List<Token> region, Token last) {
    return !region.isEmpty() && region.get(region.size() - 1) == last;
  }
}
