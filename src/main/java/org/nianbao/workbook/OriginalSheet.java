package org.nianbao.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
  static final String MARKER = "nianbao 原读数 1";
  static final String META = "报告";
  static final String LABEL = "标签";
  static final String FIELD = "数字";
  static final String FLAG = "标记";
  static final String SECTION = "章节";
  static final String FILE = "文件";
  static final String AGENCY = "机关";
  static final String YEAR = "年度";
  static final String PUBLISHED = "发布日期";
  static final String FORMAT = "格式";
  static final String TABLES = "统计表";
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
    put(MARKER, "nianbao 读取的原始数字和来源，用于找出人工更正；请勿改动");
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
  static final Map<ValueKind, String> KINDS = Map.of(ValueKind.NUMBER, "数字", ValueKind.BLANK, "空白", ValueKind.MARK, "符号", ValueKind.UNREAD, "未能读取");
  static final Map<Placement, String> PLACEMENTS = Map.of(Placement.READ, "原样读取", Placement.PLACED_BY_CHECK, "按校验推断位置", Placement.SPLIT, "拆分粘连数字",
      Placement.BY_POSITION, "按标准列序放置", Placement.UNIT_CONVERTED, "单位换算", Placement.CORRECTED, "人工更正", Placement.UNREAD, "未能读取");

  /** The key of {@code words} in {@code map}, if any. */
  static <K> java.util.Optional<K> keyOf(Map<K, String> map, String words) {
    return map.entrySet().stream().filter(e -> e.getValue().equals(words)).map(Map.Entry::getKey).findFirst();
  }

  /** A flag's argument as its Chinese reason shows it (a list as the catalogue joins one). */
  private static String arg(Object a) {
    if (a instanceof org.nianbao.message.Message m) {
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
