package org.nianbao.normalize;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
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

  private static final Pattern OPENING = Pattern.compile("[(（](" + LETTER + "{1,7})[)）]");

  private static final Predicate<String> IS_LETTER = Pattern.compile(LETTER).asMatchPredicate();

  private static final List<String> INITIALS = List.of("", "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w");

  private static final List<String> FINALS = List.of("iang", "iong", "uang", "ang", "eng", "ing", "ong", "iao", "ian", "uai", "uan", "van", "ai", "ei",
      "ao", "ou", "an", "en", "in", "un", "vn", "ia", "ie", "iu", "ua", "uo", "ui", "ue", "ve", "er", "a", "o", "e", "i", "u", "v");

  /** Finals that a syllable with no initial may not be (they only follow an initial). */
  private static final Set<String> NEEDS_INITIAL = Set.of("iu", "ui", "un", "vn", "ve", "v", "ue", "in", "ing", "ie", "ia", "ian", "iang", "iao", "iong", "ua", "uo", "uai", "uan", "uang", "van", "i", "u");

  /** The first pinyin letter beyond ASCII; {@link Tables#PLAIN} runs from it to the last, ḿ. */
  private static final char FIRST_TONED = 'à';

  private Pinyin() {}

  /**
   * Built at the first bracket that may hold a syllable, not when the class loads: most reports
   * have none, and building them took several milliseconds of a fresh JVM's one report.
   */
  private static final class Tables {
    /** Combining marks: the tones, once a syllable is decomposed. */
    private static final Pattern MARK = Pattern.compile("\\p{M}");

    /** Every syllable without its tone: an initial or none, a final, and an optional erhua r. */
    static final Set<String> SYLLABLES = syllables();

    /** Each pinyin letter beyond ASCII without its marks (decomposed, marks dropped), by {@code c - FIRST_TONED}. */
    static final String[] PLAIN = plainLetters();

    private static Set<String> syllables() {
      Set<String> all = new HashSet<>();
      for (String initial : INITIALS) {
        for (String fin : FINALS) {
          if (!initial.isEmpty() || !NEEDS_INITIAL.contains(fin)) {
            all.add(initial + fin);
            all.add(initial + fin + "r");
          }
        }
      }
      return Set.copyOf(all);
    }

    private static String[] plainLetters() {
      String[] plain = new String['ḿ' + 1 - FIRST_TONED];
      for (int i = 0; i < plain.length; i++) {
        String c = String.valueOf((char) (FIRST_TONED + i));
        if (IS_LETTER.test(c)) {
          plain[i] = MARK.matcher(Normalizer.normalize(c, Normalizer.Form.NFD)).replaceAll("").replace('ü', 'v');
        }
      }
      return plain;
    }
  }

  /**
   * The text without each bracket of pinyin that follows a Chinese character, and the spaces or line
   * break between them. Brackets are found by hand and the character before each looked at, as a
   * pattern looking behind at every position of the paragraph cost more than the rest of it.
   */
  static String strip(String text) {
    if (!opensPinyin(text)) {
      return text;
    }
    Matcher m = OPENING.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int kept = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '(' && c != '（' || !m.region(i, text.length()).lookingAt()) {
        continue;
      }
      int before = i;
      while (before > 0 && isSpace(text.charAt(before - 1))) {
        before--;
      }
      if (before > 0 && isHanzi(text.charAt(before - 1))) {
        String syllable = m.group(1);
        boolean wrapped = before < i;
        if (wrapped ? toned(syllable) : isSyllable(syllable)) {
          out.append(text, kept, before);
          kept = m.end();
        }
      }
      i = m.end() - 1;
    }
    return kept == 0 ? text : out.append(text, kept, text.length()).toString();
  }

  /** The white space of a pattern's {@code \\s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
    StringBuilder plain = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int toned = c - FIRST_TONED;
      String letter = toned >= 0 && toned < Tables.PLAIN.length ? Tables.PLAIN[toned] : null;
      if (letter == null) {
        plain.append(c);
      } else {
        plain.append(letter);
      }
    }
    return Tables.SYLLABLES.contains(plain.toString());
  }
}
