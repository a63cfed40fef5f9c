package org.nianbao.read.word;

import java.util.Locale;

/**
 * A list counter as Word prints it in one of its number formats ({@code ST_NumberFormat} of
 * ECMA-376, the same list as DOC's {@code nfc} codes): 3 as 3, 03, III, c, ③, 三, 叁, 丙 …
 * A format Word has but no report uses prints as a decimal number.
 */
final class NumberText {
  /** DOC's {@code nfc} codes (MS-DOC 2.9.158 MSONFC) by number: the names DOCX writes. */
  private static final String[] NFC = {"decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "ordinal", "cardinalText",
      "ordinalText", "hex", "chicago", "ideographDigital", "japaneseCounting", "aiueo", "iroha", "decimalFullWidth", "decimalHalfWidth",
      "japaneseLegal", "japaneseDigitalTenThousand", "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth",
      "decimalZero", "bullet", "ganada", "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen", "decimalEnclosedCircleChinese",
      "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac", "ideographZodiacTraditional", "taiwaneseCounting",
      "ideographLegalTraditional", "taiwaneseCountingThousand", "taiwaneseDigital", "chineseCounting", "chineseLegalSimplified",
      "chineseCountingThousand", "koreanDigital", "koreanCounting", "koreanLegal", "koreanDigital2", "vietnameseCounting",
      "russianLower", "russianUpper", "none"};

  private static final String DIGITS = "〇一二三四五六七八九";
  private static final String LEGAL = "零壹贰叁肆伍陆柒捌玖";
  private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
  private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

  private NumberText() {}

  /** The format named by a DOC {@code nfc} code. */
  static String nfc(int code) {
    return code == 255 ? "none" : code >= 0 && code < NFC.length ? NFC[code] : "decimal";
  }

  /** Whether a format prints no number: a bullet, or nothing. */
  static boolean isBullet(String format) {
    return format.equals("bullet") || format.equals("none");
  }

  /**
   * {@code n} in {@code format}; {@code custom} is the pattern of a {@code w:numFmt="custom"}
   * ({@code 001, 002, 003, ...}), else null.
   */
  static String of(int n, String format, String custom) {
    return switch (format) {
      case "decimalZero" -> n < 10 && n >= 0 ? "0" + n : Integer.toString(n);
      case "upperRoman" -> roman(n);
      case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
      case "upperLetter" -> letters(n);
      case "lowerLetter" -> letters(n).toLowerCase(Locale.ROOT);
      case "ordinal" -> n + ordinalSuffix(n);
      case "hex" -> Integer.toHexString(n).toUpperCase(Locale.ROOT);
      case "chicago" -> chicago(n);
      case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
      case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> n >= 1 && n <= 20 ? String.valueOf((char) (0x2460 + n - 1)) : Integer.toString(n);
      case "decimalEnclosedFullstop" -> n >= 1 && n <= 20 ? String.valueOf((char) (0x2488 + n - 1)) : Integer.toString(n);
      case "decimalEnclosedParen" -> n >= 1 && n <= 20 ? String.valueOf((char) (0x2474 + n - 1)) : Integer.toString(n);
      case "ideographEnclosedCircle" -> n >= 1 && n <= 10 ? String.valueOf((char) (0x3280 + n - 1)) : Integer.toString(n);
      case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand" -> counting(n);
      case "chineseLegalSimplified" -> legal(n);
      case "ideographDigital", "taiwaneseDigital" -> digitByDigit(n);
      case "ideographTraditional" -> n >= 1 && n <= STEMS.length() ? String.valueOf(STEMS.charAt(n - 1)) : Integer.toString(n);
      case "ideographZodiac" -> n >= 1 && n <= BRANCHES.length() ? String.valueOf(BRANCHES.charAt(n - 1)) : Integer.toString(n);
      case "bullet", "none" -> "";
      case "custom" -> custom(n, custom);
      default -> Integer.toString(n);
    };
  }

  /** Chinese counting: 一 … 十, 十一, 二十, 一百零五, 一千零二十. */
  static String counting(int n) {
    if (n <= 0 || n >= 100_000) {
      return Integer.toString(n);
    }
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    if (n < 20) {
      return "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
    }
    String[] units = {"", "十", "百", "千", "万"};
    StringBuilder out = new StringBuilder();
    String digits = Integer.toString(n);
    boolean zero = false;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(i) - '0';
      int unit = digits.length() - 1 - i;
      if (d == 0) {
        zero = true;
        continue;
      }
      if (zero) {
        out.append('零');
        zero = false;
      }
      out.append(DIGITS.charAt(d)).append(units[unit]);
    }
    return out.toString();
  }

  private static String legal(int n) {
    String s = counting(n);
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      int d = DIGITS.indexOf(c);
      out.append(d > 0 ? LEGAL.charAt(d) : c == '十' ? '拾' : c == '百' ? '佰' : c == '千' ? '仟' : c);
    }
    return out.toString();
  }

  private static String digitByDigit(int n) {
    StringBuilder out = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) {
      out.append(Character.isDigit(c) ? DIGITS.charAt(c - '0') : c);
    }
    return out.toString();
  }

  private static String fullWidth(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
    }
    return out.toString();
  }

  private static String roman(int n) {
    if (n <= 0 || n >= 4000) {
      return Integer.toString(n);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] letters = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      for (; n >= values[i]; n -= values[i]) {
        out.append(letters[i]);
      }
    }
    return out.toString();
  }

  /** Word's letters: A … Z, then AA, BB …, then AAA. */
  private static String letters(int n) {
    if (n <= 0) {
      return Integer.toString(n);
    }
    return String.valueOf((char) ('A' + (n - 1) % 26)).repeat(Math.min(50, (n - 1) / 26 + 1));
  }

  private static String chicago(int n) {
    if (n <= 0) {
      return Integer.toString(n);
    }
    String[] marks = {"*", "†", "‡", "§"};
    return marks[(n - 1) % 4].repeat(Math.min(50, (n - 1) / 4 + 1));
  }

  private static String ordinalSuffix(int n) {
    int tens = n % 100;
    if (tens >= 11 && tens <= 13) {
      return "th";
    }
    return switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  /** A custom format's first example ({@code 001} of {@code 001, 002, 003, ...}) gives the width of zero-padded numbers. */
  private static String custom(int n, String pattern) {
    String first = pattern == null ? "" : pattern.split(",")[0].strip();
    String s = Integer.toString(n);
    if (!first.isEmpty() && first.chars().allMatch(Character::isDigit) && first.length() > s.length()) {
      return "0".repeat(first.length() - s.length()) + s;
    }
    return s;
  }
}
