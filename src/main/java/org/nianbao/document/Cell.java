package org.nianbao.document;

/**
 * One cell of a grid. A cell covered by another cell's rowspan or colspan is a {@code spanCopy}: it
 * repeats the text so the grid is rectangular, but it was not printed twice. A {@code damaged} cell
 * came from a damaged source (broken markup that swallowed other cells, a Word row that lost a cell
 * mark, a PDF page whose drawing failed), so its labels can be used but its numbers and blanks
 * cannot be vouched for.
 */
public record Cell(String text, SourcePos pos, boolean spanCopy, boolean damaged) {
  public Cell(String text, SourcePos pos, boolean spanCopy) {
    this(text, pos, spanCopy, false);
  }

  /** The same cell, its position inside the part {@code part} of a report. */
  public Cell within(String part) {
    return new Cell(text, pos.within(part), spanCopy, damaged);
  }

  /** The same cell with other text. */
  public Cell withText(String newText) {
    return new Cell(newText, pos, spanCopy, damaged);
  }
}
