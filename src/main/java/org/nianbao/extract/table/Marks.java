package org.nianbao.extract.table;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Note marks printed after a number — a footnote's raised figure, ①, ※, *, 注1 — which are never
 * digits of it. Readers wrap text printed raised or lowered (a superscript, a footnote reference)
 * in U+FFF9 … U+FFFB, Unicode's interlinear annotation marks; marks typed on the line are known
 * by their form right after a number's digits.
 */
public final class Marks {
  static final char OPEN = '\uFFF9';
  static final char CLOSE = '\uFFFB';

  /** A number's text, then a mark typed after it: circled or superscript figures, stars, 注1, [1], （注）. */
  private static final Pattern TRAILING = Pattern.compile(
      "^(.*\\d)([\\u2460-\\u2473\\u24EA-\\u24FF\\u2776-\\u2793]|[\\u00B9\\u00B2\\u00B3\\u2070-\\u209F]+|[*＊※]+|\\[\\d{1,2}\\]|［\\d{1,2}］|[(（]?注\\d{0,2}[)）]?)$");

  /** The characters a typed mark other than a circled or raised figure starts with (cheaper than the pattern). */
  private static final String MARK_STARTS = "*＊※[［(（注";

  private Marks() {}

  private static boolean isCircledOrRaised(char c) {
    return c >= '\u2460' && c <= '\u2473' || c >= '\u24EA' && c <= '\u24FF' || c >= '\u2776' && c <= '\u2793'
        || c == '\u00B9' || c == '\u00B2' || c == '\u00B3' || c >= '\u2070' && c <= '\u209F';
  }

  /** A number and the mark after it. */
  record Split(String number, String mark) {}

  /** The text with each raised or lowered mark standing apart, so it is a piece of its own. */
  static String apart(String text) {
    if (text.indexOf(OPEN) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    boolean inside = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == OPEN) {
        out.append(' ').append(OPEN);
        inside = true;
      } else if (c == CLOSE) {
        out.append(CLOSE).append(' ');
        inside = false;
      } else if (!inside || !Tokenizer.isPatternSpace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether the piece is a raised or lowered mark standing apart. */
  static boolean isRaised(String piece) {
    return !piece.isEmpty() && piece.charAt(0) == OPEN;
  }

  /** The mark's own text, without its wrapping. */
  static String inner(String piece) {
    int end = piece.indexOf(CLOSE);
    return piece.substring(1, end < 0 ? piece.length() : end).strip();
  }

  /** Whether the piece is a mark typed alone (a space between it and the number, or a list's ①). */
  static boolean isTyped(String piece) {
    if (piece.isEmpty() || MARK_STARTS.indexOf(piece.charAt(0)) < 0 && !isCircledOrRaised(piece.charAt(0))) {
      return false;
    }
    Matcher m = TRAILING.matcher("0" + piece);
    return m.matches() && m.group(1).equals("0");
  }

  /** Whether the piece is a figure-like mark (circled, superscript or subscript figures), which damage can leave too. */
  static boolean isFigure(String piece) {
    for (int i = 0; i < piece.length(); ) {
      int c = piece.codePointAt(i);
      if (Character.getType(c) != Character.OTHER_NUMBER) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** Whether the piece is a circled number, which opens a numbered label when no number comes before it. */
  static boolean isCircled(String piece) {
    return piece.length() == 1 && piece.charAt(0) >= '\u2460' && piece.charAt(0) <= '\u2473';
  }

  /** A number's text followed by a mark typed after it, if the piece is that. */
  static Split trailing(String piece) {
    if (piece.length() < 2 || !Character.isDigit(piece.charAt(0)) && "+-增减".indexOf(piece.charAt(0)) < 0) {
      return null;
    }
    Matcher m = TRAILING.matcher(piece);
    return m.matches() ? new Split(m.group(1), m.group(2)) : null;
  }

  /** Text for people: each raised or lowered mark shown as [mark], so it cannot be taken for a digit. */
  public static String shown(String text) {
    if (text.indexOf(OPEN) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c == OPEN ? '[' : c == CLOSE ? ']' : c);
    }
    return out.toString();
  }
}
