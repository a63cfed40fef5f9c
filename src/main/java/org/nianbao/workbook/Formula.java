package org.nianbao.workbook;

import java.math.BigDecimal;

/**
 * A formula and the value it computes, made together by {@link FormulaRenderer} from the same
 * terms and cell contents, so the value stored in the workbook is the one any spreadsheet computes.
 *
 * @param text the formula without its leading {@code =}
 * @param value a {@link BigDecimal} for a number, a String for text
 */
public record Formula(String text, Object value) {
  /** The value as a number: a text result counts 0, as in a sum. */
  public BigDecimal number() {
    return value instanceof BigDecimal d ? d : BigDecimal.ZERO;
  }
}
