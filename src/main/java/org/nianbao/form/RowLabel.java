package org.nianbao.form;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a row label is recognised: a pattern over the label key (the label without spaces,
 * punctuation or its numbering), and for labels that are also column headers (其他, 总计) the
 * numbering that confirms them.
 */
public record RowLabel(String row, Set<Format> formats, Pattern pattern, String numbering) {
  public RowLabel {
    formats = Set.copyOf(formats);
  }

  /** Whether a bare match must be confirmed by position or by its numbering. */
  public boolean isWeak() {
    return !numbering.isEmpty();
  }
}
