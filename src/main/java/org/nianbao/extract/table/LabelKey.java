package org.nianbao.extract.table;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label reduced to what identifies it: its numbering (一 in 一、, 三 in （三）, 2 in 2.) and the rest
 * without spaces or punctuation, so that 结果维  持, （六）其他处理 and (六)其他处理 compare equal.
 */
public record LabelKey(String numbering, String key) {
  private static final Pattern NUMBERING =
      Pattern.compile("^\\s*(?:[(（]\\s*([一二三四五六七八九十]+|\\d{1,2})\\s*[)）]|([一二三四五六七八九十]+)\\s*[、.．]|(\\d{1,2})\\s*[、.．](?!\\d)|([\\u2460-\\u2473]))\\s*");

  /**
   * A unit printed after a label's words: 自然人（件）, （一）予以公开（件）, 总计（单位：件）; a longer unit
   * before the shorter one it ends with (件数 before 数), as a pattern's leftmost match would take it.
   */
  private static final String[] UNITS = {"件数", "个数", "数量", "人次", "件", "个", "数", "次", "项"};

  private static final String UNIT_WORD = "单位";

  /** Table labels are short; longer text is running prose and names no row or column. */
  private static final int MAX_LABEL_TEXT = 120;

  private static final LabelKey NONE = new LabelKey("", "");

  static LabelKey of(String text) {
    if (text.length() > MAX_LABEL_TEXT) {
      return NONE;
    }
    if (!mayBeNumbered(text)) {
      return new LabelKey("", keep(text));
    }
    Matcher m = NUMBERING.matcher(text);
    String numbering = "";
    String rest = text;
    if (m.find()) {
      numbering = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : String.valueOf(m.group(4).charAt(0) - '\u2460' + 1);
      rest = text.substring(m.end());
    }
    return new LabelKey(numbering, keep(rest));
  }

  /** The key without a unit printed after the words, or the key itself when it has none. */
  String withoutUnit() {
    for (String unit : UNITS) {
      if (key.endsWith(unit)) {
        int end = key.length() - unit.length();
        if (key.startsWith(UNIT_WORD, end - UNIT_WORD.length())) {
          end -= UNIT_WORD.length();
        }
        return end == 0 ? key : key.substring(0, end);
      }
    }
    return key;
  }

  /** Whether the text starts with a numbering such as 一、, （三） or 2. */
  static boolean isNumbered(String text) {
    return mayBeNumbered(text) && NUMBERING.matcher(text).lookingAt();
  }

  /** A cheap look at the first character before the pattern: most text starts with no numbering. */
  private static boolean mayBeNumbered(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '(' || c == '（' || c >= '0' && c <= '9' || c >= '\u2460' && c <= '\u2473' || "一二三四五六七八九十".indexOf(c) >= 0;
      }
    }
    return false;
  }

  private static String keep(String s) {
    int first = 0;
    while (first < s.length() && Character.isLetterOrDigit(s.charAt(first))) {
      first++;
    }
    if (first == s.length()) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length()).append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
