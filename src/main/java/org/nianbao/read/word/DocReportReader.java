package org.nianbao.read.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.PicturesTable;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.OfficeDrawing;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.nianbao.document.Document;
import org.nianbao.document.Grid;
import org.nianbao.document.Part;
import org.nianbao.document.Picture;
import org.nianbao.document.SourcePos;
import org.nianbao.read.Budget;
import org.nianbao.read.ReadException;
import org.nianbao.read.ReportReader;
import org.nianbao.read.Source;
import org.nianbao.read.ocr.Images;
import org.nianbao.read.text.LineBlocks;

/**
 * Reads Word 97–2003 reports (DOC) with POI's HWPF, as far as that format allows: paragraphs as
 * lines, tables as grids whose columns are the distinct cell edges of all rows (so a wide cell
 * spans the columns it covers), vertically merged cells as span copies, and inline pictures. The
 * text is what Word shows: hidden text and deleted revisions left out (a deleted or hidden paragraph
 * mark runs its paragraph on into the next), a deleted row left out, list numbers as the labels Word
 * prints, raised text and footnote references kept as marks (U+FFF9 … U+FFFB), text boxes read
 * where they are anchored, and embedded documents (OLE objects) named as parts of the report.
 */
public final class DocReportReader implements ReportReader {
  /** Cell edges closer than this (in twips, 1/1440 inch) are one column boundary. */
  private static final int EDGE_TOLERANCE = 30;

