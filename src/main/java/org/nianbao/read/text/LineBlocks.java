package org.nianbao.read.text;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.document.Block;
import org.nianbao.document.Cell;
import org.nianbao.document.Grid;
import org.nianbao.document.Paragraph;
import org.nianbao.document.SourcePos;

/**
 * Turns lines of text into blocks, the way a text copy of a report is laid out: each non-blank line
 * is a paragraph, except where a page was copied as tab-led cells: a run of lines that start with a
 * tab is one table row per blank-line separated chunk, each tab starting a cell (so blank cells are
 * kept) and an untabbed line continuing the cell before it (a header wrapped as 本年新↵制作数量); a
 * line holding a whole row, its cells parted by tabs, stays one line whose tabs part its cells.
 * Used by every reader whose input is lines: text files, and the paragraphs of Word and PDF files,
 * which can put other blocks (real tables, pictures) between the lines.
 */
public final class LineBlocks {
  private final List<Block> blocks = new ArrayList<>();
  private final List<List<Cell>> rows = new ArrayList<>();
  private List<Cell> row;
  private SourcePos gridPos;

  /** Adds one line read at {@code pos}. */
  public void line(String line, SourcePos pos) {
    line(line, pos, false);
  }

  /** Adds one line read at {@code pos} from a source that may have lost characters of it. */
  public void line(String line, SourcePos pos, boolean damaged) {
    boolean tabbed = line.startsWith("\t");
    if (line.isBlank() && !tabbed) {
      endRow();
      return;
    }
    if (tabbed && line.strip().indexOf('\t') >= 0) {
      // A whole row on one line, its cells parted by tabs (a table pasted from a spreadsheet): a
      // row of its own, whatever tab-led cells came before it.
      endRow();
      flushGrid();
      blocks.add(new Paragraph(Paragraph.trimSpaces(line), pos, damaged));
      return;
    }
    if (tabbed) {
      if (rows.isEmpty() && row == null) {
        gridPos = pos;
      }
      row = row == null ? new ArrayList<>() : row;
      row.add(new Cell(line.substring(1), pos, false, damaged));
    } else if (row != null && !row.isEmpty()) {
      Cell last = row.remove(row.size() - 1);
      row.add(new Cell(last.text() + line.strip(), last.pos(), false, last.damaged() || damaged));
    } else {
      flushGrid();
      blocks.add(new Paragraph(line.strip(), pos, damaged));
    }
  }

  /** Adds a block that is not a line (a real table, a picture); it ends any tab-led rows. */
  public void block(Block block) {
    endRow();
    flushGrid();
    blocks.add(block);
  }

  /** The blocks so far, tab-led rows included. */
  public List<Block> blocks() {
    endRow();
    flushGrid();
    return List.copyOf(blocks);
  }

  private void endRow() {
    if (row != null && !row.isEmpty()) {
      rows.add(row);
    }
    row = null;
  }

  private void flushGrid() {
    if (!rows.isEmpty()) {
      blocks.add(new Grid(rows, gridPos));
      rows.clear();
    }
  }
}
