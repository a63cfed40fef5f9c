package org.nianbao.read.text;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.doc.Block;
import org.nianbao.doc.Cell;
import org.nianbao.doc.Document;
import org.nianbao.doc.Grid;
import org.nianbao.doc.Paragraph;
import org.nianbao.doc.SourcePos;
import org.nianbao.read.DecodedText;
import org.nianbao.read.ReportReader;

/**
 * Reads plain text copies of reports. Each non-blank line is a paragraph, except where a page was
 * copied as tab-led cells: a run of lines that start with a tab is one table row per blank-line
 * separated chunk, each tab starting a cell (so blank cells are kept) and an untabbed line
 * continuing the cell before it (a header wrapped as 本年新↵制作数量).
 */
public final class TextReportReader implements ReportReader {
  @Override
  public boolean accepts(DecodedText text) {
    return true;
  }

  @Override
  public Document read(String source, DecodedText text) {
    String[] lines = text.text().split("\r\n|\r|\n", -1);
    List<Block> blocks = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    List<Cell> row = null;
    int gridLine = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      boolean tabbed = line.startsWith("\t");
      if (line.isBlank() && !tabbed) {
        row = endRow(rows, row);
        continue;
      }
      if (tabbed) {
        if (rows.isEmpty() && row == null) {
          gridLine = i + 1;
        }
        row = row == null ? new ArrayList<>() : row;
        row.add(new Cell(line.substring(1), SourcePos.line(i + 1), false));
      } else if (row != null && !row.isEmpty()) {
        Cell last = row.remove(row.size() - 1);
        row.add(last.withText(last.text() + line.strip()));
      } else {
        flushGrid(blocks, rows, gridLine);
        blocks.add(new Paragraph(line.strip(), SourcePos.line(i + 1)));
      }
    }
    endRow(rows, row);
    flushGrid(blocks, rows, gridLine);
    return new Document(source, blocks, text.note().stream().toList());
  }

  private static List<Cell> endRow(List<List<Cell>> rows, List<Cell> row) {
    if (row != null && !row.isEmpty()) {
      rows.add(row);
    }
    return null;
  }

  private static void flushGrid(List<Block> blocks, List<List<Cell>> rows, int line) {
    if (!rows.isEmpty()) {
      blocks.add(new Grid(rows, SourcePos.line(line)));
      rows.clear();
    }
  }
}
