package org.nianbao.workbook;

import java.util.List;
import org.nianbao.xlsx.Ref;
import org.nianbao.xlsx.Style;

/**
 * What the colours of a sheet mean, written on the sheet itself: each colour as a cell filled with
 * it, naming it, and beside it what it says. Every sheet that colours cells has one.
 */
enum Legend {
  REVIEW(Styles.ORANGE, "需核对", "推断或存疑的数字：请对照报告原文核对（鼠标停在单元格上可看原因，“来源”表逐一列出）"),
  UNREAD(Styles.YELLOW, "未能读取", "nianbao 没有读出这一格，未填任何数字：请按报告原文填写"),
  CORRECTED(Styles.GREEN, "人工更正", "有人在 nianbao 的工作簿中改过的数字：nianbao 原来读取的数字和来源见批注和“来源”表"),
  NOTE(Styles.PALE, "说明", "推断的数字，勾稽关系已印证（如原文省略了空白单元格）：原因见批注和“来源”表"),
  FAILING(Styles.ROSE, "校验不通过", "读取这一格的勾稽关系不成立（见“校验”表），数字有误或原文本身不平衡"),
  CHECK_FAILS(Styles.ROSE, "不通过", "这一条勾稽关系不成立（左边≠右边）：请对照原文核对它读取的数字，原文本身也可能不平衡");

  /** The legend's title, above its colours. */
  static final String TITLE = "颜色说明";
  private static final Style TITLE_STYLE = Styles.BASE.bold();

  private final String fill;
  private final String name;
  private final String meaning;

  Legend(String fill, String name, String meaning) {
    this.fill = fill;
    this.name = name;
    this.meaning = meaning;
  }

  /**
   * Writes the legend from {@code row} (1-based), each colour in column A and its meaning across
   * columns B to {@code lastColumn}; returns the row after it.
   */
  static int write(SheetWriter out, int row, String lastColumn, List<Legend> entries) {
    out.text("A" + row++, TITLE, TITLE_STYLE);
    boolean merge = Ref.columnIndex(lastColumn) > 1;
    for (Legend e : entries) {
      Style swatch = Styles.BASE.boxed().align(Style.Align.CENTER).valign(Style.Align.CENTER).fill(e.fill);
      out.text("A" + row, e.name, swatch);
      Style words = Styles.WRAPPED.valign(Style.Align.CENTER);
      if (merge) {
        out.merge("B" + row + ":" + lastColumn + row, words);
      }
      out.text("B" + row, e.meaning, words);
      row++;
    }
    return row;
  }
}
