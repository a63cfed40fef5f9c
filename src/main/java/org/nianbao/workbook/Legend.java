package org.nianbao.workbook;

import java.util.List;
import org.nianbao.message.Message;
import org.nianbao.xlsx.Ref;
import org.nianbao.xlsx.Style;

/**
 * What the colours of a sheet mean, written on the sheet itself: each colour as a cell filled with
 * it, naming it, and beside it what it says. Every sheet that colours cells has one.
 */
enum Legend {
  REVIEW(Styles.ORANGE, Message.of("workbook.legend.review"), Message.of("workbook.legend.review_meaning")),
  UNREAD(Styles.YELLOW, Message.of("workbook.legend.unread"), Message.of("workbook.legend.unread_meaning")),
  CORRECTED(Styles.GREEN, Message.of("workbook.legend.corrected"), Message.of("workbook.legend.corrected_meaning")),
  NOTE(Styles.PALE, Message.of("workbook.legend.note"), Message.of("workbook.legend.note_meaning")),
  FAILING(Styles.ROSE, Message.of("workbook.legend.failing"), Message.of("workbook.legend.failing_meaning")),
  CHECK_FAILS(Styles.ROSE, Message.of("workbook.legend.check_fails"), Message.of("workbook.legend.check_fails_meaning"));

  /** The legend's title, above its colours. */
  static final String TITLE = Message.of("workbook.legend.title").zh();
  private static final Style TITLE_STYLE = Styles.BASE.bold();

  private final String fill;
  private final Message name;
  private final Message meaning;

  Legend(String fill, Message name, Message meaning) {
    this.fill = fill;
    this.name = name;
    this.meaning = meaning;
  }

  /** The colour's name, as its swatch and the 来源 sheet's 类别 column say it. */
  String label() {
    return name.zh();
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
      out.text("A" + row, e.label(), swatch);
      Style words = Styles.WRAPPED.valign(Style.Align.CENTER);
      if (merge) {
        out.merge("B" + row + ":" + lastColumn + row, words);
      }
      out.text("B" + row, e.meaning.zh(), words);
      row++;
    }
    return row;
  }
}
