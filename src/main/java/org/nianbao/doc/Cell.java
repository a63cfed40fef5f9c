package org.nianbao.doc;

/**
 * One cell of a grid. A cell covered by another cell's rowspan or colspan is a {@code spanCopy}: it
 * repeats the text so the grid is rectangular, but it was not printed twice.
 */
public record Cell(String text, SourcePos pos, boolean spanCopy) {
  /** The same cell with other text. */
  public Cell withText(String newText) {
    return new Cell(newText, pos, spanCopy);
  }
}
