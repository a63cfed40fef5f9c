package org.nianbao.extract.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.nianbao.message.Message;
import org.nianbao.document.SourcePos;
import org.nianbao.model.Flag;
import org.nianbao.model.SourceRef;
import org.nianbao.model.TableId;
import org.nianbao.model.Value;
import org.nianbao.form.RowLabel;
import org.nianbao.form.RowSpec;

/**
 * Parses a table whose rows are labelled (表二, 表三): finds each row by its label, in form order,
 * and fills it from the values that follow the label up to the next label.
 */
final class RowTableParser {
  /** A row label is known by a misprint of its words only when they are at least this long. */
  private static final int MIN_MISPRINTED = 6;

  /** Row labels are short; a longer label is running text that happens to contain the words. */
  private static final int MAX_LABEL_KEY = 60;

  /**
   * A short unnumbered label between a row label and its values that names no row: the tail of a
   * label wrapped onto the next line (…申请数↵量, …不计其他↵情形）).
   */
  private static final int MAX_FRAGMENT = 8;

  /** Header words that open a statutory table, so the table's header is kept out of section text. */
  static final Pattern TABLE_HEADER = Pattern.compile("^(第二十条|信息内容|申请人情况|本列数据的勾稽关系|行政复议|行政诉讼)");

  private final List<RowSpec> rows;
  private final List<RowLabel> labels;
  private final RowFiller filler;
  private final ColumnsAsPrinted columns;
  private final Map<String, Integer> rowIndex = new HashMap<>();
  /** Each row's own words as the form prints them (属于国家秘密), to know a misprinted label by. */
  private final String[] own;

  RowTableParser(List<RowSpec> rows, List<RowLabel> labels, RowFiller filler, ColumnsAsPrinted columns) {
    this.rows = rows;
    this.labels = labels;
    this.filler = filler;
    this.columns = columns;
    this.own = new String[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      rowIndex.put(rows.get(r).key(), r);
      String label = rows.get(r).label().replaceFirst("（也见.*?）$", "");
      own[r] = LabelKey.of(label.substring(label.lastIndexOf(' ') + 1)).key();
    }
  }

