package org.nianbao.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A section's text cut into sentences: at 。；！？ (full or half width) and at line ends. */
public final class Sentences {
  private static final Pattern END = Pattern.compile("[。；;！!？?\\n]");

  private Sentences() {}

  /** The non-blank sentences, stripped, in order. */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    for (String s : END.split(text)) {
      String t = s.strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
