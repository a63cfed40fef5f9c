package org.nianbao.extract.table;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.document.Block;
import org.nianbao.document.Cell;
import org.nianbao.document.Grid;
import org.nianbao.document.Paragraph;
import org.nianbao.document.SourcePos;

/**
 * Flattens a document into tokens. A line of text is cut at spaces where a number stands apart
 * from words ("一、本年新收 46 0 46") and before a numbered label ("（三）不予公开 1.属于国家秘密"), while words
 * broken by spaces stay one label (结果维 持). Grid
 * cells keep their blanks, and each grid row ends with a row-end token.
 */
public final class Tokenizer {

  /** Tabs and table bars (| ｜ │) between cells of a table row copied as one line. */
  private static final String CELL_SEPARATORS = "\t|｜│";

  private static final java.util.regex.Pattern CELL_SEPARATOR = java.util.regex.Pattern.compile("[" + CELL_SEPARATORS + "]");

  /** The colon after a sentence-row's label, and between its column words and its numbers. */
  private static final java.util.regex.Pattern PROSE_END = java.util.regex.Pattern.compile("[。；;．.]+$");
  private static final java.util.regex.Pattern PROSE_COLON = java.util.regex.Pattern.compile("[：:]");

  private static final java.util.regex.Pattern PROSE_ITEM = java.util.regex.Pattern.compile("[、，,；;]");

  /** Column words with their number: 本年制发件数0件. */
  private static final java.util.regex.Pattern WORDS_NUMBER =
      java.util.regex.Pattern.compile("^([^\\d]{2,16}?)\\s*((?:增|减|[+-])?\\d[\\d,]*(?:\\.\\d+)?\\s*(?:万元|元|" + NumberParser.COUNT_UNITS + ")?)$");

  /** A sentence-row's label is short; a longer one is prose that happens to hold a colon. */
  private static final int MAX_PROSE_LABEL = 60;

  private static final int MAX_PROSE_WORD = 16;

  private Tokenizer() {}

