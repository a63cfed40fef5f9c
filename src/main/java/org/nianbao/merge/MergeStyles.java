package org.nianbao.merge;

import org.nianbao.xlsx.Highlight;
import org.nianbao.xlsx.Style;
import org.nianbao.xlsx.Style.Align;

/** The styles of the comparison workbook. */
final class MergeStyles {
  static final Style BASE = Style.plain("宋体", 11);
  static final Style HEADER = BASE.bold().wrap().valign(Align.CENTER).align(Align.CENTER).fill("D9D9D9").boxed();
  static final Style TITLE = BASE.bold().points(12);
  static final Style WRAPPED = BASE.wrap().valign(Align.TOP);
  static final Style PERCENT = BASE.format("0%");
  static final Style NUMBER = BASE.format("0.##");
  static final Highlight FAILING = Highlight.fill("FF99CC");

  private MergeStyles() {}
}
