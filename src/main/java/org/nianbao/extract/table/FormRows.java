package org.nianbao.extract.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.form.RowLabel;
import org.nianbao.form.RowSpec;

/**
 * The rows of one table of the form and the labels that name them: which row a printed label names,
 * by the form's patterns or, for a long label, by a misprint of the row's own words.
 */
final class FormRows {
  /** A row label is known by a misprint of its words only when they are at least this long. */
  private static final int MIN_MISPRINTED = 6;

  /** Row labels are short; a longer label is running text that happens to contain the words. */
  private static final int MAX_LABEL_KEY = 60;

  private final List<RowSpec> rows;
  /** The labels of this table's rows, and the row each names (an index into {@code rows}). */
  private final List<RowLabel> labels;
  private final int[] labelRow;
  /** For words: which labels' patterns find them, a bit each in the order of {@code labels}. */
  private final Found<Long> finds = new Found<>(this::findsNow);
  /** Each row's own words as the form prints them (属于国家秘密), to know a misprinted label by. */
  private final String[] own;

  FormRows(List<RowSpec> rows, List<RowLabel> labels) {
    this.rows = rows;
    Map<String, Integer> rowIndex = new HashMap<>();
    this.own = new String[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      rowIndex.put(rows.get(r).key(), r);
      String label = withoutCrossReference(rows.get(r).label());
      own[r] = LabelKey.of(label.substring(label.lastIndexOf(' ') + 1)).key();
    }
    this.labels = labels.stream().filter(l -> rowIndex.containsKey(l.row())).toList();
    this.labelRow = this.labels.stream().mapToInt(l -> rowIndex.get(l.row())).toArray();
    if (this.labels.size() > Long.SIZE) {
      throw new IllegalArgumentException("a table of the form has more than " + Long.SIZE + " row labels");
    }
  }

  /** The rows of the form this table has. */
  List<RowSpec> rows() {
    return rows;
  }

  private long findsNow(String words) {
    long bits = 0;
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).pattern().matcher(words).find()) {
        bits |= 1L << i;
      }
    }
    return bits;
  }

  private static boolean has(long bits, int i) {
    return (bits >>> i & 1) != 0;
  }

  /** The label without the form's cross-reference at its end: 其他（也见表三） is 其他. */
  private static String withoutCrossReference(String label) {
    int at = label.indexOf("（也见");
    return at >= 0 && label.endsWith("）") ? label.substring(0, at) : label;
  }

  /**
   * The row not yet found that the label names, or -1; a weak label names only the row expected
   * next ({@code cursor}) or one of its own numbering.
   */
  int match(Token t, boolean[] matched, int cursor) {
    LabelKey key = t.label();
    if (key.key().isEmpty() || key.key().length() > MAX_LABEL_KEY) {
      return -1;
    }
    String bare = key.withoutUnit();
    int r = named(key, key.key(), matched, cursor);
    if (r < 0 && !bare.equals(key.key())) {
      r = named(key, bare, matched, cursor);
    }
    return r >= 0 ? r : misprinted(bare, matched);
  }

  /** The row not yet found whose label's pattern finds these words, or -1. */
  private int named(LabelKey key, String words, boolean[] matched, int cursor) {
    long found = finds.of(words);
    for (int i = 0; i < labels.size(); i++) {
      RowLabel l = labels.get(i);
      int r = labelRow[i];
      if (!matched[r] && has(found, i) && (!l.isWeak() || r == cursor || l.numbering().equals(key.numbering()))) {
        return r;
      }
    }
    return -1;
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
  boolean misprint(Token t, int r) {
    long found = finds.of(t.label().key()) | finds.of(t.label().withoutUnit());
    for (int i = 0; i < labels.size(); i++) {
      if (labelRow[i] == r && has(found, i)) {
        return false;
      }
    }
    return true;
  }

  boolean matchesAnyRow(LabelKey key) {
    return finds.of(key.key()) != 0;
  }
}
