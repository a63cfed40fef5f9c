package org.nianbao.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.nianbao.message.Message;
import org.nianbao.model.CheckResult;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.TableId;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.form.CheckSpec;
import org.nianbao.form.Term;

/**
 * Evaluates balance checks over a report's values. A pure function: the same engine serves
 * extraction (placing dropped blanks), the JSON output and the workbook tests. Blank cells and
 * marks count as 0, as the official form counts them.
 */
public final class CheckEngine {
  private CheckEngine() {}

  /** Evaluates every check; those over a missing table or an unread cell are skipped. */
  public static List<CheckResult> evaluate(List<CheckSpec> checks, Map<String, Value> values, Set<TableId> tables) {
    List<CheckResult> out = new ArrayList<>(checks.size());
    for (CheckSpec c : checks) {
      out.add(evaluate(c, values, tables));
    }
    return out;
  }

  static CheckResult evaluate(CheckSpec c, Map<String, Value> values, Set<TableId> tables) {
    if (tables.stream().noneMatch(t -> t.key().equals(c.table()))) {
      return skipped(c, Message.of("check.table_missing", TableId.valueOf(c.table().toUpperCase(java.util.Locale.ROOT)).label()));
    }
    List<String> unread = c.fields().stream().filter(f -> !values.containsKey(f) || values.get(f).kind() == ValueKind.UNREAD).toList();
    if (!unread.isEmpty()) {
      return skipped(c, Message.of("check.unread", unread.stream().map(c::label).toList()));
    }
    Function<String, BigDecimal> read = f -> values.get(f).asCounted();
    return result(c, sum(c.left(), read), sum(c.right(), read));
  }

  /**
   * Evaluates a cross-year check: its {@code prev:} terms read the previous year's report of the
   * same agency. Skipped when either report lacks a cell it reads or the cell could not be read.
   */
  public static CheckResult evaluateAcrossYears(CheckSpec c, Map<String, Value> thisYear, Map<String, Value> previousYear) {
    List<Object> missing = new java.util.ArrayList<>();
    for (Term t : terms(c)) {
      Value v = (t.previousYear() ? previousYear : thisYear).get(t.field());
      if (v == null || v.kind() == ValueKind.UNREAD) {
        missing.add(t.previousYear() ? Message.of("check.previous_year", c.label(t.field())) : c.label(t.field()));
      }
    }
    if (!missing.isEmpty()) {
      return skipped(c, Message.of("check.missing_across_years", missing));
    }
    Function<Term, BigDecimal> read = t -> (t.previousYear() ? previousYear : thisYear).get(t.field()).asCounted();
    BigDecimal left = sumTerms(c.left(), read);
    BigDecimal right = sumTerms(c.right(), read);
    return result(c, left, right);
  }

  private static List<Term> terms(CheckSpec c) {
    List<Term> all = new java.util.ArrayList<>(c.left());
    all.addAll(c.right());
    return all;
  }

  private static BigDecimal sumTerms(List<Term> terms, Function<Term, BigDecimal> read) {
    BigDecimal total = BigDecimal.ZERO;
    for (Term t : terms) {
      BigDecimal v = read.apply(t);
      total = total.add(t.sign() < 0 ? v.negate() : v);
    }
    return total;
  }

  private static CheckResult result(CheckSpec c, BigDecimal left, BigDecimal right) {
    boolean pass = left.compareTo(right) == 0;
    Message message = pass ? Message.of("check.pass", plain(left), plain(right)) : Message.of("check.fail", plain(left), plain(right), plain(left.subtract(right)));
    return new CheckResult(c.id(), pass ? CheckStatus.PASS : CheckStatus.FAIL, c.fields(), left, right, message);
  }

  /**
   * Whether a plausibility check fails: both sides read, and its left side below its right. A check
   * over a cell not read or a table not found does not fail.
   */
  public static boolean implausible(CheckSpec c, Map<String, Value> values) {
    if (c.fields().stream().anyMatch(f -> !values.containsKey(f) || values.get(f).kind() == ValueKind.UNREAD)) {
      return false;
    }
    Function<String, BigDecimal> read = f -> values.get(f).asCounted();
    return sum(c.left(), read).compareTo(sum(c.right(), read)) < 0;
  }

  /** Whether a check holds over values given as a function (absent cells read as 0). */
  public static boolean holds(CheckSpec c, Function<String, BigDecimal> read) {
    return sum(c.left(), read).compareTo(sum(c.right(), read)) == 0;
  }

  /** The signed sum of the terms' fields, each read by {@code read}. */
  public static BigDecimal sum(List<Term> terms, Function<String, BigDecimal> read) {
    return sumTerms(terms, t -> read.apply(t.field()));
  }

  private static CheckResult skipped(CheckSpec c, Message why) {
    return new CheckResult(c.id(), CheckStatus.SKIPPED, c.fields(), null, null, why);
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }
}
