package org.nianbao.extract.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.check.CheckEngine;
import org.nianbao.message.Message;
import org.nianbao.document.SourcePos;
import org.nianbao.model.Flag;
import org.nianbao.model.Placement;
import org.nianbao.model.SourceRef;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.form.CheckSpec;
import org.nianbao.form.FieldSpec;

/**
 * Turns the value tokens that follow a row label into the row's cells. A row that shows one token
 * per column is read as printed; a row with fewer (blank cells dropped, cells glued) goes to the
 * {@link ShortRowReadings}, and every value it places is flagged.
 */
final class RowFiller {
  private static final BigDecimal YUAN_PER_WAN = BigDecimal.valueOf(10_000);
  /** Significant digits a spreadsheet number holds exactly; a longer number would be shown rounded. */
  private static final int MAX_DIGITS = 15;

  private final List<CheckSpec> checks;
  private final AmountUnit headerUnit;

  RowFiller(List<CheckSpec> checks, AmountUnit headerUnit) {
    this.checks = checks;
    this.headerUnit = headerUnit;
  }

  /** The unit the table's header states for money cells, or what the form itself sets. */
  enum AmountUnit {
    WAN,
    YUAN,
    NOT_STATED
  }

  record Filled(Map<String, Value> values, List<Flag> flags) {}

  /** Whether every balance check that reads only these cells holds (or none does). */
  boolean balances(Map<String, Value> row) {
    List<CheckSpec> local = checks.stream().filter(c -> row.keySet().containsAll(c.fields())).toList();
    return CheckEngine.evaluate(local, row, java.util.EnumSet.allOf(org.nianbao.model.TableId.class)).stream()
        .noneMatch(r -> r.status() == org.nianbao.model.CheckStatus.FAIL);
  }

  Filled fill(List<FieldSpec> cells, List<Token> tokens, SourcePos at) {
    Map<String, Value> values = new LinkedHashMap<>();
    List<Flag> flags = new ArrayList<>();
    List<Token> row = trimBlanks(tokens, cells.size());
    List<Token> filled = row.stream().filter(Token::isFilled).toList();
    if (row.size() == cells.size()) {
      boolean padded = row.size() < tokens.size();
      for (int i = 0; i < cells.size(); i++) {
        FieldSpec f = cells.get(i);
        values.put(f.id(), convert(f, row.get(i), null, padded ? Placement.PLACED_BY_CHECK : Placement.READ, flags));
        if (padded) {
          flags.add(new Flag(f.id(), Message.of("cell.padding", tokens.size(), cells.size()), row.get(i).pos()));
        }
      }
    } else if (filled.isEmpty()) {
      cells.forEach(c -> values.put(c.id(), Value.blank(new SourceRef("", at))));
    } else if (filled.size() > cells.size()) {
      unread(cells, values, flags, Message.of("unread.too_many_numbers", filled.size(), cells.size()), filled);
    } else if (filled.stream().anyMatch(RowFiller::isGarbled)) {
      Token bad = filled.stream().filter(RowFiller::isGarbled).findFirst().orElseThrow();
      unread(cells, values, flags, Message.of("unread.damaged_dropped", bad.text().strip()), filled);
    } else {
      placed(cells, filled, values, flags);
    }
    return new Filled(values, flags);
  }

  private void placed(List<FieldSpec> cells, List<Token> filled, Map<String, Value> values, List<Flag> flags) {
    ShortRowReadings.Result r = ShortRowReadings.place(cells, filled, checks);
    if (r.outcome() == ShortRowReadings.Result.Outcome.UNREAD) {
      unread(cells, values, flags, r.reason(), filled);
      return;
    }
    Placement how = r.outcome() == ShortRowReadings.Result.Outcome.SPLIT ? Placement.SPLIT : Placement.PLACED_BY_CHECK;
    for (int i = 0; i < cells.size(); i++) {
      ShortRowReadings.Piece p = r.pieces()[i];
      FieldSpec f = cells.get(i);
      if (p == null) {
        values.put(f.id(), Value.blank(new SourceRef("", filled.get(0).pos())));
        flags.add(new Flag(f.id(), r.reason().with(Message.of("cell.placed.blank")), filled.get(0).pos()));
      } else {
        values.put(f.id(), convert(f, p.token(), p.split() ? p.number() : null, how, flags));
        flags.add(new Flag(f.id(), r.reason().with(Message.of("cell.placed.text", p.token().text().strip())), p.token().pos()));
      }
    }
  }

  private static boolean isGarbled(Token t) {
    return t.value().kind() == NumberParser.Parsed.Kind.GARBLED;
  }

