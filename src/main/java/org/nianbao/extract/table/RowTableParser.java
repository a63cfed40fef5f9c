package org.nianbao.extract.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nianbao.message.Message;
import org.nianbao.document.SourcePos;
import org.nianbao.model.Flag;
import org.nianbao.model.SourceRef;
import org.nianbao.model.Value;
import org.nianbao.form.RowSpec;

/**
 * Parses a table whose rows are labelled (表二, 表三): finds each row by its label, in form order,
 * and fills it from the values that follow the label up to the next label.
 */
final class RowTableParser {
  /**
   * A short unnumbered label between a row label and its values that names no row: the tail of a
   * label wrapped onto the next line (…申请数↵量, …不计其他↵情形）).
   */
  private static final int MAX_FRAGMENT = 8;

  /** Header words that open a statutory table, so the table's header is kept out of section text. */
  private static final Pattern TABLE_HEADER = Pattern.compile("^(第二十条|信息内容|申请人情况|本列数据的勾稽关系|行政复议|行政诉讼)");

  private final List<RowSpec> rows;
  private final FormRows formRows;
  private final RowFiller filler;
  private final ColumnsAsPrinted columns;

  RowTableParser(FormRows formRows, RowFiller filler, ColumnsAsPrinted columns) {
    this.rows = formRows.rows();
    this.formRows = formRows;
    this.filler = filler;
    this.columns = columns;
  }

  /**
   * Parses the table from its region.
   *
   * @param endsText whether the region runs to the end of the text: a last row with no number and
   *     fewer cells than the form's was cut off, not left blank (one with numbers is placed and flagged)
   */
  ParsedTable parse(List<Token> region, boolean endsText) {
    Parse p = new Parse(region, endsText);
    for (int i = 0; i < region.size(); i++) {
      if (region.get(i).isLabel()) {
        p.label(i);
      }
    }
    if (!p.numbers) {
      return ParsedTable.absent();
    }
    p.fillPrinted();
    p.flagUnreadable();
    p.flagStrays();
    missingRows(p.matched, p.blankSeen, p.cutOff, p.values, p.flags);
    return new ParsedTable(true, ordered(p.values), p.flags, p.first, p.last);
  }

  /** What one parse of a region has found so far: the rows matched, their cells and flags. */
  private final class Parse {
    private final List<Token> region;
    private final boolean endsText;
    private final Map<String, Value> values = new LinkedHashMap<>();
    private final List<Flag> flags = new ArrayList<>();
    private final boolean[] matched = new boolean[rows.size()];
    private final boolean[] blankSeen = new boolean[rows.size()];
    private final Token[] unreadable = new Token[rows.size()];
    private final boolean[] cutOff = new boolean[rows.size()];
    private final boolean gridTable;
    private final List<Token> header = new ArrayList<>();
    private final List<Printed> filled = new ArrayList<>();
    private final NumberAudit audit;
    private int cursor;
    private boolean numbers;
    private int first = Integer.MAX_VALUE;
    private int last = -1;

    Parse(List<Token> region, boolean endsText) {
      this.region = region;
      this.endsText = endsText;
      this.gridTable = region.stream().anyMatch(t -> t.isFilled() && t.inGrid());
      this.audit = new NumberAudit(region);
    }

    /** The label at {@code i}: a row's, whose cells follow it, or else one kept as the next row's header. */
    void label(int i) {
      Token t = region.get(i);
      if (TABLE_HEADER.matcher(t.label().key()).find()) {
        first = Math.min(first, t.block());
      }
      int r = formRows.match(t, matched, cursor);
      int broken = r < 0 ? brokenLabel(region, i, matched, cursor) : -1;
      if (r < 0 && broken < 0) {
        header.add(t);
        return;
      }
      if (broken >= 0) {
        // A label broken over two rows of the table (5.要求行政机关确认或重新出 / 具已获取信息 6 0 …):
        // its two parts together name the row, and the numbers follow the second.
        r = formRows.match(joined(t, region.get(broken)), matched, cursor);
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
      } else if (cells.isEmpty()) {
        empty(i, r, end);
      } else {
        printed(t, r, cells, before);
      }
    }

