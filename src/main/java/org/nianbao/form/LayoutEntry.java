package org.nianbao.form;

/**
 * One line of a sheet layout ({@code templates/layout-*.tsv}): a column width, a title, a header
 * or row label (text over a possibly merged range), or the cell of a field.
 *
 * @param range an Excel range ({@code A2:C4}), a single cell, or for widths a column ({@code A}) or columns ({@code D:J})
 * @param content the text, the field id, or the width in characters
 */
public record LayoutEntry(String sheet, Kind kind, String range, String content) {
  /** What a layout line places. */
  public enum Kind {
    WIDTH,
    TITLE,
    HEADER,
    LABEL,
    FIELD
  }

  /** The top-left cell of the range. */
  public String firstCell() {
    int colon = range.indexOf(':');
    return colon < 0 ? range : range.substring(0, colon);
  }
}