  /**
   * A row left unread: each cell flagged where the row's printed number of its place stands, and
   * each number beyond the row's cells said on its last cell, so no number printed goes unsaid.
   */
  private static void unread(List<FieldSpec> cells, Map<String, Value> values, List<Flag> flags, Message why, List<Token> printed) {
    for (int i = 0; i < cells.size(); i++) {
      FieldSpec f = cells.get(i);
      Token at = printed.get(Math.min(i, printed.size() - 1));
      values.put(f.id(), Value.unread(new SourceRef(i < printed.size() ? at.text().strip() : "", at.pos())));
      flags.add(new Flag(f.id(), why, at.pos()));
    }
    for (int i = cells.size(); i < printed.size(); i++) {
      flags.add(new Flag(cells.get(cells.size() - 1).id(), why, printed.get(i).pos()));
    }
  }

  /** Grid rows may carry blank cells beyond the form's columns (layout padding): drop those at the ends. */
  private static List<Token> trimBlanks(List<Token> tokens, int n) {
    List<Token> row = new ArrayList<>(tokens);
    while (row.size() > n && !row.get(row.size() - 1).isFilled()) {
      row.remove(row.size() - 1);
    }
    while (row.size() > n && !row.get(0).isFilled()) {
      row.remove(0);
    }
    return row;
  }

  private Value convert(FieldSpec f, Token t, BigDecimal split, Placement how, List<Flag> flags) {
    SourceRef src = new SourceRef(t.text().strip(), t.pos());
    NumberParser.Parsed v = t.value();
    if (v.kind() == NumberParser.Parsed.Kind.BLANK) {
      return Value.blank(src);
    }
    if (v.kind() == NumberParser.Parsed.Kind.MARK) {
      return new Value(ValueKind.MARK, null, how, src);
    }
    if (v.kind() == NumberParser.Parsed.Kind.GARBLED) {
      flags.add(new Flag(f.id(), Message.of("unread.damaged", src.snippet()), t.pos()));
      return Value.unread(src);
    }
    if (!t.mark().isEmpty()) {
      flags.add(new Flag(f.id(), Message.of("cell.note_mark", t.mark(), src.snippet()), t.pos()));
    }
    BigDecimal n = split != null ? split : v.value();
    if (n.stripTrailingZeros().precision() > MAX_DIGITS) {
      flags.add(new Flag(f.id(), Message.of("unread.too_many_digits", src.snippet(), MAX_DIGITS), t.pos()));
      return Value.unread(src);
    }
    boolean money = v.unit().equals("万元") || v.unit().equals("元");
    if (!v.unit().isEmpty() && money != f.isAmount()) {
      // 0.5万元 in a count column, or 3件 where money belongs: the cell is not what the column counts.
      flags.add(new Flag(f.id(), Message.of("unread.unit_mismatch", src.snippet(), f.column()), t.pos()));
      return Value.unread(src);
    }
    if (f.isAmount()) {
      return amount(f, n, v.unit(), how, src, flags);
    }
    if (n.stripTrailingZeros().scale() > 0) {
      flags.add(new Flag(f.id(), Message.of("cell.decimals", src.snippet()), t.pos()));
    } else if (n.signum() < 0 && !f.isSigned()) {
      flags.add(new Flag(f.id(), Message.of("cell.negative", src.snippet()), t.pos()));
    }
    return new Value(ValueKind.NUMBER, n, how, src);
  }

  private Value amount(FieldSpec f, BigDecimal n, String cellUnit, Placement how, SourceRef src, List<Flag> flags) {
    AmountUnit unit = cellUnit.equals("万元") ? AmountUnit.WAN : cellUnit.equals("元") ? AmountUnit.YUAN : headerUnit;
    if (unit == AmountUnit.YUAN) {
      BigDecimal wan = n.divide(YUAN_PER_WAN, Math.max(0, n.scale()) + 4, RoundingMode.UNNECESSARY).stripTrailingZeros();
      flags.add(new Flag(f.id(), Message.of("cell.yuan_to_wan", src.snippet()), src.pos()));
      return new Value(ValueKind.NUMBER, wan.scale() < 0 ? wan.setScale(0) : wan, how == Placement.READ ? Placement.UNIT_CONVERTED : how, src);
    }
    if (unit == AmountUnit.NOT_STATED) {
      flags.add(new Flag(f.id(), Message.of("cell.unit_not_stated", src.snippet()), src.pos()));
    }
    return new Value(ValueKind.NUMBER, n, how, src);
  }
}
