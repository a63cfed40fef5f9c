package org.nianbao.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Style and Highlight write their equality out by hand (see Style): it must mean what a record's does. */
class StyleTest {
  private static final Style BASE = Style.plain("宋体", 11);

  @Test
  void stylesMadeAlikeAreEqualWithEqualHashes() {
    Style a = BASE.bold().boxed().fill("FFFF00").format("0.00").wrap().align(Style.Align.CENTER);
    Style b = Style.plain("宋体", 11).wrap().format("0.00").fill("FFFF00").boxed().bold().align(Style.Align.CENTER);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(new Highlight("FFC7CE", "9C0006"), new Highlight("FFC7CE", "9C0006"));
    assertEquals(Highlight.fill("FFC7CE").hashCode(), new Highlight("FFC7CE", null).hashCode());
  }

  @Test
  void everyComponentTellsStylesApart() {
    List<Style> changed = List.of(Style.plain("黑体", 11), BASE.points(12), BASE.bold(), BASE.link("0000FF").color(null), BASE.color("FF0000"),
        BASE.fill("FFFF00"), BASE.boxed(), BASE.align(Style.Align.LEFT), BASE.valign(Style.Align.TOP), BASE.wrap(), BASE.format("0"));
    for (Style s : changed) {
      assertNotEquals(BASE, s, s.toString());
    }
    assertNotEquals(Highlight.fill("FFC7CE"), new Highlight("FFC7CE", "9C0006"));
  }
}
