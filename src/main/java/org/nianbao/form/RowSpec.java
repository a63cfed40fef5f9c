package org.nianbao.form;

import java.util.List;

/** One row of a statutory table as the form prints it, with its cells in column order. */
public record RowSpec(String key, String table, List<FieldSpec> cells) {
  public RowSpec {
    cells = List.copyOf(cells);
  }

  /** The official row label, as {@code fields.tsv} gives it. */
  public String label() {
    return cells.get(0).row();
  }
}