    /** Row r's label at {@code i}, with no value after it up to {@code end}. */
    private void empty(int i, int r, int end) {
      Token t = region.get(i);
      if (t.inGrid() && end > i) {
        // In a grid every cell is a token, blank ones too: a row whose only other cells are words
        // has text where its numbers should be (a damaged file turned a digit into a character).
        String text = region.subList(i + 1, end + 1).stream().map(Token::text).reduce((a, b) -> a + " " + b).orElse("");
        for (var c : rows.get(r).cells()) {
          values.put(c.id(), Value.unread(new SourceRef(text, region.get(end).pos())));
          flags.add(new Flag(c.id(), Message.of("unread.words_in_row", text, rows.get(r).label()), region.get(end).pos()));
        }
        matched[r] = true;
        return;
      }
      if (t.inGrid()) {
        // A grid label with no cell after it on its row, nor a row of cells below: a header, or a
        // label whose row the markup lost; its row is not known to be blank.
        return;
      }
      if (gridTable) {
        // The table is a grid, whose blank cells are cells: a row label outside it with nothing
        // after it was pushed out of the table by broken markup, and its row is not known to be blank.
        return;
      }
      if (t.label().key().chars().anyMatch(Character::isDigit)) {
        // Numbers glued into the label's own text that could not be told apart: not a blank row.
        // Left unread, and flagged unless the real row turns up later.
        unreadable[r] = t;
        audit.used(t);
        rows.get(r).cells().forEach(c -> values.putIfAbsent(c.id(), Value.unread(new SourceRef(t.text(), t.pos()))));
        return;
      }
      // A label with nothing after it: a row of dropped blanks, or running text that starts with
      // the row's words. Kept blank unless the real row turns up later.
      blankSeen[r] = true;
      audit.blank(r, end);
      rows.get(r).cells().forEach(c -> values.putIfAbsent(c.id(), Value.blank(new SourceRef("", t.pos()))));
    }

    /** Row r's label {@code t} with its cells, kept to be filled once every row is counted. */
    private void printed(Token t, int r, List<Token> cells, List<Token> before) {
      columns.count(rows.get(r).cells(), cells.size());
      filled.add(new Printed(rows.get(r), before, cells, t.pos(), formRows.misprint(t, r) ? t.text().strip() : ""));
      audit.used(cells);
      if (cells.stream().noneMatch(Token::isFilled)) {
        audit.blank(r, audit.last());
      }
      numbers |= cells.stream().anyMatch(Token::isFilled);
      matched[r] = true;
      first = Math.min(first, t.block());
      last = Math.max(last, cells.get(cells.size() - 1).block());
    }

    /** Fills the rows found with numbers: whether the table lacks a column is told from all its rows, not one damaged row. */
    void fillPrinted() {
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
    }

    /** Flags the rows seen only with numbers glued into their label, when the real row never turned up. */
    void flagUnreadable() {
      for (int r = 0; r < rows.size(); r++) {
        if (!matched[r] && unreadable[r] != null) {
          Token t = unreadable[r];
          Message why = Message.of("unread.words_in_row", t.text(), rows.get(r).label());
          rows.get(r).cells().forEach(c -> flags.add(new Flag(c.id(), why, t.pos())));
          matched[r] = true;
        }
      }
    }

    /** Flags the numbers no row took, and unsettles the blank rows those numbers may belong to. */
    void flagStrays() {
      List<Flag> strays = audit.strays(rows.get(0).table());
      flags.addAll(strays);
      for (int r : audit.blankBeforeStrays()) {
        // A row read blank right before numbers no row took: they may be its own, its label broken off.
        unsettle(r);
      }
      if (flags.stream().anyMatch(f -> f.code().equals("unread.too_many_numbers")) || strays.stream().anyMatch(f -> f.code().equals("unread.stray_number")) && !gridTable) {
        // Numbers that fit no row of their own may be those of a row whose label stands alone: a row
        // seen without numbers is then not known to be blank.
        for (int r = 0; r < rows.size(); r++) {
          if (blankSeen[r] && !matched[r]) {
            unsettle(r);
          }
        }
      }
    }

    /** Row r, read blank, is left unread: its numbers may be elsewhere. */
    private void unsettle(int r) {
      Message why = Message.of("unread.numbers_elsewhere", rows.get(r).label());
      for (var c : rows.get(r).cells()) {
        values.put(c.id(), Value.unread(values.get(c.id()).source()));
        flags.add(new Flag(c.id(), why, values.get(c.id()).source().pos()));
      }
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
    if (k >= region.size() || formRows.matchesAnyRow(region.get(k).label()) || region.get(k).label().key().startsWith("其中")) {
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
    if (k >= region.size() || formRows.matchesAnyRow(region.get(k).label()) || region.get(i).label().key().isEmpty()) {
      return -1;
    }
    return formRows.match(joined(region.get(i), region.get(k)), matched, cursor) >= 0 ? k : -1;
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
    return t.isLabel() && k.numbering().isEmpty() && k.key().length() <= MAX_FRAGMENT && !formRows.matchesAnyRow(k);
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
