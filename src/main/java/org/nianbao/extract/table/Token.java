package org.nianbao.extract.table;

import org.nianbao.document.SourcePos;

/**
 * One piece of a document in reading order, as the table parsers see it: a label, a value (a
 * number, a mark or a kept blank cell), or the end of a grid row.
 *
 * @param block the index of the document block it came from
 * @param inGrid whether it came from a grid, where blank cells are known
 * @param mark a note mark printed after the value (a raised 1, ①, ※), kept apart from its digits; empty when none
 * @param column the grid column (from 0, spans counted) its cell stands in; -1 outside a grid
 */
public record Token(Kind kind, String text, LabelKey label, NumberParser.Parsed value, SourcePos pos, int block, boolean inGrid, String mark, int column) {
  Token(Kind kind, String text, LabelKey label, NumberParser.Parsed value, SourcePos pos, int block, boolean inGrid) {
    this(kind, text, label, value, pos, block, inGrid, "", -1);
  }

  Token(Kind kind, String text, LabelKey label, NumberParser.Parsed value, SourcePos pos, int block, boolean inGrid, String mark) {
    this(kind, text, label, value, pos, block, inGrid, mark, -1);
  }

  /** The same value with a note mark after it. */
  Token marked(String note) {
    return new Token(kind, text + "[" + note + "]", label, value, pos, block, inGrid, mark.isEmpty() ? note : mark + note, column);
  }

  /** The same token, known to stand in grid column {@code c}. */
  Token at(int c) {
    return new Token(kind, text, label, value, pos, block, inGrid, mark, c);
  }

  public enum Kind {
    LABEL,
    VALUE,
    ROW_END
  }

  public boolean isLabel() {
    return kind == Kind.LABEL;
  }

  public boolean isValue() {
    return kind == Kind.VALUE;
  }

  /** A value that is not a blank cell: a number or a mark. */
  public boolean isFilled() {
    return kind == Kind.VALUE && value.kind() != NumberParser.Parsed.Kind.BLANK;
  }
}