  /** Reads an Office file the detector found to be a Word document (not encrypted, not a workbook). */
  @Override
  public Document read(Source source) throws ReadException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(source.bytes())); HWPFDocument doc = new HWPFDocument(fs)) {
      Reading reading = new Reading(doc);
      reading.walk(doc.getRange(), null);
      return new Document(source.name(), reading.lines.blocks(), List.of(), List.of(), reading.parts);
    } catch (IOException | RuntimeException e) {
      throw ReadException.because("DOC", e);
    }
  }

  /** One reading of a document: its blocks, the parts it embeds, list counters and note numbers. */
  private static final class Reading {
    private final HWPFDocument doc;
    private final PicturesTable pictures;
    private final LineBlocks lines = new LineBlocks();
    private final List<Part> parts = new ArrayList<>();
    private final DocListLabels labels = new DocListLabels();
    /** The main text boxes, found when a run first anchors a drawing, taken out as they are read where they are anchored. */
    private Map<Integer, Range> textboxes;
    private int tables;

    Reading(HWPFDocument doc) {
      this.doc = doc;
      this.pictures = doc.getPicturesTable();
    }

    /** Reads a range's paragraphs and tables; {@code anchor} is where a text box's range is anchored, or null for the body. */
    void walk(Range range, SourcePos anchor) {
      int layoutLevel = 0;
      StringBuilder pending = new StringBuilder();
      for (int i = 0; i < range.numParagraphs(); i++) {
        Budget.spend(Budget.Work.PARAGRAPHS, 1);
        Paragraph p = range.getParagraph(i);
        SourcePos pos = anchor != null ? anchor : new SourcePos(0, "p[" + (i + 1) + "]");
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
            flush(pending, pos);
            tables++;
            List<CharacterRun> objects = new ArrayList<>();
            lines.block(grid(t, "table[" + tables + "]", objects));
            objects.forEach(this::embedded);
            i += Math.max(0, t.numParagraphs() - 1);
            continue;
          }
        }
        // A paragraph's runs are made once: HWPF builds each run's properties anew at every call.
        List<CharacterRun> runs = runs(p);
        pending.append(labels.of(p)).append(text(runs, null));
        if (!runsOn(p, runs)) {
          flush(pending, pos);
        }
        anchored(runs, pos);
      }
      flush(pending, anchor != null ? anchor : new SourcePos(0, "p[" + range.numParagraphs() + "]"));
    }

    private void flush(StringBuilder text, SourcePos pos) {
      if (text.length() == 0) {
        return;
      }
      for (String line : text.toString().split("\n", -1)) {
        lines.line(line, pos);
      }
      text.setLength(0);
    }

    private static List<CharacterRun> runs(Range range) {
      int n = range.numCharacterRuns();
      List<CharacterRun> out = new ArrayList<>(n);
      for (int r = 0; r < n; r++) {
        out.add(range.getCharacterRun(r));
      }
      return out;
    }

    /** What a paragraph's runs anchor: pictures, text boxes and embedded documents, after its text. */
    private void anchored(List<CharacterRun> runs, SourcePos pos) {
      for (CharacterRun run : runs) {
        if (run.isVanished() || run.isMarkedDeleted()) {
          continue;
        }
        if (run.isOle2() && run.isSpecialCharacter()) {
          embedded(run);
        } else if (pictures.hasPicture(run)) {
          org.apache.poi.hwpf.usermodel.Picture picture = pictures.extractPicture(run, false);
          byte[] bytes = picture == null ? null : picture.getContent();
          lines.block(new Picture(picture == null ? "" : picture.suggestFullFileName(), pos, false, bytes == null ? null : () -> Images.decode(bytes)));
        } else if (!textbox(run, pos) && pictures.hasEscherPicture(run)) {
          lines.block(new Picture("", pos));
        }
      }
    }

    /** Reads the text boxes of the drawn objects in a run where they are anchored; false when it anchors none. */
    private boolean textbox(CharacterRun run, SourcePos pos) {
      String text = run.text();
      boolean found = false;
      for (int k = 0; k < text.length(); k++) {
        if (text.charAt(k) != 0x08) {
          continue;
        }
        OfficeDrawing drawing = doc.getOfficeDrawingsMain().getOfficeDrawingAt(run.getStartOffset() + k);
        if (drawing != null && textboxes == null) {
          textboxes = DocTextBoxes.of(doc);
        }
        Range box = drawing == null ? null : textboxes.remove(drawing.getShapeId());
        if (box != null) {
          walk(box, pos);
          found = true;
        }
      }
      return found;
    }

    /** Names the document an OLE object holds as a part of the report, where it stands. */
    private void embedded(CharacterRun run) {
      String id = "_" + run.getPicOffset();
      Entry entry = doc.getObjectsPool() == null ? null : doc.getObjectsPool().getObjectById(id);
      if (entry instanceof DirectoryEntry storage) {
        Embedded.Found found = Embedded.of(id, storage);
        if (found != null) {
          parts.add(Part.embedded(lines.blocks().size(), found.name(), found.bytes()));
        }
      }
    }

    /** Whether a paragraph's mark is deleted or hidden, so its text runs on into the next paragraph's. */
    private static boolean runsOn(Paragraph p, List<CharacterRun> runs) {
      if (p.isInTable() || runs.isEmpty()) {
        return false;
      }
      CharacterRun last = runs.get(runs.size() - 1);
      String text = last.text();
      return text.endsWith("\r") && (last.isMarkedDeleted() || last.isVanished());
    }

    /**
     * The text Word shows of a range: hidden and deleted runs left out; field codes out, their
     * results kept; raised or lowered runs and footnote and endnote references as marks; paragraph
     * and line breaks as newlines, the last one dropped. The embedded objects among the runs are added
     * to {@code objects}, when it is given.
     */
    private String text(List<CharacterRun> runs, List<CharacterRun> objects) {
      StringBuilder out = new StringBuilder();
      int fieldDepth = 0;
      boolean inInstruction = false;
      boolean inMark = false;
      for (CharacterRun run : runs) {
        String text = run.text();
        boolean shown = !run.isVanished() && !run.isMarkedDeleted();
        boolean raised = run.getSubSuperScriptIndex() != 0;
        if (objects != null && shown && run.isOle2() && run.isSpecialCharacter()) {
          objects.add(run);
        }
        for (int k = 0; k < text.length(); k++) {
          char c = text.charAt(k);
          if (c == 0x13) {
            fieldDepth++;
            inInstruction = true;
          } else if (c == 0x14) {
            inInstruction = false;
          } else if (c == 0x15) {
            fieldDepth = Math.max(0, fieldDepth - 1);
            inInstruction = false;
          } else if ((inInstruction && fieldDepth > 0) || !shown) {
            continue;
          } else if (c == 0x02 && run.isSpecialCharacter()) {
            inMark = endMark(out, inMark);
            String mark = note(run.getStartOffset() + k);
            if (!mark.isEmpty()) {
              out.append(DocxContent.MARK).append(mark).append(DocxContent.MARK_END);
            }
          } else if (c == '\r' || c == 0x0B) {
            inMark = endMark(out, inMark);
            out.append('\n');
          } else if (c == '\t' || c >= 0x20) {
            if (raised && !Character.isWhitespace(c)) {
              if (!inMark) {
                out.append(DocxContent.MARK);
                inMark = true;
              }
            } else {
              inMark = endMark(out, inMark);
            }
            out.append(c);
          }
        }
      }
      endMark(out, inMark);
      int end = out.length();
      return end > 0 && out.charAt(end - 1) == '\n' ? out.substring(0, end - 1) : out.toString();
    }

    private static boolean endMark(StringBuilder out, boolean inMark) {
      if (inMark) {
        out.append(DocxContent.MARK_END);
      }
      return false;
    }

    /** The number of the footnote or endnote whose reference stands at {@code cp}, as Word prints it. */
    private String note(int cp) {
      int footnote = doc.getFootnotes().getNoteIndexByAnchorPosition(cp);
      if (footnote >= 0) {
        return Integer.toString(footnote + 1);
      }
      int endnote = doc.getEndnotes().getNoteIndexByAnchorPosition(cp);
      return endnote >= 0 ? NumberText.of(endnote + 1, "lowerRoman", null) : "";
    }

    private Grid grid(Table t, String path, List<CharacterRun> objects) {
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
        if (deleted(row)) {
          continue;
        }
        int first = row.numCells() == 0 ? 0 : column(columns, row.getCell(0).getLeftEdge());
        grid.startRow(first);
        boolean damaged = damaged(row);
        for (int c = 0; c < row.numCells(); c++) {
          TableCell cell = row.getCell(c);
          int from = column(columns, cell.getLeftEdge());
          int to = column(columns, cell.getLeftEdge() + cell.getWidth());
          boolean continues = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
          SourcePos pos = new SourcePos(0, path + "/tr[" + (r + 1) + "]/td[" + (c + 1) + "]");
          if (cell.isMerged() && !cell.isFirstMerged() && c > 0) {
            grid.continueLeft(Math.max(1, to - from), pos);
          } else {
            String text = WordGrid.joinLines(cellText(cell, objects));
            // A cell left blank because all it holds is hidden or deleted: so a damaged file can leave one
            // (a run's properties are the only sign), so the blank is not vouched for.
            boolean unsure = text.isBlank() && holdsDroppedText(cell);
            grid.cell(text, Math.max(1, to - from), continues, damaged || unsure, pos);
          }
        }
      }
      return grid.build();
    }

    /** Whether a range holds characters Word does not show: hidden, or deleted by a revision. */
    private static boolean holdsDroppedText(Range range) {
      for (int r = 0; r < range.numCharacterRuns(); r++) {
        CharacterRun run = range.getCharacterRun(r);
        if ((run.isVanished() || run.isMarkedDeleted()) && run.text().chars().anyMatch(c -> c > 0x20)) {
          return true;
        }
      }
      return false;
    }

    /** A cell's paragraphs, each with its list label; the objects embedded in it are added to {@code objects}. */
    private String cellText(TableCell cell, List<CharacterRun> objects) {
      StringBuilder out = new StringBuilder();
      for (int k = 0; k < cell.numParagraphs(); k++) {
        Paragraph p = cell.getParagraph(k);
        if (k > 0) {
          out.append('\n');
        }
        out.append(labels.of(p)).append(text(runs(p), objects));
      }
      String s = out.toString();
      // The cell's end mark (0x07) is no character; its paragraph's break is not a line.
      return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
  }

  /**
   * A row deleted as a revision: its end-of-row mark and every character in it marked deleted, as
   * Word marks a deleted row (an end mark alone marked deleted, as some writers leave one, is not).
   */
  private static boolean deleted(TableRow row) {
    int runs = row.numCharacterRuns();
    if (runs == 0 || !row.getCharacterRun(runs - 1).isMarkedDeleted()) {
      return false;
    }
    for (int k = 0; k < runs; k++) {
      CharacterRun run = row.getCharacterRun(k);
      if (!run.isMarkedDeleted() && run.text().chars().anyMatch(c -> c >= 0x20)) {
        return false;
      }
    }
    return true;
  }

  private static boolean holdsTables(Table t) {
    for (int k = 0; k < t.numParagraphs(); k++) {
      if (t.getParagraph(k).getTableLevel() > t.getTableLevel()) {
        return true;
      }
    }
    return false;
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
}
