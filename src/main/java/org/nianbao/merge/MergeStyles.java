package org.nianbao.merge;

import org.nianbao.xlsx.Highlight;
import org.nianbao.xlsx.Style;
import org.nianbao.xlsx.Style.Align;

/** The styles of the comparison workbook. */
final class MergeStyles {
  /** Every cell at the top of its row, so that a wrapped note and the name beside it line up. */
  static final Style BASE = Style.plain("宋体", 11).valign(Align.TOP);
  static final Style HEADER = BASE.bold().wrap().valign(Align.CENTER).align(Align.CENTER).fill("D9D9D9").boxed();
  static final Style TITLE = BASE.bold().points(12);
  static final Style WRAPPED = BASE.wrap().valign(Align.TOP);
  static final Style PERCENT = BASE.format("0%");
  /** Counts: whole numbers (never a format with optional decimals, which Excel shows as "423."). */
  static final Style NUMBER = BASE.format("0");
  /** Amounts in 万元: two decimals. */
  static final Style AMOUNT = BASE.format("0.00");
  /** Averages and medians of counts: one decimal. */
  static final Style MEAN = BASE.format("0.0");
  /** The colours the report workbooks use, meaning the same here: a failing check, a table or cell not read, a value to be looked at. */
  static final String ROSE = "FF99CC";
  static final String YELLOW = "FFFF00";
  static final String ORANGE = "FFCC99";
  static final Highlight FAILING = Highlight.fill(ROSE);
  static final Style MISSING = BASE.wrap().fill(YELLOW);
  static final Style CENTERED = BASE.align(Align.CENTER);
  static final Style REVIEW = BASE.fill(ORANGE);
  /** A value a person corrected in a report's workbook (人工更正): pale green, as in the report workbooks. */
  static final String GREEN = "C6EFCE";
  static final Style CORRECTED = BASE.fill(GREEN);
  static final Style LINK = BASE.link("0000FF");

  private MergeStyles() {}
}
