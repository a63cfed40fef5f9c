package org.nianbao.extract.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.nianbao.message.Message;
import org.nianbao.model.Flag;
import org.nianbao.model.TableId;

/**
 * What became of every number printed in the table: from its first row's label to the last
 * number a row took, each number is a row's cell, or is said in a flag, with the label it
 * follows — a row the form has not (其中：网上申请), or numbers no row could take. Words with a
 * number in them that name no row (a 备注 column's 含部门文件3件) are said too.
 */
final class NumberAudit {
  private final List<Token> region;
  private final Map<Token, Integer> index;
  private final Set<Token> used;
  private int from = -1;
  private int to = -1;
  private final Map<Integer, Integer> blankEnds = new HashMap<>();
  private final Set<Integer> blankBefore = new TreeSet<>();
  private int lastUsed = -1;

  NumberAudit(List<Token> region) {
    this.region = region;
    // Sized for the region at once: grown step by step, the maps were rehashed a few times a table.
    this.index = new IdentityHashMap<>(region.size());
    this.used = Collections.newSetFromMap(new IdentityHashMap<>(region.size()));
    for (int i = 0; i < region.size(); i++) {
      index.put(region.get(i), i);
    }
  }

  /** A row's label and the fragments of it that follow, at these places. */
  void row(int label, int end) {
    from = from < 0 ? label : from;
    for (int k = label; k <= end; k++) {
      used.add(region.get(k));
    }
  }

  void used(Token t) {
    used.add(t);
  }

  void used(List<Token> cells) {
    used.addAll(cells);
    for (Token c : cells) {
      to = Math.max(to, index.get(c));
    }
  }

  /** The place of the last number or cell a row took so far. */
  int last() {
    return to;
  }

  /** A row read blank, its last token at {@code end}. */
  void blank(int row, int end) {
    blankEnds.put(end, row);
  }

  /** The rows read blank right before numbers no row took (found by {@link #strays}). */
  Set<Integer> blankBeforeStrays() {
    return blankBefore;
  }

  /** The flags for what no row took, grouped by the words before them. */
  List<Flag> strays(String table) {
    List<Flag> out = new ArrayList<>();
    String name = TableId.of(table + ".").label();
    Token words = null;
    List<Token> numbers = new ArrayList<>();
    for (int k = Math.max(0, from); k <= to; k++) {
      Token t = region.get(k);
      if (t.isLabel() && !used.contains(t)) {
        said(out, name, words, numbers);
        words = t;
        if (t.label().key().chars().anyMatch(Character::isDigit) && besideCells(k)) {
          out.add(new Flag("", Message.of("report.table_words", name, t.text().strip()), t.pos()));
        }
      } else if (t.isLabel()) {
        said(out, name, words, numbers);
        words = null;
        lastUsed = k;
      } else if (t.isFilled() && !used.contains(t)) {
        if (numbers.isEmpty() && (words == null || !words.label().key().startsWith("其中")) && blankEnds.containsKey(lastUsed)) {
          blankBefore.add(blankEnds.get(lastUsed));
        }
        numbers.add(t);
      } else if (used.contains(t)) {
        lastUsed = k;
      }
    }
    said(out, name, words, numbers);
    return out;
  }

  /** Whether the words at k stand right after a row's cells, in a column of their own (备注). */
  private boolean besideCells(int k) {
    Token before = k > 0 ? region.get(k - 1) : null;
    return before != null && before.isValue() && used.contains(before) && before.block() == region.get(k).block()
        && (before.inGrid() || before.pos().equals(region.get(k).pos()));
  }

  private static void said(List<Flag> out, String table, Token words, List<Token> numbers) {
    if (numbers.isEmpty()) {
      return;
    }
    String before = words == null ? "" : words.text().strip();
    boolean subRow = words != null && words.label().key().startsWith("其中");
    // One flag for each number, so each is said where it was.
    for (Token t : numbers) {
      out.add(new Flag("", Message.of(subRow ? "report.sub_row" : "unread.stray_number", table, before, t.text().strip()), t.pos()));
    }
    numbers.clear();
  }
}
