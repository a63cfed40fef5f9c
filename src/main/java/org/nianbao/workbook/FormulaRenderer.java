package org.nianbao.workbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.nianbao.message.Message;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.form.CheckSpec;
import org.nianbao.form.Layout;
import org.nianbao.form.Term;

/**
 * Renders balance-check sides, verdicts and key figures as Excel formulas over whatever cells the
 * fields were written to (a report's table sheets, or a row of the comparison workbook), each with
 * the value it computes over what those cells hold. SUM rather than {@code +}, so that a cell
 * holding a mark (/, —) counts as 0 instead of giving #VALUE!, as the official form counts it; only
 * functions Excel 2010, WPS and LibreOffice all compute alike.
 */
public final class FormulaRenderer {
  /** The words a verdict formula shows. */
  public static final String PASS = Message.of("workbook.verdict.pass").zh();

  public static final String FAIL = Message.of("workbook.verdict.fail").zh();
  public static final String SKIPPED = Message.of("workbook.verdict.skipped").zh();

  /** Decimal places a ratio is kept to. */
  private static final int RATIO_PLACES = 10;

  /** Sides equal within this are equal: amounts carry two decimals. */
  private static final BigDecimal TOLERANCE = new BigDecimal("0.005");

  /** A cell as written: its reference, and what it holds (a number, text, or null when empty). */
  public record Shown(String ref, Object content) {
    /** What a field's value puts in its cell: its number, the mark's text, or nothing. */
    public static Shown of(String ref, Value v) {
      if (v == null) {
        return new Shown(ref, null);
      }
      return new Shown(ref, v.kind() == ValueKind.NUMBER ? v.number() : v.kind() == ValueKind.MARK ? v.source().snippet() : null);
    }

    BigDecimal counted() {
      return content instanceof BigDecimal d ? d : BigDecimal.ZERO;
    }
  }

  private final Function<Term, Optional<Shown>> cells;

  /** Renders over the cells {@code cells} gives for each term (empty: the term has no cell and counts as 0). */
  public FormulaRenderer(Function<Term, Optional<Shown>> cells) {
    this.cells = cells;
  }

  /** Renders over the table sheets of a report workbook laid out by {@code layout}, holding {@code values}. */
  public static FormulaRenderer over(Layout layout, Map<String, Value> values) {
    return new FormulaRenderer(t -> layout.cell(t.field()).map(c -> Shown.of(c.ref(), values.get(t.field()))));
  }

  /**
   * Computes over a report's own values, for outputs that hold values without formulas (CSV): the
   * same arithmetic as the workbooks' formulas, so a CSV figure is the one the workbook stores.
   */
  public static FormulaRenderer values(Map<String, Value> values) {
    return new FormulaRenderer(t -> values.containsKey(t.field()) ? Optional.of(Shown.of("", values.get(t.field()))) : Optional.empty());
  }

  /**
   * An indicator: the sum of {@code numerator}, or its ratio to the sum of {@code denominator};
   * empty text while a field of {@code unread} is empty, or while the denominator is 0 (never #DIV/0!).
   */
  public Formula indicator(List<Term> numerator, List<Term> denominator, List<String> unread) {
    Formula num = sum(numerator);
    Formula body = num;
    if (!denominator.isEmpty()) {
      Formula den = sum(denominator);
      // Rounded to ten places: a ratio then reads back from its text exactly (">"&cell in a rank).
      Object value = den.number().signum() == 0 ? "" : num.number().divide(den.number(), RATIO_PLACES, RoundingMode.HALF_UP);
      body = new Formula("IF(" + den.text() + "=0,\"\",ROUND((" + num.text() + ")/(" + den.text() + ")," + RATIO_PLACES + "))", value);
    }
    return unless(unread, body, "");
  }

  /** {@code SUM(a,b)-SUM(c)} for the terms, or {@code 0} when they name no cell. */
  public Formula sum(List<Term> terms) {
    List<String> plus = new ArrayList<>();
    List<String> minus = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Term t : terms) {
      Optional<Shown> cell = cells.apply(t);
      if (cell.isPresent()) {
        (t.sign() < 0 ? minus : plus).add(cell.get().ref());
        total = t.sign() < 0 ? total.subtract(cell.get().counted()) : total.add(cell.get().counted());
      }
    }
    String p = plus.isEmpty() ? "0" : "SUM(" + String.join(",", plus) + ")";
    return new Formula(minus.isEmpty() ? p : p + "-SUM(" + String.join(",", minus) + ")", total);
  }

  /** {@code A-B} of two cells holding the formulas {@code a} and {@code b}. */
  public static Formula difference(String aRef, Formula a, String bRef, Formula b) {
    return new Formula(aRef + "-" + bRef, a.number().subtract(b.number()));
  }

  /** 通过 when the difference (a cell holding {@code difference}) is within the tolerance, else 不通过. */
  public static Formula verdict(String ref, Formula difference) {
    return verdict(ref, difference.number());
  }

  private static Formula verdict(String difference, BigDecimal value) {
    String word = value.abs().compareTo(TOLERANCE) < 0 ? PASS : FAIL;
    return new Formula("IF(ABS(" + difference + ")<" + TOLERANCE.toPlainString() + ",\"" + PASS + "\",\"" + FAIL + "\")", word);
  }

  /** The verdict of a whole check in one formula; 跳过 while any of {@code unread} is empty. */
  public Formula check(CheckSpec c, List<String> unread) {
    Formula left = sum(c.left());
    Formula right = sum(c.right());
    return unlessBlank(unread, verdict(left.text() + "-(" + right.text() + ")", left.number().subtract(right.number())));
  }

  /** {@code verdict}, or 跳过 while any of the fields' cells is empty. */
  public Formula unlessBlank(List<String> fields, Formula verdict) {
    return unless(fields, verdict, SKIPPED);
  }

  /** {@code formula}, or the text {@code instead} while any of the fields' cells is empty. */
  private Formula unless(List<String> fields, Formula formula, String instead) {
    List<String> blanks = new ArrayList<>();
    boolean anyBlank = false;
    for (String f : fields) {
      Optional<Shown> cell = cells.apply(new Term(1, f, false));
      if (cell.isPresent()) {
        blanks.add("ISBLANK(" + cell.get().ref() + ")");
        anyBlank |= cell.get().content() == null;
      }
    }
    if (blanks.isEmpty()) {
      return formula;
    }
    String any = blanks.size() == 1 ? blanks.get(0) : "OR(" + String.join(",", blanks) + ")";
    return new Formula("IF(" + any + ",\"" + instead + "\"," + formula.text() + ")", anyBlank ? instead : formula.value());
  }

  /** {@code COUNTIF(range,"word")} over cells showing {@code shown}. */
  public static Formula countIf(String range, List<?> shown, String word) {
    long n = shown.stream().filter(word::equals).count();
    return new Formula("COUNTIF(" + range + ",\"" + word + "\")", BigDecimal.valueOf(n));
  }
}
