package org.nianbao.xlsx;

/** What a conditional format paints over a cell: a fill and, if set, a font colour (RGB hex). */
public record Highlight(String fill, String fontColor) {
  public static Highlight fill(String rgb) {
    return new Highlight(rgb, null);
  }

  // equals and hashCode are written out: a record's own are made of method handles at their first
  // call, and spinning those took milliseconds of every start (see Style).
  @Override
  public boolean equals(Object o) {
    return o instanceof Highlight h && java.util.Objects.equals(fill, h.fill) && java.util.Objects.equals(fontColor, h.fontColor);
  }

  @Override
  public int hashCode() {
    return 31 * java.util.Objects.hashCode(fill) + java.util.Objects.hashCode(fontColor);
  }
}
