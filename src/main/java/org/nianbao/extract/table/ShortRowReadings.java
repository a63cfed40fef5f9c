package org.nianbao.extract.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.message.Message;
import org.nianbao.form.CheckSpec;
import org.nianbao.form.FieldSpec;
import org.nianbao.form.Term;

/**
 * The readings of a row that prints fewer numbers than it has columns, and the one the checks settle.
 *
 * <p>Places the numbers of a row that shows fewer numbers than it has columns. Every order-keeping
 * placement is tried against the balance checks that read only this row; glued cells ('23' for 2
 * and 3) are split only when no unsplit reading balances, and then only if exactly one reading
 * does. Among unsplit readings that all balance, the form's usual pattern wins: numbers fill the
 * leftmost columns and the total (two equal numbers are 自然人 and 总计).
 */
final class ShortRowReadings {
  /** Longest digit run that is tried as glued cells; longer runs are real numbers. */
  private static final int MAX_SPLIT_DIGITS = 4;

  /** Readings tried at most per row; beyond it the row is left unread rather than guessed. */
  private static final long MAX_READINGS = 400_000;

  /** How many of a row's cell texts a flag quotes. */
  private static final int SHOWN_TOKENS = 6;

  private ShortRowReadings() {}

  /** A number cut from a token: the token, and the digits if it was split from it. */
  record Piece(Token token, BigDecimal number, boolean split) {}

  /**
   * The result: one piece (or null for a blank) per slot, how it was reached, and why.
   *
   * @param pieces null when no reading could be settled
   */
  record Result(Piece[] pieces, Outcome outcome, Message reason) {
    enum Outcome {
      PLACED,
      SPLIT,
      UNREAD
    }
  }

