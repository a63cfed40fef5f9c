package org.nianbao.model;

import java.math.BigDecimal;
import java.util.Optional;

/** The content of one statutory cell, with where it came from and how it was placed. */
public record Value(ValueKind kind, BigDecimal number, Placement placement, SourceRef source) {
  /** A blank cell of a table that is present. */
  public static Value blank(SourceRef source) {
    return new Value(ValueKind.BLANK, null, Placement.READ, source);
  }

  /** A cell that could not be read. */
  public static Value unread(SourceRef source) {
    return new Value(ValueKind.UNREAD, null, Placement.UNREAD, source);
  }

  /** The number, if the cell holds one. */
  public Optional<BigDecimal> numberIfAny() {
    return Optional.ofNullable(number);
  }

  /** The number, or 0 for blanks and marks, as the official form counts them. */
  public BigDecimal asCounted() {
    return number == null ? BigDecimal.ZERO : number;
  }
}
