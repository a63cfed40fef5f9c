package org.nianbao.extract.table;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a table cell holds: a number with its sign and unit (297.17万元, 211445600元, 增26,
 * 减10, +15, ↑26, ▼10, ¥4,123,500.00, ' 0'), a mark that stands for no number (/ — 无 不适用), or text.
 */
final class NumberParser {
  /** Units of a count that reports type into cells (13612件, 3 个): the count is the number. */
  static final String COUNT_UNITS = "件|个|项|条|次|人次|人|家|份|起";

  private static final Set<String> UNITS = Set.of(("万元|万|元|" + COUNT_UNITS).split("\\|"));

  /** Whether the text is a unit alone, as a cell typed 147 件 leaves after its number. */
  static boolean isUnit(String text) {
    return UNITS.contains(text);
  }

  /** Marks the forms' users print instead of a number; they are not zeros (docs/json.md). */
  private static final Set<String> MARKS = Set.of("/", "\\", "-", "—", "——", "–", "--", "无", "不适用", "空", "×");

  private static final Pattern NUMBER =
      Pattern.compile("(增加|减少|增|减|[+\\-↑▲△↓▼▽])?([¥￥])?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(万元|万|元|" + COUNT_UNITS + ")?");
  /** Arrows a change column prints for 增 and 减 (↑26, ▼10). */
  private static final String DOWN = "减-↓▼▽";

  /** A number whose thousands are parted by the Chinese comma: 1，523, 12，345.5. */
  private static final Pattern CHINESE_THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(，\\d{3})+(\\.\\d+)?(万元|元|件|个)?");

  /** A number with letters in it ('1O', '0n', '47m5'): a damaged cell, never a label and never read as a number. */
  private static final Pattern GARBLED = Pattern.compile("(?=.*\\d)(?=.*[A-Za-z])[0-9A-Za-z.,+%-]{2,12}");

  private NumberParser() {}

  static Parsed parse(String raw) {
    String s = raw.indexOf(' ') < 0 && raw.indexOf('\t') < 0 ? raw : raw.replace(" ", "").replace("\t", "");
    if (s.indexOf('，') > 0 && CHINESE_THOUSANDS.matcher(s).matches()) {
      // 1，523: thousands parted by the Chinese comma, as a number typed with a Chinese keyboard.
      s = s.replace('，', ',');
    }
    if (s.isEmpty()) {
      return Parsed.blank();
    }
    if (allDigits(s)) {
      // Most cells: what the pattern below would read, without running it.
      return new Parsed(Parsed.Kind.NUMBER, new BigDecimal(s), "", s.length() > 1);
    }
    if (MARKS.contains(s)) {
      return new Parsed(Parsed.Kind.MARK, null, "", false);
    }
    if (s.length() <= 12 && hasLatinLetter(s) && GARBLED.matcher(s).matches() || isDamaged(s)) {
      return Parsed.garbled();
    }
    if (!mayStartNumber(s.charAt(0))) {
      return new Parsed(Parsed.Kind.TEXT, null, "", false);
    }
    Matcher m = NUMBER.matcher(s);
    if (!m.matches()) {
      return new Parsed(Parsed.Kind.TEXT, null, "", false);
    }
    String sign = m.group(1) == null ? "" : m.group(1);
    String digits = m.group(3).replace(",", "");
    BigDecimal value = new BigDecimal(digits + (m.group(4) == null ? "" : m.group(4)));
    if (!sign.isEmpty() && DOWN.indexOf(sign.charAt(0)) >= 0) {
      value = value.negate();
    }
    boolean currency = m.group(2) != null;
    boolean gluedLooking = m.group(4) == null && sign.isEmpty() && !currency && m.group(5) == null && digits.length() > 1;
    // A yuan sign says the unit as 元 does (¥4,123,500.00); with another unit after it, that unit.
    String unit = m.group(5) == null ? currency ? "元" : "" : m.group(5).equals("万") ? "万元" : m.group(5);
    return new Parsed(Parsed.Kind.NUMBER, value, unit, gluedLooking);
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLatinLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
        return true;
      }
    }
    return false;
  }

  /**
   * A short cell of symbols only, with a replacement character, a question mark, a control or
   * unassigned character or a digit-like symbol (³, ①) among them: what a damaged byte leaves in a
   * cell, never a row label.
   */
  private static boolean isDamaged(String s) {
    if (s.length() > 4) {
      return false;
    }
    boolean damage = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.isIdeographic(c)) {
        return false;
      }
      int type = Character.getType(c);
      damage |= c == '\uFFFD' || c == '?' || type == Character.OTHER_NUMBER || type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
    }
    return damage;
  }

  /**
   * What a cell holds.
   *
   * @param splittable a bare integer of several digits: a candidate for cells printed together
   */
  private static boolean mayStartNumber(char c) {
    return (c >= '0' && c <= '9') || "+-增减↑▲△↓▼▽¥￥".indexOf(c) >= 0;
  }

  record Parsed(Kind kind, BigDecimal value, String unit, boolean splittable) {
    enum Kind {
      NUMBER,
      MARK,
      BLANK,
      /** Digits mixed with letters, stray symbols, or a cell of broken markup: something, but no number nianbao can vouch for. */
      GARBLED,
      TEXT
    }

    static Parsed blank() {
      return new Parsed(Kind.BLANK, null, "", false);
    }

    static Parsed garbled() {
      return new Parsed(Kind.GARBLED, null, "", false);
    }

    boolean isValue() {
      return kind != Kind.TEXT;
    }
  }
}
