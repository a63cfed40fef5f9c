package org.nianbao.normalize;

import java.text.Normalizer;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the pinyin some sites inject after each character ({@code 定海區(qū)}, {@code 報(bao)告(gao)})
 * while keeping real brackets: only a bracket right after a Chinese character that holds one
 * lowercase pinyin syllable goes, with the line break before it when a PDF line wrapped there
 * ({@code 创↵(chuàng)新}; then only a syllable with a tone mark, never a list item's {@code (a)}).
 */
final class Pinyin {
  /** The letters of pinyin with its tone marks. */
  private static final String LETTER = "[a-zà-ǜüêḿńňǹ]";

  private static final Pattern AFTER_HANZI = Pattern.compile("(?<=[\\u3400-\\u9fff])(\\s*)[(（](" + LETTER + "{1,7})[)）]");

  private static final Pattern OPENING = Pattern.compile("[(（](" + LETTER + "{1,7})[)）]");

  private static final Predicate<String> IS_LETTER = Pattern.compile(LETTER).asMatchPredicate();

  /** The initials of Mandarin syllables, longest first so zh/ch/sh win over z/c/s. */
  private static final Pattern SYLLABLE =
      Pattern.compile("(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)r?");

  /** Finals that a syllable with no initial may not be (they only follow an initial). */
  private static final Set<String> NEEDS_INITIAL = Set.of("iu", "ui", "un", "vn", "ve", "v", "ue", "in", "ing", "ie", "ia", "ian", "iang", "iao", "iong", "ua", "uo", "uai", "uan", "uang", "van", "i", "u");

  private Pinyin() {}

  static String strip(String text) {
    if (!opensPinyin(text)) {
      return text;
    }
    Matcher m = AFTER_HANZI.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String syllable = m.group(2);
      boolean wrapped = !m.group(1).isEmpty();
      boolean drop = wrapped ? toned(syllable) : isSyllable(syllable);
      m.appendReplacement(out, drop ? "" : Matcher.quoteReplacement(m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Whether a bracket opens on a pinyin letter anywhere in the text: the patterns' first test, made
   * by hand, as running the pattern over every paragraph cost more (most have no such bracket).
   */
  private static boolean opensPinyin(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '(' || c == '（') && IS_LETTER.test(text.substring(i + 1, i + 2))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A paragraph's text without the toned pinyin it opens with, when the paragraph before it ended on
   * a Chinese character: the PDF line wrapped between a character and its pinyin.
   */
  static String stripOpening(String text, String before) {
    if (before.isEmpty() || !isHanzi(before.charAt(before.length() - 1))) {
      return text;
    }
    Matcher m = OPENING.matcher(text);
    return m.lookingAt() && toned(m.group(1)) ? text.substring(m.end()) : text;
  }

  private static boolean isHanzi(char c) {
    return c >= '\u3400' && c <= '\u9fff';
  }

  /** A syllable with a tone mark: after a line break only such a bracket is taken for pinyin. */
  private static boolean toned(String s) {
    return isSyllable(s) && s.chars().anyMatch(c -> c > 'z');
  }

  static boolean isSyllable(String s) {
    String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('ü', 'v');
    Matcher m = SYLLABLE.matcher(plain);
    if (!m.matches()) {
      return false;
    }
    return m.group(1) != null || !NEEDS_INITIAL.contains(m.group(2));
  }
}