  /**
   * Parses the table from its region.
   *
   * @param endsText whether the region runs to the end of the text: a last row with no number and
   *     fewer cells than the form's was cut off, not left blank (one with numbers is placed and flagged)
   */
  ParsedTable parse(List<Token> region, boolean endsText) {
    Map<String, Value> values = new LinkedHashMap<>();
    List<Flag> flags = new ArrayList<>();
    boolean[] matched = new boolean[rows.size()];
    boolean[] blankSeen = new boolean[rows.size()];
    Token[] unreadable = new Token[rows.size()];
    boolean[] cutOff = new boolean[rows.size()];
    boolean gridTable = region.stream().anyMatch(t -> t.isFilled() && t.inGrid());
    int cursor = 0;
    boolean numbers = false;
    int first = Integer.MAX_VALUE;
    int last = -1;
    List<Token> header = new ArrayList<>();
    List<Printed> filled = new ArrayList<>();
    Audit audit = new Audit(region);
    for (int i = 0; i < region.size(); i++) {
      Token t = region.get(i);
      if (!t.isLabel()) {
        continue;
      }
      if (TABLE_HEADER.matcher(t.label().key()).find()) {
        first = Math.min(first, t.block());
      }
      int r = match(t, matched, cursor);
      int broken = r < 0 ? brokenLabel(region, i, matched, cursor) : -1;
      if (r < 0 && broken < 0) {
        header.add(t);
        continue;
      }
      if (broken >= 0) {
        // A label broken over two rows of the table (5.要求行政机关确认或重新出 / 具已获取信息 6 0 …):
        // its two parts together name the row, and the numbers follow the second.
        r = match(joined(t, region.get(broken)), matched, cursor);
      }
      List<Token> before = List.copyOf(header);
      header.clear();
      int end = broken >= 0 ? broken : skipFragments(region, i);
      audit.row(i, end);
      List<Token> cells = valuesAfter(region, end);
      int wrapped = wrappedOnto(region, t, end, cells);
      if (wrapped >= 0) {
        // The label ran on into the next row of the table, which holds its numbers.
        audit.row(wrapped, wrapped);
        end = wrapped;
        cells = valuesAfter(region, wrapped);
      }
      cursor = r + 1;
      if (endsText && cells.size() < rows.get(r).cells().size() && cells.stream().noneMatch(Token::isFilled) && nothingAfter(region, cells.isEmpty() ? end : region.indexOf(cells.get(cells.size() - 1)))) {
        cutOff[r] = true;
        continue;
      }
      if (cells.isEmpty() && t.inGrid() && end > i) {
        // In a grid every cell is a token, blank ones too: a row whose only other cells are words
        // has text where its numbers should be (a damaged file turned a digit into a character).
        String text = region.subList(i + 1, end + 1).stream().map(Token::text).reduce((a, b) -> a + " " + b).orElse("");
        for (var c : rows.get(r).cells()) {
          values.put(c.id(), Value.unread(new SourceRef(text, region.get(end).pos())));
          flags.add(new Flag(c.id(), Message.of("unread.words_in_row", text, rows.get(r).label()), region.get(end).pos()));
        }
        matched[r] = true;
        continue;
      }
      if (cells.isEmpty() && t.inGrid()) {
        // A grid label with no cell after it on its row, nor a row of cells below: a header, or a
        // label whose row the markup lost; its row is not known to be blank.
        continue;
      }
      if (cells.isEmpty() && !t.inGrid() && gridTable) {
        // The table is a grid, whose blank cells are cells: a row label outside it with nothing
        // after it was pushed out of the table by broken markup, and its row is not known to be blank.
        continue;
      }
      if (cells.isEmpty() && t.label().key().chars().anyMatch(Character::isDigit)) {
        // Numbers glued into the label's own text that could not be told apart: not a blank row.
        // Left unread, and flagged unless the real row turns up later.
        unreadable[r] = t;
        audit.used(t);
        rows.get(r).cells().forEach(c -> values.putIfAbsent(c.id(), Value.unread(new SourceRef(t.text(), t.pos()))));
        continue;
      }
      if (cells.isEmpty()) {
        // A label with nothing after it: a row of dropped blanks, or running text that starts with
        // the row's words. Kept blank unless the real row turns up later.
        blankSeen[r] = true;
        audit.blank(r, end);
        rows.get(r).cells().forEach(c -> values.putIfAbsent(c.id(), Value.blank(new SourceRef("", t.pos()))));
        continue;
      }
      columns.count(rows.get(r).cells(), cells.size());
      filled.add(new Printed(rows.get(r), before, cells, t.pos(), misprint(t, r) ? t.text().strip() : ""));
      audit.used(cells);
      if (cells.stream().noneMatch(Token::isFilled)) {
        audit.blank(r, audit.last());
      }
      numbers |= cells.stream().anyMatch(Token::isFilled);
      matched[r] = true;
      first = Math.min(first, t.block());
      last = Math.max(last, cells.isEmpty() ? t.block() : cells.get(cells.size() - 1).block());
    }
    if (!numbers) {
      return ParsedTable.absent();
    }
    // Filled once every row is counted: whether the table lacks a column is told from all its rows, not one damaged row.
    for (Printed p : filled) {
      columns.header(p.row().cells(), ColumnsAsPrinted.ownHeader(p.header(), p.cells()));
      RowFiller.Filled f = columns.fill(filler, p.row().cells(), p.cells(), p.at());
      values.putAll(f.values());
      flags.addAll(f.flags());
      if (!p.misprinted().isEmpty()) {
        // The row was known by a label a character or two off the form's: its figures stand, flagged.
        f.values().forEach((id, v) -> {
          if (v.kind() != org.nianbao.model.ValueKind.UNREAD) {
            flags.add(new Flag(id, Message.of("cell.row_guessed", p.misprinted(), p.row().label()), p.at()));
          }
        });
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      if (!matched[r] && unreadable[r] != null) {
        Token t = unreadable[r];
        Message why = Message.of("unread.words_in_row", t.text(), rows.get(r).label());
        rows.get(r).cells().forEach(c -> flags.add(new Flag(c.id(), why, t.pos())));
        matched[r] = true;
      }
    }
    List<Flag> strays = audit.strays(rows.get(0).table());
    flags.addAll(strays);
    for (int r : audit.blankBeforeStrays()) {
      // A row read blank right before numbers no row took: they may be its own, its label broken off.
      Message why = Message.of("unread.numbers_elsewhere", rows.get(r).label());
      for (var c : rows.get(r).cells()) {
        values.put(c.id(), Value.unread(values.get(c.id()).source()));
        flags.add(new Flag(c.id(), why, values.get(c.id()).source().pos()));
      }
    }
    if (flags.stream().anyMatch(f -> f.code().equals("unread.too_many_numbers")) || strays.stream().anyMatch(f -> f.code().equals("unread.stray_number")) && !gridTable) {
      // Numbers that fit no row of their own may be those of a row whose label stands alone: a row
      // seen without numbers is then not known to be blank.
      for (int r = 0; r < rows.size(); r++) {
        if (blankSeen[r] && !matched[r]) {
          Message why = Message.of("unread.numbers_elsewhere", rows.get(r).label());
          for (var c : rows.get(r).cells()) {
            values.put(c.id(), Value.unread(values.get(c.id()).source()));
            flags.add(new Flag(c.id(), why, values.get(c.id()).source().pos()));
          }
        }
      }
    }
    missingRows(matched, blankSeen, cutOff, values, flags);
    return new ParsedTable(true, ordered(values), flags, first, last);
  }

  /**
   * What became of every number printed in the table: from its first row's label to the last
   * number a row took, each number is a row's cell, or is said in a flag, with the label it
   * follows — a row the form has not (其中：网上申请), or numbers no row could take. Words with a
   * number in them that name no row (a 备注 column's 含部门文件3件) are said too.
   */
  private static final class Audit {
    private final List<Token> region;
    private final Map<Token, Integer> index = new java.util.IdentityHashMap<>();
    private final Set<Token> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private int from = -1;
    private int to = -1;
    private final Map<Integer, Integer> blankEnds = new HashMap<>();
    private final Set<Integer> blankBefore = new java.util.TreeSet<>();
    private int lastUsed = -1;

    Audit(List<Token> region) {
      this.region = region;
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

  /** A row found with its numbers, and the header labels printed before it. */
  private record Printed(RowSpec row, List<Token> header, List<Token> cells, SourcePos at, String misprinted) {}

  /**
   * Where a row's label goes on, when it breaks off unfinished (an open bracket, a comma) with no
   * number after it and the next label names no row and has the numbers: （二）部分公开（区分处理的，
   * over a row of its own, 只计这一情形，不计其他情形） with the numbers; -1 otherwise.
   */
  private int wrappedOnto(List<Token> region, Token label, int end, List<Token> cells) {
    if (cells.stream().anyMatch(Token::isFilled) || !unfinished(label.text())) {
      return -1;
    }
    int k = end + 1;
    while (k < region.size() && !region.get(k).isLabel()) {
      k++;
    }
    if (k >= region.size() || matchesAnyRow(region.get(k).label()) || region.get(k).label().key().startsWith("其中")) {
      return -1;
    }
    return valuesAfter(region, k).stream().anyMatch(Token::isFilled) ? k : -1;
  }

  /**
   * The next label, when the label at {@code i} names no row, holds no number after it, and together
   * with that next label (which names no row either) names a row not yet found; -1 otherwise.
   */
  private int brokenLabel(List<Token> region, int i, boolean[] matched, int cursor) {
    int k = i + 1;
    while (k < region.size() && !region.get(k).isLabel()) {
      if (region.get(k).isFilled()) {
        return -1;
      }
      k++;
    }
    if (k >= region.size() || matchesAnyRow(region.get(k).label()) || region.get(i).label().key().isEmpty()) {
      return -1;
    }
    return match(joined(region.get(i), region.get(k)), matched, cursor) >= 0 ? k : -1;
  }

  /** Two pieces of a label read as one, where the first stands. */
  private static Token joined(Token first, Token rest) {
    String text = first.text().strip() + rest.text().strip();
    return new Token(Token.Kind.LABEL, text, LabelKey.of(text), first.value(), first.pos(), first.block(), first.inGrid());
  }

  /** Whether a label breaks off unfinished: a bracket left open, or a comma or 的 at its end. */
  private static boolean unfinished(String text) {
    String s = text.strip();
    int open = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      open += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
    }
    return open > 0 || !s.isEmpty() && "，,、的和及或".indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  /** Whether only row ends follow position {@code i} of the region. */
  private static boolean nothingAfter(List<Token> region, int i) {
    return region.subList(i + 1, region.size()).stream().allMatch(t -> t.kind() == Token.Kind.ROW_END);
  }

  private int skipFragments(List<Token> region, int i) {
    int j = i;
    while (j + 1 < region.size() && isFragment(region.get(j + 1))) {
      j++;
    }
    return j;
  }

  private boolean isFragment(Token t) {
    LabelKey k = t.label();
    return t.isLabel() && k.numbering().isEmpty() && k.key().length() <= MAX_FRAGMENT && !matchesAnyRow(k);
  }

  private int match(Token t, boolean[] matched, int cursor) {
    LabelKey key = t.label();
    if (key.key().isEmpty() || key.key().length() > MAX_LABEL_KEY) {
      return -1;
    }
    for (String words : new String[] {key.key(), key.withoutUnit()}) {
      for (RowLabel l : labels) {
        int r = rowIndex.getOrDefault(l.row(), -1);
        if (r >= 0 && !matched[r] && l.pattern().matcher(words).find() && (!l.isWeak() || r == cursor || l.numbering().equals(key.numbering()))) {
          return r;
        }
      }
    }
    return misprinted(key.withoutUnit(), matched);
  }

  /**
   * The one row not yet found whose own words are a character or two off these (信访举报投拆类申请, a
   * misprint or a misread scan), or -1: long labels only, as short ones are too alike.
   */
  private int misprinted(String words, boolean[] matched) {
    int found = -1;
    for (int r = 0; r < rows.size(); r++) {
      int allowed = own[r].length() >= 2 * MIN_MISPRINTED ? 2 : 1;
      if (matched[r] || own[r].length() < MIN_MISPRINTED || Math.abs(words.length() - own[r].length()) > allowed
          || HeaderTree.distance(words, own[r], allowed) > allowed) {
        continue;
      }
      if (found >= 0) {
        return -1;
      }
      found = r;
    }
    return found;
  }

  /** Whether the label names its row only as a misprint would. */
  private boolean misprint(Token t, int r) {
    String words = t.label().withoutUnit();
    for (RowLabel l : labels) {
      if (rowIndex.getOrDefault(l.row(), -1) == r && (l.pattern().matcher(t.label().key()).find() || l.pattern().matcher(words).find())) {
        return false;
      }
    }
    return true;
  }

  private boolean matchesAnyRow(LabelKey key) {
    for (RowLabel l : labels) {
      if (rowIndex.containsKey(l.row()) && l.pattern().matcher(key.key()).find()) {
        return true;
      }
    }
    return false;
  }

  private void missingRows(boolean[] matched, boolean[] blankSeen, boolean[] cutOff, Map<String, Value> values, List<Flag> flags) {
    for (int r = 0; r < rows.size(); r++) {
      if (!matched[r] && !blankSeen[r]) {
        RowSpec row = rows.get(r);
        Message why = Message.of(cutOff[r] ? "unread.text_ends" : "unread.row_not_found", row.label());
        row.cells().forEach(c -> {
          values.put(c.id(), Value.unread(SourceRef.none()));
          flags.add(new Flag(c.id(), why, SourcePos.line(0)));
        });
      }
    }
  }

  private Map<String, Value> ordered(Map<String, Value> values) {
    Map<String, Value> out = new LinkedHashMap<>();
    rows.forEach(r -> r.cells().forEach(c -> out.put(c.id(), values.get(c.id()))));
    return out;
  }

  /**
   * The value tokens that belong to the label at {@code i}: those up to the next label, and of a
   * grid only those on the label's own row (or, for a label alone on its row, the next row).
   */
  static List<Token> valuesAfter(List<Token> region, int i) {
    List<List<Token>> segments = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    for (int j = i + 1; j < region.size() && !region.get(j).isLabel(); j++) {
      Token t = region.get(j);
      if (t.kind() == Token.Kind.ROW_END) {
        segments.add(current);
        current = new ArrayList<>();
      } else {
        current.add(t);
      }
    }
    segments.add(current);
    for (List<Token> s : segments) {
      if (s.stream().anyMatch(Token::isFilled) || (!s.isEmpty() && region.get(i).inGrid())) {
        return s;
      }
    }
    return List.of();
  }
}
