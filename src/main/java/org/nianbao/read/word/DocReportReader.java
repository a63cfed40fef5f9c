package org.nianbao.read.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.PicturesTable;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.nianbao.message.Message;
import org.nianbao.doc.Block;
import org.nianbao.doc.Document;
import org.nianbao.doc.Grid;
import org.nianbao.doc.Picture;
import org.nianbao.read.ocr.Images;
import org.nianbao.doc.SourcePos;
import org.nianbao.read.BinaryReportReader;
import org.nianbao.read.Budget;
import org.nianbao.read.ReadException;
import org.nianbao.read.text.LineBlocks;

/**
 * Reads Word 97–2003 reports (DOC) with POI's HWPF, as far as that format allows: paragraphs as
 * lines, tables as grids whose columns are the distinct cell edges of all rows (so a wide cell
 * spans the columns it covers), vertically merged cells as span copies, and inline pictures.
 */
public final class DocReportReader implements BinaryReportReader {
  /** Cell edges closer than this (in twips, 1/1440 inch) are one column boundary. */
  private static final int EDGE_TOLERANCE = 30;

  @Override
  public boolean accepts(byte[] bytes) {
    return BinaryReportReader.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
  }

  @Override
  public Document read(String source, byte[] bytes) throws ReadException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      if (fs.getRoot().hasEntry("EncryptedPackage")) {
        throw new ReadException(Message.of("error.word_encrypted"));
      }
      if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")) {
        throw new ReadException(Message.of("error.spreadsheet"));
      }
      if (!fs.getRoot().hasEntry("WordDocument")) {
        throw new ReadException(Message.of("error.not_word"));
      }
      try (HWPFDocument doc = new HWPFDocument(fs)) {
        return new Document(source, blocks(doc), List.of());
      }
    } catch (ReadException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw ReadException.because("DOC", e);
    }
  }

  private static List<Block> blocks(HWPFDocument doc) {
    LineBlocks lines = new LineBlocks();
    PicturesTable pictures = doc.getPicturesTable();
    Range range = doc.getRange();
    int tables = 0;
    int layoutLevel = 0;
    for (int i = 0; i < range.numParagraphs(); i++) {
      Budget.spend(Budget.Work.PARAGRAPHS, 1);
      Paragraph p = range.getParagraph(i);
      SourcePos pos = new SourcePos(0, "p[" + (i + 1) + "]");
      int level = p.isInTable() ? p.getTableLevel() : 0;
      layoutLevel = Math.min(layoutLevel, level);
      if (level > layoutLevel) {
        Table t = range.getTable(p);
        if (holdsTables(t)) {
          // A table around tables is page layout: its text reads as paragraphs, its tables as tables.
          layoutLevel = level;
        } else {
          // A table's paragraphs are passed over below: they are spent from the budget before its grid is built.
          Budget.spend(Budget.Work.PARAGRAPHS, t.numParagraphs());
          tables++;
          lines.block(grid(t, "table[" + tables + "]"));
          i += Math.max(0, t.numParagraphs() - 1);
          continue;
        }
      }
      for (String line : clean(p.text()).split("\n", -1)) {
        lines.line(line, pos);
      }
      for (int r = 0; r < p.numCharacterRuns(); r++) {
        CharacterRun run = p.getCharacterRun(r);
        if (pictures.hasPicture(run)) {
          org.apache.poi.hwpf.usermodel.Picture picture = pictures.extractPicture(run, false);
          byte[] bytes = picture == null ? null : picture.getContent();
          lines.block(new Picture(picture == null ? "" : picture.suggestFullFileName(), pos, false, bytes == null ? null : () -> Images.decode(bytes)));
        } else if (pictures.hasEscherPicture(run)) {
          lines.block(new Picture("", pos));
        }
      }
    }
    return lines.blocks();
  }

  private static boolean holdsTables(Table t) {
    for (int k = 0; k < t.numParagraphs(); k++) {
      if (t.getParagraph(k).getTableLevel() > t.getTableLevel()) {
        return true;
      }
    }
    return false;
  }

  private static Grid grid(Table t, String path) {
    TreeSet<Integer> edges = new TreeSet<>();
    for (int r = 0; r < t.numRows(); r++) {
      TableRow row = t.getRow(r);
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        addEdge(edges, cell.getLeftEdge());
        addEdge(edges, cell.getLeftEdge() + cell.getWidth());
      }
    }
    List<Integer> columns = List.copyOf(edges);
    WordGrid grid = new WordGrid(path);
    for (int r = 0; r < t.numRows(); r++) {
      TableRow row = t.getRow(r);
      int first = row.numCells() == 0 ? 0 : column(columns, row.getCell(0).getLeftEdge());
      grid.startRow(first);
      boolean damaged = damaged(row);
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        int from = column(columns, cell.getLeftEdge());
        int to = column(columns, cell.getLeftEdge() + cell.getWidth());
        boolean continues = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
        SourcePos pos = new SourcePos(0, path + "/tr[" + (r + 1) + "]/td[" + (c + 1) + "]");
        grid.cell(clean(cell.text()).replace('\n', ' '), Math.max(1, to - from), continues, damaged, pos);
      }
    }
    return grid.build();
  }

  /**
   * Every paragraph of a row but its end mark belongs to one of its cells. When a cell mark is lost
   * (a damaged file), cells run together and the row's end mark is taken for a cell: the cells no
   * longer line up with the columns.
   */
  private static boolean damaged(TableRow row) {
    int inCells = 0;
    for (int c = 0; c < row.numCells(); c++) {
      inCells += row.getCell(c).numParagraphs();
    }
    return inCells != row.numParagraphs() - 1;
  }

  private static void addEdge(TreeSet<Integer> edges, int x) {
    Integer near = edges.floor(x + EDGE_TOLERANCE);
    if (near == null || x - near > EDGE_TOLERANCE) {
      edges.add(x);
    }
  }

  /** The index of the column boundary nearest to x. */
  private static int column(List<Integer> edges, int x) {
    int best = 0;
    for (int i = 1; i < edges.size(); i++) {
      if (Math.abs(edges.get(i) - x) < Math.abs(edges.get(best) - x)) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Word's control characters out of the text: field codes (the instruction between 0x13 and
   * 0x14 is dropped, the result kept), cell and row marks, picture anchors; paragraph and line
   * breaks become newlines.
   */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int fieldDepth = 0;
    boolean inInstruction = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0x13) {
        fieldDepth++;
        inInstruction = true;
      } else if (c == 0x14) {
        inInstruction = false;
      } else if (c == 0x15) {
        fieldDepth = Math.max(0, fieldDepth - 1);
        inInstruction = false;
      } else if (inInstruction && fieldDepth > 0) {
        continue;
      } else if (c == '\r' || c == 0x0B) {
        out.append('\n');
      } else if (c == '\t' || c >= 0x20) {
        out.append(c);
      }
    }
    String s = out.toString();
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }
}
