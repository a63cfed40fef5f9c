package org.nianbao.read.word;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The counters of automatic list numbering, as Word keeps them while it lays a document out: one
 * counter a level for each list definition (instances of one definition continue each other), a
 * level restarting when a level above it is used, and an instance's start override taking effect
 * the first time that instance numbers that level. Both Word forms number this way; each reader
 * says what its lists are.
 */
final class ListCounters {
  /** Word numbers nine levels, 0–8. */
  static final int LEVELS = 9;

  /**
   * One level of a list definition.
   *
   * @param text what the label shows, {@code %1} … {@code %9} standing for the counters of levels 1–9
   * @param restart after which level (1-based) and those above it this level starts again; 0 never;
   *     -1 after any level above it (Word's default)
   * @param legal every counter in the label printed as a decimal number
   * @param suffix what follows the label: {@code t} a tab, {@code s} a space, {@code n} nothing
   */
  record Level(int start, String format, String custom, String text, int restart, boolean legal, char suffix) {
    static final Level DEFAULT = new Level(1, "decimal", null, "", -1, false, 't');
  }

  private final Map<Object, int[]> values = new HashMap<>();
  private final Set<String> overridden = new HashSet<>();

  /**
   * Counts one paragraph at {@code level} of the list {@code list} (its definition) through
   * {@code instance}, and gives the label it shows followed by what Word puts after it, or "" for a
   * bullet or no label.
   *
   * @param levels the definition's levels, null where it defines none
   * @param starts the instance's start overrides by level, null where it has none
   */
  String next(Object list, Object instance, Level[] levels, Integer[] starts, int level) {
    if (level < 0 || level >= LEVELS) {
      return "";
    }
    int[] v = values.computeIfAbsent(list, k -> unused());
    Level at = level(levels, level);
    Integer override = starts == null ? null : starts[level];
    if (override != null && overridden.add(instance + "\u0000" + list + "\u0000" + level)) {
      v[level] = override;
    } else {
      v[level] = v[level] == Integer.MIN_VALUE ? at.start() : v[level] + 1;
    }
    for (int deeper = level + 1; deeper < LEVELS; deeper++) {
      int restart = level(levels, deeper).restart();
      if (restart < 0 || level < restart) {
        v[deeper] = Integer.MIN_VALUE;
      }
    }
    if (NumberText.isBullet(at.format()) || at.text().isEmpty()) {
      return "";
    }
    String label = label(at, levels, v);
    return label.isEmpty() ? "" : label + suffix(label, at.suffix());
  }

  private static String label(Level at, Level[] levels, int[] v) {
    StringBuilder out = new StringBuilder();
    String text = at.text();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
        int k = text.charAt(++i) - '1';
        Level l = level(levels, k);
        int n = v[k] == Integer.MIN_VALUE ? l.start() : v[k];
        out.append(at.legal() ? Integer.toString(n) : NumberText.of(n, l.format(), l.custom()));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * What follows a label: nothing after a label that ends in punctuation (一、 （一） 1.), where the
   * text runs on; else a space for Word's tab or space, so a label never runs into the words.
   */
  private static String suffix(String label, char suffix) {
    char last = label.charAt(label.length() - 1);
    if (suffix == 'n' || Character.isWhitespace(last) || !Character.isLetterOrDigit(last)) {
      return "";
    }
    return " ";
  }

  private static Level level(Level[] levels, int k) {
    Level l = levels == null || k >= levels.length ? null : levels[k];
    return l == null ? Level.DEFAULT : l;
  }

  private static int[] unused() {
    int[] v = new int[LEVELS];
    java.util.Arrays.fill(v, Integer.MIN_VALUE);
    return v;
  }
}
