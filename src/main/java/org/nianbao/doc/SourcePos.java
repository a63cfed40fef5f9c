package org.nianbao.doc;

/**
 * Where a piece of text was read: a 1-based line (0 when unknown) and, for structured inputs, an
 * element path such as {@code table[2]/tr[5]/td[3]}.
 */
public record SourcePos(int line, String path) {
  /** A position known only by its line. */
  public static SourcePos line(int line) {
    return new SourcePos(line, "");
  }

  /** The position as users read it in messages: {@code line 12} or {@code line 12, table[1]/tr[3]/td[2]}. */
  @Override
  public String toString() {
    String where = line > 0 ? "line " + line : "";
    if (path.isEmpty()) {
      return where;
    }
    return where.isEmpty() ? path : where + ", " + path;
  }
}
