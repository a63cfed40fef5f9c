package org.nianbao.workbook;

import java.util.EnumMap;
import java.util.Map;
import org.nianbao.xlsx.Highlight;
import org.nianbao.xlsx.Style;
import org.nianbao.xlsx.Style.Align;

/** The few cell styles a nianbao workbook uses. */
final class Styles {
  /** A font with CJK glyphs in Excel, WPS and LibreOffice (substituted where missing). */
  static final String FONT = "宋体";

  /** What a failing check paints: rose. */
  static final Highlight FAILING = Highlight.fill("FF99CC");

  /** What a value cell shows. */
  enum Value {
    COUNT,
    SIGNED,
    AMOUNT,
    TEXT
  }

  /** How a value cell was reached: read plainly, inferred (flagged), or unread. */
  enum Mark {
    PLAIN,
    INFERRED,
    UNREAD
  }

  static final Style BASE = Style.plain(FONT, 11);
  static final Style TITLE = BASE.bold().points(14).align(Align.LEFT).valign(Align.CENTER);
  static final Style FORM_TITLE = BASE.bold().points(14).align(Align.CENTER).valign(Align.CENTER);
  static final Style HEADER = BASE.bold().boxed().align(Align.CENTER).valign(Align.CENTER).wrap().fill("D9D9D9");
  static final Style LABEL = BASE.boxed().valign(Align.CENTER).wrap();
  static final Style TEXT = BASE.valign(Align.TOP);
  static final Style WRAPPED = BASE.valign(Align.TOP).wrap();
  static final Style BOLD = BASE.bold().valign(Align.TOP).wrap();
  static final Style LINK = BASE.link("0000FF").valign(Align.TOP);
  static final Style CENTERED = BASE.align(Align.CENTER).valign(Align.TOP);
  static final Style NUMBER = BASE.valign(Align.TOP).format("0.##");
  static final Style FIGURE = BASE.valign(Align.TOP).align(Align.LEFT).format("0.##");

  private static final Map<Value, Map<Mark, Style>> VALUES = new EnumMap<>(Value.class);

  static {
    for (Value kind : Value.values()) {
      Map<Mark, Style> byMark = new EnumMap<>(Mark.class);
      for (Mark mark : Mark.values()) {
        byMark.put(mark, valueStyle(kind, mark));
      }
      VALUES.put(kind, byMark);
    }
  }

  private Styles() {}

  static Style value(Value kind, Mark mark) {
    return VALUES.get(kind).get(mark);
  }

  private static Style valueStyle(Value kind, Mark mark) {
    Style s = BASE.boxed().valign(Align.CENTER).align(kind == Value.TEXT ? Align.CENTER : Align.RIGHT).format(switch (kind) {
      case COUNT -> "0";
      case SIGNED -> "+0;-0;0";
      case AMOUNT -> "0.00";
      case TEXT -> "@";
    });
    return mark == Mark.PLAIN ? s : s.fill(mark == Mark.UNREAD ? "FFFF00" : "FFCC99");
  }
}
