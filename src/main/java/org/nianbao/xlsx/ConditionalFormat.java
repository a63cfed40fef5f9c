package org.nianbao.xlsx;

/** A conditional format of a sheet, in the order Excel gives them priority. */
sealed interface ConditionalFormat permits ConditionalFormat.Expression, ConditionalFormat.ColorScale {
  /** The cells of {@code sqref} painted with the look {@code dxf} while {@code formula} (relative to the first cell) is true. */
  record Expression(String sqref, String formula, int dxf) implements ConditionalFormat {}

  /** A three-colour scale over {@code sqref}: the colours (RGB hex) of the lowest, middle (50th percentile) and highest value. */
  record ColorScale(String sqref, String low, String mid, String high) implements ConditionalFormat {}
}
