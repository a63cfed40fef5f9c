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
  private final List<RowLabel> labels;
  private final Map<String, Integer> rowIndex = new HashMap<>();
  /** Each row's own words as the form prints them (属于国家秘密), to know a misprinted label by. */
  private final String[] own;

  FormRows(List<RowSpec> rows, List<RowLabel> labels) {
    this.rows = rows;
    this.labels = labels;
    this.own = new String[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      rowIndex.put(rows.get(r).key(), r);
      String label = rows.get(r).label().replaceFirst("（也见.*?）$", "");
      own[r] = LabelKey.of(label.substring(label.lastIndexOf(' ') + 1)).key();
    }
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
    for (String words : new String[] {key.key(), key.withoutUnit()}) {
      for (RowLabel l : labels) {
        int r = rowIndex.getOrDefault(l.row(), -1);
        if (r >= 0 && !matched[r] && l.pattern().matcher(words).find() && (!l.isWeak() || r == cursor || l.numbering().equals(key.numbering()))) {
          return r;
        }
      }
    }
    return misprinted(key.withoutUnit(), matched);
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
    String words = t.label().withoutUnit();
    for (RowLabel l : labels) {
      if (rowIndex.getOrDefault(l.row(), -1) == r && (l.pattern().matcher(t.label().key()).find() || l.pattern().matcher(words).find())) {
        return false;
      }
    }
    return true;
  }

  boolean matchesAnyRow(LabelKey key) {
    for (RowLabel l : labels) {
      if (rowIndex.containsKey(l.row()) && l.pattern().matcher(key.key()).find()) {
        return true;
      }
    }
    return false;
  }
}
