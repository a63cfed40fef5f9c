package org.nianbao.workbook;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.spec.Layout;
import org.nianbao.spec.Term;

/**
 * Renders balance-check sides and key figures as Excel formulas over the table sheets. SUM rather
 * than {@code +} so that a cell holding a mark (/, —) counts as 0 instead of giving #VALUE!, as the
 * official form counts it; only functions Excel 2010, WPS and LibreOffice all compute.
 */
final class FormulaRenderer {
  private final Layout layout;

  FormulaRenderer(Layout layout) {
    this.layout = layout;
  }

  /** {@code SUM(a,b)-SUM(c)} for the terms, or {@code 0} when they name no cell of this layout. */
  String sum(List<Term> terms) {
    List<String> plus = new ArrayList<>();
    List<String> minus = new ArrayList<>();
    for (Term t : terms) {
      layout.cell(t.field()).ifPresent(c -> (t.sign() < 0 ? minus : plus).add(c.ref()));
    }
    String p = plus.isEmpty() ? "0" : "SUM(" + String.join(",", plus) + ")";
    return minus.isEmpty() ? p : p + "-SUM(" + String.join(",", minus) + ")";
  }

  /** A condition true when any of the fields' cells is empty: {@code OR(ISBLANK(a),ISBLANK(b))}. */
  String anyBlank(List<String> fields) {
    List<String> refs = new ArrayList<>();
    fields.forEach(f -> layout.cell(f).ifPresent(c -> refs.add("ISBLANK(" + c.ref() + ")")));
    return refs.size() == 1 ? refs.get(0) : "OR(" + String.join(",", refs) + ")";
  }
}
