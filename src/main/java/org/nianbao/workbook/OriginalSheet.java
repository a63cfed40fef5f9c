package org.nianbao.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.nianbao.message.Message;
import org.nianbao.model.Flag;
import org.nianbao.model.Placement;
import org.nianbao.model.ValueKind;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
import org.nianbao.model.Value;
import org.nianbao.form.Format;
import org.nianbao.form.Layout;
import org.nianbao.form.LayoutEntry;
import org.nianbao.xlsx.Sheet;
import org.nianbao.xlsx.Style;

/**
 * The hidden, protected 原读数 sheet: what nianbao read from the report, so that a workbook a person
 * corrected and saved (in Excel, WPS, LibreOffice) can be read back and every changed value told
 * from the rest. One record a row, its kind in column A: the report's facts ({@code 报告}), every
 * label and header of the form sheets where it was written ({@code 标签}: the form's fingerprint,
 * checked before a value is read, so values are read under their labels, never by a position that
 * moved), every field's original value and source ({@code 数字}), the flags ({@code 标记}) and the
 * sections' text ({@code 章节}). Words are Chinese; field ids, flag codes and source paths are ids
 * for programs, as in 来源's last column.
 */
final class OriginalSheet {
  /** Cell A1: tells a workbook nianbao wrote, whatever program saved it since. */
  static final String MARKER = Message.of("workbook.originals.marker").zh();
  static final String META = Message.of("workbook.originals.meta").zh();
  static final String LABEL = Message.of("workbook.originals.label").zh();
  static final String FIELD = Message.of("workbook.originals.field").zh();
  static final String FLAG = Message.of("workbook.originals.flag").zh();
  static final String SECTION = Message.of("workbook.originals.section").zh();
  static final String FILE = Message.of("workbook.originals.file").zh();
  static final String AGENCY = Message.of("workbook.originals.agency").zh();
  static final String YEAR = Message.of("workbook.originals.year").zh();
  static final String PUBLISHED = Message.of("workbook.originals.published").zh();
  static final String FORMAT = Message.of("workbook.originals.format").zh();
  static final String TABLES = Message.of("workbook.originals.tables").zh();
  /** Text is cut in pieces shorter than a cell holds. */
  static final int CHUNK = 30_000;
  static final String CORRECTED = "cell.corrected";

  private static final Style TEXT = Style.plain(Styles.FONT, 11).format("@");

  private final Sheet sheet;
  private int row;

  OriginalSheet(Sheet sheet) {
    this.sheet = sheet;
  }

  void write(Report report, Layout layout) {
    sheet.hide();
    sheet.protect();
    put(MARKER, Message.of("workbook.originals.note").zh());
    put(META, FILE, report.file());
    put(META, AGENCY, report.agency().orElse(""));
    put(META, YEAR, report.year().map(String::valueOf).orElse(""));
    put(META, PUBLISHED, report.published().map(String::valueOf).orElse(""));
    put(META, FORMAT, report.format().map(Format::code).orElse(""));
    put(META, TABLES, report.tables().stream().map(TableId::key).sorted().collect(Collectors.joining(",")));
    for (String name : layout.sheets()) {
      // A table not found is not laid out: its sheet says so instead, and has no labels to check.
      boolean present = layout.entries(name).stream().filter(e -> e.kind() == LayoutEntry.Kind.FIELD).findFirst()
          .map(e -> report.has(TableId.of(e.content()))).orElse(false);
      for (LayoutEntry e : present ? layout.entries(name) : List.<LayoutEntry>of()) {
        if (e.kind() == LayoutEntry.Kind.HEADER || e.kind() == LayoutEntry.Kind.LABEL) {
          put(LABEL, name, e.firstCell(), e.content());
        }
      }
    }
    for (Map.Entry<String, Value> e : report.values().entrySet()) {
      Value v = report.originals().getOrDefault(e.getKey(), e.getValue());
      String cell = layout.cell(e.getKey()).map(c -> c.sheet() + "!" + c.cell()).orElse("");
      put(FIELD, e.getKey(), cell, KINDS.get(v.kind()), v.number() == null ? "" : plain(v.number()), PLACEMENTS.get(v.placement()), v.source().snippet(),
          String.valueOf(v.source().pos().line()), v.source().pos().path());
    }
    for (Flag f : report.flags()) {
      if (!f.code().equals(CORRECTED)) {
        List<String> cells = new ArrayList<>(List.of(FLAG, f.field(), f.code(), String.valueOf(f.pos().line()), f.pos().path()));
        f.reason().args().forEach(a -> cells.add(arg(a)));
        put(cells.toArray(String[]::new));
      }
    }
    report.sections().forEach((n, text) -> {
      List<String> cells = new ArrayList<>(List.of(SECTION, String.valueOf(n)));
      for (int i = 0; i < text.length(); i += CHUNK) {
        cells.add(text.substring(i, Math.min(text.length(), i + CHUNK)));
      }
      put(cells.toArray(String[]::new));
    });
  }

  /** How a value's kind and placement are written: in words, as the 来源 sheet says them. */
  static final Map<ValueKind, String> KINDS = Map.of(ValueKind.NUMBER, Message.of("workbook.kind.number").zh(), ValueKind.BLANK,
      Message.of("workbook.kind.blank").zh(), ValueKind.MARK, Message.of("workbook.kind.mark").zh(), ValueKind.UNREAD, Message.of("workbook.kind.unread").zh());
  static final Map<Placement, String> PLACEMENTS = Map.of(Placement.READ, Message.of("workbook.placement.read").zh(), Placement.PLACED_BY_CHECK,
      Message.of("workbook.placement.placed_by_check").zh(), Placement.SPLIT, Message.of("workbook.placement.split").zh(), Placement.BY_POSITION,
      Message.of("workbook.placement.by_position").zh(), Placement.UNIT_CONVERTED, Message.of("workbook.placement.unit_converted").zh(), Placement.CORRECTED,
      Message.of("workbook.placement.corrected").zh(), Placement.UNREAD, Message.of("workbook.placement.unread").zh());

  /** The key of {@code words} in {@code map}, if any. */
  static <K> java.util.Optional<K> keyOf(Map<K, String> map, String words) {
    return map.entrySet().stream().filter(e -> e.getValue().equals(words)).map(Map.Entry::getKey).findFirst();
  }

  /** A flag's argument as its Chinese reason shows it (a list as the catalogue joins one). */
  private static String arg(Object a) {
    if (a instanceof Message m) {
      return m.zh();
    }
    if (a instanceof List<?> list) {
      return list.stream().map(OriginalSheet::arg).collect(Collectors.joining("、"));
    }
    return String.valueOf(a);
  }

  static String plain(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString();
  }

  private void put(String... cells) {
    for (int c = 0; c < cells.length; c++) {
      sheet.text(row, c, cells[c], TEXT);
    }
    row++;
  }
}
