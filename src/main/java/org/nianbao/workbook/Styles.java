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
  static final String ROSE = "FF99CC";
  static final Highlight FAILING = Highlight.fill(ROSE);
  /** A value a person should look at (需核对): orange. */
  static final String ORANGE = "FFCC99";
  /** A cell not read: yellow. */
  static final String YELLOW = "FFFF00";
  /** A value inferred in a way the checks confirm (说明): pale blue, there but quiet. */
  static final String PALE = "DDEBF7";
  /** A value a person corrected in the workbook (人工更正): pale green. */
  static final String GREEN = "C6EFCE";

  /** What a value cell shows. */
  enum Value {
    COUNT,
    SIGNED,
    AMOUNT,
    TEXT
  }

  /** How a value cell was reached: read plainly, inferred as the checks confirm (说明), to be looked at (需核对), or unread. */
  enum Mark {
    PLAIN(null),
    NOTE(PALE),
    CORRECTED(GREEN),
    REVIEW(ORANGE),
    UNREAD(YELLOW);

    final String fill;

    Mark(String fill) {
      this.fill = fill;
    }
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
  /** A count (件) beside text: whole numbers, shown alike by every program. */
  static final Style NUMBER = BASE.valign(Align.TOP).format("0");
  /** An amount (万元) beside text: always its two decimals. */
  static final Style AMOUNT = BASE.valign(Align.TOP).format("0.00");
  /** A problem stated on 概况 (tables not found): bold on yellow, as unread cells are. */
  static final Style PROBLEM = BASE.bold().valign(Align.TOP).wrap().fill(YELLOW);
  static final Style FIGURE = BASE.valign(Align.TOP).align(Align.LEFT).format("0");

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

  /**
   * {@code style}, or, for a number with more decimals than it shows (a count printed as 2.5, a
   * flagged oddity), the same with as many decimals as the number has: a cell never shows a number
   * other than the one it holds.
   */
  static Style exact(Style style, java.math.BigDecimal number) {
    int scale = Math.min(6, number.stripTrailingZeros().scale());
    String code = style.numberFormat();
    int shown = code.contains(".") ? code.length() - code.indexOf('.') - 1 : 0;
    String digits = "0." + "0".repeat(Math.max(scale, 0));
    if (scale <= 0 || scale <= shown) {
      return style;
    }
    if (code.equals("+0;-0;0")) {
      return style.format("+" + digits + ";-" + digits + ";0");
    }
    return code.matches("0(\\.0+)?") ? style.format(digits) : style;
  }

  private static Style valueStyle(Value kind, Mark mark) {
    Style s = BASE.boxed().valign(Align.CENTER).align(kind == Value.TEXT ? Align.CENTER : Align.RIGHT).format(switch (kind) {
      case COUNT -> "0";
      case SIGNED -> "+0;-0;0";
      case AMOUNT -> "0.00";
      case TEXT -> "@";
    });
    return mark == Mark.PLAIN ? s : s.fill(mark.fill);
  }
}
