package org.nianbao.doc;

/**
 * One cell of a grid. A cell covered by another cell's rowspan or colspan is a {@code spanCopy}: it
 * repeats the text so the grid is rectangular, but it was not printed twice. A {@code damaged} cell
 * came from broken markup (text of other cells may have been swallowed into it or out of it), so
 * what it shows cannot be vouched for.
 */
public record Cell(String text, SourcePos pos, boolean spanCopy, boolean damaged) {
  public Cell(String text, SourcePos pos, boolean spanCopy) {
    this(text, pos, spanCopy, false);
  }

  /** The same cell with other text. */
  public Cell withText(String newText) {
    return new Cell(newText, pos, spanCopy, damaged);
  }
}
