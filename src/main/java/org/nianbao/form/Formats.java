package org.nianbao.form;

import java.util.EnumSet;
import java.util.Set;

/** Reads the format column of the templates: {@code 2019}, {@code 2021} or {@code both}. */
final class Formats {
  private Formats() {}

  static Set<Format> parse(String column) {
    if (column.equals("both")) {
      return EnumSet.allOf(Format.class);
    }
    return EnumSet.of(
        Format.ofCode(column)
            .orElseThrow(() -> new IllegalStateException("unknown format in templates: " + column)));
  }
}
