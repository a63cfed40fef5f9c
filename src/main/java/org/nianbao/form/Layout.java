package org.nianbao.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How one format's tables are laid out in a workbook, as the official form prints them: the same
 * rows, columns, merged headers and units. Both the workbook writer and the workbook reader use it,
 * so a written value is read back from the cell it was written to.
 */
public final class Layout {
  private final Format format;
  private final List<LayoutEntry> entries;
  private final Map<String, SheetCell> cells = new LinkedHashMap<>();

  Layout(Format format, List<LayoutEntry> entries) {
    this.format = format;
    this.entries = List.copyOf(entries);
    for (LayoutEntry e : entries) {
      if (e.kind() == LayoutEntry.Kind.FIELD) {
        cells.put(e.content(), new SheetCell(e.sheet(), e.firstCell()));
      }
    }
  }

  static Layout load(Format format) {
    List<LayoutEntry> out = new ArrayList<>();
    for (String[] r : Tsv.rows("layout-" + format.code() + ".tsv")) {
      out.add(new LayoutEntry(r[0], LayoutEntry.Kind.valueOf(r[1].toUpperCase(Locale.ROOT)), r[2], r[3]));
    }
    return new Layout(format, out);
  }

  /** The format this layout is for. */
  public Format format() {
    return format;
  }

  /** Every layout line, in sheet order. */
  public List<LayoutEntry> entries() {
    return entries;
  }

  /** The entries of one sheet. */
  public List<LayoutEntry> entries(String sheet) {
    return entries.stream().filter(e -> e.sheet().equals(sheet)).toList();
  }

  /** The table sheets, in the order of the form (表二, 表三, 表四). */
  public List<String> sheets() {
    Set<String> out = new LinkedHashSet<>();
    entries.forEach(e -> out.add(e.sheet()));
    return List.copyOf(out);
  }

  /** The cell a field is written to. */
  public Optional<SheetCell> cell(String field) {
    return Optional.ofNullable(cells.get(field));
  }

  /** The field written to a cell, if any. */
  public Optional<String> field(String sheet, String cell) {
    return cells.entrySet().stream().filter(e -> e.getValue().equals(new SheetCell(sheet, cell))).map(Map.Entry::getKey).findFirst();
  }
}