  static Result place(List<FieldSpec> slots, List<Token> filled, List<CheckSpec> checks) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < slots.size(); i++) {
      index.put(slots.get(i).id(), i);
    }
    List<SlotCheck> local = checks.stream().filter(c -> index.keySet().containsAll(c.fields())).map(c -> SlotCheck.of(c, index)).toList();
    List<Piece> unsplit = filled.stream().map(t -> new Piece(t, number(t), false)).toList();
    List<Piece[]> plain = new ArrayList<>();
    assignments(unsplit, slots.size(), local, plain);
    if (!plain.isEmpty()) {
      int readings = classes(plain).size();
      Message why = readings == 1 ? Message.of("cell.placed.by_check") : Message.of("cell.placed.by_pattern", readings);
      return new Result(plain.get(0), Result.Outcome.PLACED, why);
    }
    return splitReadings(filled, slots.size(), local);
  }

  private static Result splitReadings(List<Token> filled, int n, List<SlotCheck> local) {
    List<List<List<Piece>>> options = new ArrayList<>();
    long combos = 1;
    for (Token t : filled) {
      List<List<Piece>> o = splits(t);
      options.add(o);
      combos *= o.size();
      if (combos * binomial(n, n / 2) > MAX_READINGS) {
        return unread(Message.of("unread.too_many_readings", texts(filled)));
      }
    }
    List<Piece[]> found = new ArrayList<>();
    combine(options, 0, new ArrayList<>(), n, local, found);
    Map<String, Piece[]> readings = classes(found);
    if (readings.size() == 1) {
      return new Result(found.get(0), Result.Outcome.SPLIT, Message.of("cell.split", texts(filled)));
    }
    Message why = readings.isEmpty() ? Message.of("unread.no_balance", texts(filled)) : Message.of("unread.ambiguous", texts(filled), readings.size());
    return unread(why);
  }

  private static Result unread(Message why) {
    return new Result(null, Result.Outcome.UNREAD, why);
  }

  private static void combine(List<List<List<Piece>>> options, int i, List<Piece> chosen, int n, List<SlotCheck> local, List<Piece[]> found) {
    if (i == options.size()) {
      if (chosen.stream().anyMatch(Piece::split)) {
        assignments(chosen, n, local, found);
      }
      return;
    }
    for (List<Piece> option : options.get(i)) {
      int size = chosen.size();
      chosen.addAll(option);
      combine(options, i + 1, chosen, n, local, found);
      chosen.subList(size, chosen.size()).clear();
    }
  }

  /** Every order-keeping placement of the pieces into n slots that satisfies the local checks. */
  private static void assignments(List<Piece> pieces, int n, List<SlotCheck> local, List<Piece[]> out) {
    if (pieces.size() <= n) {
      choose(pieces, 0, 0, new Piece[n], local, out);
    }
  }

  /** Places piece p at every free slot from {@code slot} on; prunes as soon as a check's slots are all settled. */
  private static void choose(List<Piece> pieces, int p, int slot, Piece[] at, List<SlotCheck> local, List<Piece[]> out) {
    if (p == pieces.size()) {
      if (holdAll(local, at, at.length)) {
        out.add(at.clone());
      }
      return;
    }
    for (int s = slot; s <= at.length - (pieces.size() - p); s++) {
      if (!holdAll(local, at, s)) {
        return;
      }
      at[s] = pieces.get(p);
      choose(pieces, p + 1, s + 1, at, local, out);
      at[s] = null;
    }
  }

  /** Whether every check whose cells all lie before {@code settled} holds. */
  private static boolean holdAll(List<SlotCheck> local, Piece[] at, int settled) {
    for (SlotCheck c : local) {
      if (c.lastSlot < settled && !c.holds(at)) {
        return false;
      }
    }
    return true;
  }

  /** A balance check over slot positions: signed slots on each side, and the last slot it reads. */
  private record SlotCheck(int[] slots, int[] signs, int lastSlot) {
    static SlotCheck of(CheckSpec c, Map<String, Integer> index) {
      List<Term> terms = new ArrayList<>();
      c.left().forEach(t -> terms.add(t));
      c.right().forEach(t -> terms.add(new Term(-t.sign(), t.field(), t.previousYear())));
      int[] slots = terms.stream().mapToInt(t -> index.get(t.field())).toArray();
      int[] signs = terms.stream().mapToInt(Term::sign).toArray();
      return new SlotCheck(slots, signs, java.util.Arrays.stream(slots).max().orElse(-1));
    }

    boolean holds(Piece[] at) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = 0; i < slots.length; i++) {
        BigDecimal v = value(at[slots[i]]);
        sum = signs[i] < 0 ? sum.subtract(v) : sum.add(v);
      }
      return sum.signum() == 0;
    }
  }

  private static Map<String, Piece[]> classes(List<Piece[]> found) {
    Map<String, Piece[]> out = new LinkedHashMap<>();
    for (Piece[] a : found) {
      StringBuilder key = new StringBuilder();
      for (Piece p : a) {
        key.append(value(p).stripTrailingZeros().toPlainString()).append(',');
      }
      out.putIfAbsent(key.toString(), a);
    }
    return out;
  }

  private static List<List<Piece>> splits(Token t) {
    List<List<Piece>> out = new ArrayList<>();
    out.add(List.of(new Piece(t, number(t), false)));
    String digits = t.text().strip();
    if (t.value().splittable() && t.mark().isEmpty() && digits.length() <= MAX_SPLIT_DIGITS) {
      cuts(t, digits, 0, new ArrayList<>(), out);
    }
    return out;
  }

  private static void cuts(Token t, String digits, int from, List<Piece> acc, List<List<Piece>> out) {
    if (from == digits.length()) {
      if (acc.size() > 1) {
        out.add(List.copyOf(acc));
      }
      return;
    }
    for (int to = from + 1; to <= digits.length(); to++) {
      String part = digits.substring(from, to);
      if (part.length() > 1 && part.startsWith("0")) {
        break;
      }
      acc.add(new Piece(t, new BigDecimal(part), true));
      cuts(t, digits, to, acc, out);
      acc.remove(acc.size() - 1);
    }
  }

  private static BigDecimal number(Token t) {
    return t.value().value() == null ? BigDecimal.ZERO : t.value().value();
  }

  private static BigDecimal value(Piece p) {
    return p == null ? BigDecimal.ZERO : p.number();
  }

  private static String texts(List<Token> tokens) {
    String shown = String.join(" ", tokens.stream().limit(SHOWN_TOKENS).map(t -> "“" + t.text().strip() + "”").toList());
    return tokens.size() > SHOWN_TOKENS ? shown + " …" : shown;
  }

  private static long binomial(int n, int k) {
    long r = 1;
    for (int i = 1; i <= k; i++) {
      r = r * (n - k + i) / i;
    }
    return r;
  }
}