  public static List<Token> tokens(List<Block> blocks) {
    List<Token> out = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      int from = out.size();
      if (block instanceof Paragraph p && hasCellSeparator(p.text())) {
        separated(out, p, b);
      } else if (block instanceof Paragraph p && !prose(out, p, b)) {
        pieces(out, p.text(), p.pos(), b, false);
      }
      if (block instanceof Paragraph p && p.damaged()) {
        damage(out, from, p.pos(), b, false);
      } else if (block instanceof Grid g) {
        grid(out, g, b);
      }
    }
    return out;
  }

  /**
   * The values of a damaged line cannot be vouched for, nor can the absence of values: each value
   * becomes a garbled one, and one more follows every label for what may have been lost after it,
   * so the row it names is left unread, never taken for blank.
   */
  private static void damage(List<Token> out, int from, SourcePos pos, int b, boolean inGrid) {
    List<Token> line = new ArrayList<>(out.subList(from, out.size()));
    out.subList(from, out.size()).clear();
    for (Token t : line) {
      // A label with a digit in it may be a number that lost its separation from the words around it.
      boolean digits = t.kind() == Token.Kind.LABEL && t.text().chars().anyMatch(c -> c >= '0' && c <= '9');
      if (t.kind() == Token.Kind.VALUE || digits) {
        out.add(garbled(t.text(), t.pos(), b, inGrid));
      } else {
        out.add(t);
        if (t.kind() == Token.Kind.LABEL) {
          out.add(garbled("", pos, b, inGrid));
        }
      }
    }
  }

  private static Token garbled(String text, SourcePos pos, int b, boolean inGrid) {
    return new Token(Token.Kind.VALUE, text, LabelKey.of(""), NumberParser.Parsed.garbled(), pos, b, inGrid);
  }

  /** Looked for by hand in every paragraph: a pattern's search was a twentieth of extracting a text report. */
  private static boolean hasCellSeparator(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (CELL_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A line whose cells are set apart by tabs or bars keeps its blank cells, as a grid row does. */
  private static void separated(List<Token> out, Paragraph p, int b) {
    // Spaces around the line go; its tabs stay: a row copied from a table keeps its blank first cells.
    String[] cells = CELL_SEPARATOR.split(Paragraph.trimSpaces(p.text()), -1);
    for (String cell : cells) {
      if (cell.isBlank()) {
        out.add(new Token(Token.Kind.VALUE, "", LabelKey.of(""), NumberParser.Parsed.blank(), p.pos(), b, false));
      } else {
        pieces(out, cell, p.pos(), b, false);
      }
    }
    out.add(new Token(Token.Kind.ROW_END, "", LabelKey.of(""), NumberParser.Parsed.blank(), p.pos(), b, false));
  }

  /**
   * A table row written as a sentence, as WeChat copies have them: {@code 一、本年新收政府信息公开申请数量：
   * 40、6、1、0、2、1、50}, {@code 规章：本年制发件数0件，本年废止件数0件，现行有效件数0件}, {@code 申请人情况：
   * 自然人、商业企业、…}. The column words it names come first, as a header would, then its label,
   * then its numbers; so each number is read under the column its sentence names. Sentences whose
   * items are not all numbers, column words, or words each with one number are left as they are.
   */
  private static boolean prose(List<Token> out, Paragraph p, int b) {
    int colon = p.text().indexOf('：');
    colon = colon < 0 ? p.text().indexOf(':') : colon;
    if (colon < 0 || colon > MAX_PROSE_LABEL) {
      return false;
    }
    String text = PROSE_END.matcher(p.text().strip()).replaceAll("");
    String[] parts = PROSE_COLON.split(text);
    if (parts.length < 2 || parts[0].length() > MAX_PROSE_LABEL || parts[0].isBlank()) {
      return false;
    }
    List<String> words = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    int garbled = 0;
    for (int i = 1; i < parts.length; i++) {
      for (String item : PROSE_ITEM.split(parts[i].strip())) {
        String s = item.strip();
        java.util.regex.Matcher m = WORDS_NUMBER.matcher(s);
        if (s.isEmpty()) {
          continue;
        }
        NumberParser.Parsed.Kind kind = NumberParser.parse(s).kind();
        if (kind == NumberParser.Parsed.Kind.NUMBER || kind == NumberParser.Parsed.Kind.MARK) {
          numbers.add(s);
        } else if (kind == NumberParser.Parsed.Kind.GARBLED) {
          // A damaged number (6J) keeps its place in the row, to be left unread there.
          numbers.add(s);
          garbled++;
        } else if (m.matches()) {
          words.add(m.group(1));
          numbers.add(m.group(2));
        } else if (s.length() <= MAX_PROSE_WORD && s.chars().noneMatch(Character::isDigit)) {
          words.add(s);
        } else {
          return false;
        }
      }
    }
    if (numbers.isEmpty() && words.size() < 2 || garbled * 2 >= numbers.size() && garbled > 0) {
      return false;
    }
    words.forEach(w -> flushLabel(out, new StringBuilder(w), p.pos(), b, false));
    pieces(out, parts[0], p.pos(), b, false);
    numbers.forEach(n -> out.add(new Token(Token.Kind.VALUE, n, LabelKey.of(""), NumberParser.parse(n), p.pos(), b, false)));
    return true;
  }

  private static void grid(List<Token> out, Grid g, int b) {
    for (List<Cell> row : g.rows()) {
      for (int col = 0; col < row.size(); col++) {
        Cell c = row.get(col);
        if (c.spanCopy()) {
          continue;
        }
        int from = out.size();
        if (c.damaged() && c.text().isBlank()) {
          // A damaged cell may have lost its text: not even a blank can be vouched for.
          out.add(garbled("", c.pos(), b, true));
        } else if (c.damaged()) {
          pieces(out, c.text(), c.pos(), b, true);
          damage(out, from, c.pos(), b, true);
        } else if (c.text().isBlank()) {
          out.add(new Token(Token.Kind.VALUE, "", LabelKey.of(""), NumberParser.Parsed.blank(), c.pos(), b, true));
        } else {
          pieces(out, c.text(), c.pos(), b, true);
        }
        for (int k = from; k < out.size(); k++) {
          out.set(k, out.get(k).at(col));
        }
      }
      out.add(new Token(Token.Kind.ROW_END, "", LabelKey.of(""), NumberParser.Parsed.blank(), g.pos(), b, true));
    }
  }

  private static void pieces(List<Token> out, String text, SourcePos pos, int b, boolean inGrid) {
    String s = Marks.apart(text).strip();
    if (s.isEmpty()) {
      return;
    }
    StringBuilder label = new StringBuilder();
    for (String piece : words(s)) {
      if (mark(out, label, piece, pos, b)) {
        continue;
      }
      Token before = out.isEmpty() ? null : out.get(out.size() - 1);
      Marks.Split typed = NumberParser.parse(piece).isValue() ? null : Marks.trailing(piece);
      if (typed != null && NumberParser.parse(typed.number()).kind() == NumberParser.Parsed.Kind.NUMBER) {
        // A note mark typed after the number (423①, 56*, 12注1): the number, and the mark apart.
        flushLabel(out, label, pos, b, inGrid);
        out.add(new Token(Token.Kind.VALUE, piece, LabelKey.of(""), NumberParser.parse(typed.number()), pos, b, inGrid, typed.mark()));
        continue;
      }
      if (label.length() == 0 && piece.length() <= 2 && before != null && before.block() == b && before.value().kind() == NumberParser.Parsed.Kind.NUMBER
          && before.value().unit().isEmpty() && NumberParser.isUnit(piece) && before.pos().equals(pos)) {
        // A unit typed apart from its number (147 件) belongs to it, never to the next label.
        String joined = before.text() + piece;
        out.set(out.size() - 1, new Token(Token.Kind.VALUE, joined, LabelKey.of(""), NumberParser.parse(joined), pos, b, inGrid));
        continue;
      }
      NumberParser.Parsed v = NumberParser.parse(piece);
      if (v.isValue()) {
        flushLabel(out, label, pos, b, inGrid);
        out.add(new Token(Token.Kind.VALUE, piece, LabelKey.of(""), v, pos, b, inGrid));
      } else {
        if (LabelKey.isNumbered(piece)) {
          flushLabel(out, label, pos, b, inGrid);
        }
        label.append(label.length() == 0 ? "" : " ").append(piece);
      }
    }
    flushLabel(out, label, pos, b, inGrid);
  }

  /**
   * Takes a piece that is a note mark, printed raised or lowered or typed alone (a star, 注, a
   * circled number): kept with the value before it, or numbering the label; whether it was one.
   */
  private static boolean mark(List<Token> out, StringBuilder label, String piece, SourcePos pos, int b) {
    Token before = out.isEmpty() ? null : out.get(out.size() - 1);
    if (Marks.isRaised(piece)) {
      // Printed raised or lowered: a note mark. After a value it is kept with the value, apart
      // from its digits; after words it is left out of the label.
      if (label.length() == 0 && before != null && before.isFilled() && before.block() == b && before.pos().equals(pos) && !Marks.inner(piece).isEmpty()) {
        out.set(out.size() - 1, before.marked(Marks.inner(piece)));
      }
      return true;
    }
    boolean afterValue = label.length() == 0 && before != null && before.isFilled() && before.block() == b && before.pos().equals(pos);
    boolean figure = Marks.isFigure(piece);
    if (Marks.isTyped(piece) && (afterValue && !figure || Marks.isCircled(piece) && !afterValue)) {
      // A mark standing alone: a star or 注 after a value is its note; a circled number before
      // words numbers the label. A lone figure after a value (³, ①) may as well be a damaged
      // cell of its own, and is left to be read as one.
      if (afterValue) {
        out.set(out.size() - 1, before.marked(piece));
      } else {
        label.append(label.length() == 0 ? "" : " ").append(piece);
      }
      return true;
    }
    return false;
  }

  /**
   * The pieces of text between runs of the spaces a regular expression's {@code \\s} means (space,
   * tab, line breaks, form feed, vertical tab); other spaces, such as the ideographic one, stay in
   * their piece. Cut by hand: it runs for every line and cell, and a pattern's split cost a tenth
   * of tokenizing.
   */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = isPatternSpace(c);
      if (space && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** A space as a regular expression's {@code \\s} means it: space, tab, line breaks, form feed, vertical tab. */
  public static boolean isPatternSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
  }

  private static void flushLabel(List<Token> out, StringBuilder label, SourcePos pos, int b, boolean inGrid) {
    if (label.length() > 0) {
      String text = label.toString();
      out.add(new Token(Token.Kind.LABEL, text, LabelKey.of(text), NumberParser.Parsed.blank(), pos, b, inGrid));
      label.setLength(0);
    }
  }
}
