package org.nianbao.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.nianbao.spec.CheckSpec;
import org.nianbao.spec.Layout;
import org.nianbao.spec.Term;

/**
 * Renders balance-check sides, verdicts and key figures as Excel formulas, over whatever cells the
 * fields were written to (a report's table sheets, or a row of the comparison workbook). SUM rather
 * than {@code +} so that a cell holding a mark (/, —) counts as 0 instead of giving #VALUE!, as the
 * official form counts it; only functions Excel 2010, WPS and LibreOffice all compute.
 */
public final class FormulaRenderer {
  /** The words a verdict formula shows. */
  public static final String PASS = "通过";

  public static final String FAIL = "不通过";
  public static final String SKIPPED = "跳过";

  /** Sides equal within this are equal: amounts carry two decimals. */
  private static final String TOLERANCE = "0.005";

  private final Function<Term, Optional<String>> refs;

  /** Renders over the cells {@code refs} gives for each term (empty: the term has no cell and counts as 0). */
  public FormulaRenderer(Function<Term, Optional<String>> refs) {
    this.refs = refs;
  }

  /** Renders over the table sheets of a report workbook laid out by {@code layout}. */
  public static FormulaRenderer over(Layout layout) {
    return new FormulaRenderer(t -> layout.cell(t.field()).map(c -> c.ref()));
  }

  /** {@code SUM(a,b)-SUM(c)} for the terms, or {@code 0} when they name no cell. */
  public String sum(List<Term> terms) {
    List<String> plus = new ArrayList<>();
    List<String> minus = new ArrayList<>();
    for (Term t : terms) {
      refs.apply(t).ifPresent(ref -> (t.sign() < 0 ? minus : plus).add(ref));
    }
    String p = plus.isEmpty() ? "0" : "SUM(" + String.join(",", plus) + ")";
    return minus.isEmpty() ? p : p + "-SUM(" + String.join(",", minus) + ")";
  }

  /** 通过 when the difference (a formula or a cell) is within the tolerance, else 不通过. */
  public static String verdict(String difference) {
    return "IF(ABS(" + difference + ")<" + TOLERANCE + ",\"" + PASS + "\",\"" + FAIL + "\")";
  }

  /** The verdict of a whole check in one formula; 跳过 while any of {@code unread} is empty. */
  public String check(CheckSpec c, List<String> unread) {
    return unlessBlank(unread, verdict(sum(c.left()) + "-(" + sum(c.right()) + ")"));
  }

  /** {@code verdict}, or 跳过 while any of the fields' cells is empty. */
  public String unlessBlank(List<String> fields, String verdict) {
    List<String> blanks = new ArrayList<>();
    for (String f : fields) {
      refs.apply(new Term(1, f, false)).ifPresent(ref -> blanks.add("ISBLANK(" + ref + ")"));
    }
    if (blanks.isEmpty()) {
      return verdict;
    }
    String any = blanks.size() == 1 ? blanks.get(0) : "OR(" + String.join(",", blanks) + ")";
    return "IF(" + any + ",\"" + SKIPPED + "\"," + verdict + ")";
  }
}
