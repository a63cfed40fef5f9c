package org.nianbao.xlsx;

/** What a conditional format paints over a cell: a fill and, if set, a font colour (RGB hex). */
public record Highlight(String fill, String fontColor) {
  public static Highlight fill(String rgb) {
    return new Highlight(rgb, null);
  }
}
