package org.nianbao.check;

import java.util.ArrayList;
import java.util.List;

/** A section's text cut into sentences: at 。；！？ (full or half width) and at line ends. */
public final class Sentences {
  private static final String ENDS = "。；;！!？?\n";

  private Sentences() {}

  /** The non-blank sentences, stripped, in order. */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || ENDS.indexOf(text.charAt(i)) >= 0) {
        String t = text.substring(from, i).strip();
        if (!t.isEmpty()) {
          out.add(t);
        }
        from = i + 1;
      }
    }
    return out;
  }
}
