package org.nianbao.form;

import java.util.Set;

/**
 * One cell of a statutory table: its stable id ({@code t3.new.natural}), the formats that have it and
 * the official row and column labels.
 */
public record FieldSpec(String id, Set<Format> formats, String table, String row, String column, String note) {
  public FieldSpec {
    formats = Set.copyOf(formats);
  }

  /** Whether the given format has this cell. */
  public boolean in(Format format) {
    return formats.contains(format);
  }

  /** The id without its last part: the table row (or 表四 group) this cell belongs to. */
  public String rowKey() {
    return id.substring(0, id.lastIndexOf('.'));
  }

  /** Money cells are in 万元 and keep decimals; every other cell is a count. */
  public boolean isAmount() {
    return id.endsWith(".amount");
  }

  /** Cells that hold a signed change (本年增/减). */
  public boolean isSigned() {
    return id.endsWith(".change");
  }
}
