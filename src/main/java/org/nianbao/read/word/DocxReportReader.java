package org.nianbao.read.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.nianbao.document.Document;
import org.nianbao.document.Grid;
import org.nianbao.document.Part;
import org.nianbao.document.Picture;
import org.nianbao.document.SourcePos;
import org.nianbao.message.Message;
import org.nianbao.read.ReportReader;
import org.nianbao.read.Source;
import org.nianbao.read.ReadException;
import org.nianbao.read.ocr.Images;
import org.nianbao.read.text.LineBlocks;
import org.nianbao.read.word.DocxContent.Block;
import org.nianbao.read.word.DocxContent.Chunk;
import org.nianbao.read.word.DocxContent.Inset;
import org.nianbao.read.word.DocxContent.Para;
import org.nianbao.read.word.DocxContent.Row;
import org.nianbao.read.word.DocxContent.Table;
import org.nianbao.read.word.DocxContent.TableCell;

/**
 * Reads Word 2007+ reports (DOCX, and the same as one XML file: Word's flat XML and Word 2003 XML):
 * paragraphs as lines (so tab-led rows read as they do in a text copy), real tables as grids with
 * gridSpan and vMerge expanded the way the HTML reader expands colspan and rowspan, and pictures
 * where they stand. A table whose cells hold tables is page layout and is read through. Text boxes
 * are read where they are anchored; documents embedded in the file (altChunk, OLE objects) are named
 * as parts of the report where they stand, for the registry to read by their own form. The XML is
 * read as a stream ({@link DocxContent}): POI's XWPF built an object tree of every element first,
 * which took about 60 % of the reading time and loaded some 800 classes at every start.
 */
public final class DocxReportReader implements ReportReader {
  /** Reads a Word package (a zip) or a Word document saved as one XML file. */
  @Override
  public Document read(Source input) throws ReadException {
    String source = input.name();
    try {
      Map<String, byte[]> parts = input.startsWith(0x50, 0x4B) ? input.zipParts() : FlatPackage.parts(input.bytes());
      String main = Relationships.mainDocument(parts);
      Relationships rels = Relationships.of(parts, main);
      Styles styles = Styles.of(part(parts, rels, "styles"));
      byte[] lists = part(parts, rels, "numbering");
      Numbering numbering = lists == null ? null : new Numbering(lists, styles);
      Walk walk = new Walk(parts, rels);
      walk.body(DocxContent.of(parts.get(main), styles, numbering, new Notes(part(parts, rels, "settings"))), null);
      return new Document(source, walk.lines.blocks(), walk.notes, headlines(parts, rels, styles), walk.embedded);
    } catch (XMLStreamException | RuntimeException e) {
      throw ReadException.because("DOCX", e);
    }
  }

  /** The first part the document relates to as {@code kind} ({@code styles}, {@code numbering}), or null. */
  private static byte[] part(Map<String, byte[]> parts, Relationships rels, String kind) {
    List<Relationships.Target> targets = rels.ofKind(kind);
    return targets.isEmpty() ? null : parts.get(targets.get(0).part());
  }

  /** The text of the page headers: a title some reports put there, and only there. */
  private static List<String> headlines(Map<String, byte[]> parts, Relationships rels, Styles styles) throws XMLStreamException {
    List<String> out = new ArrayList<>();
    for (Relationships.Target header : rels.ofKind("header")) {
      byte[] xml = parts.get(header.part());
      if (xml == null) {
        continue;
      }
      for (String text : DocxContent.lines(DocxContent.of(xml, styles, null, new Notes(null)))) {
        for (String line : text.split("\n")) {
          if (!line.isBlank()) {
            out.add(line.strip());
          }
        }
      }
    }
    return out;
  }

  /** The state of one walk over a document body: blocks so far, embedded documents, and counters for positions. */
  private static final class Walk {
    private final LineBlocks lines = new LineBlocks();
    private final List<Part> embedded = new ArrayList<>();
    private final List<Message> notes = new ArrayList<>();
    private final Map<String, byte[]> parts;
    private final Relationships rels;
    private int paragraphs;
    private int tables;

    Walk(Map<String, byte[]> parts, Relationships rels) {
      this.parts = parts;
      this.rels = rels;
    }

    /** Reads blocks; {@code anchor} is the position of the paragraph a text box's blocks are anchored in, or null. */
    void body(List<Block> blocks, SourcePos anchor) {
      for (Block b : blocks) {
        if (b instanceof Para p) {
          paragraph(p, anchor);
        } else if (b instanceof Table t) {
          table(t, anchor);
        } else if (b instanceof Chunk c) {
          embed(c.relationship());
        }
      }
    }

    private void paragraph(Para p, SourcePos anchor) {
      SourcePos pos = anchor != null ? anchor : new SourcePos(0, "p[" + ++paragraphs + "]");
      String text = p.text();
      int from = 0;
      for (Inset inset : p.insets()) {
        int at = Math.max(from, Math.min(inset.at(), text.length()));
        lines(text.substring(from, at), pos);
        body(inset.blocks(), pos);
        from = at;
      }
      lines(text.substring(from), pos);
      for (String id : p.pictures()) {
        String part = rels.byId(id).map(Relationships.Target::part).orElse("");
        byte[] bytes = parts.get(part);
        String name = bytes == null ? "" : fileName(part);
        lines.block(new Picture(name, pos, false, bytes == null ? null : () -> Images.decode(bytes)));
      }
      for (String id : p.objects()) {
        embed(id);
      }
    }

    private void lines(String text, SourcePos pos) {
      for (String line : text.split("\n", -1)) {
        lines.line(line, pos);
      }
    }

    /** Names the document a relationship leads to as a part of the report, standing here; one the package does not hold is said. */
    private void embed(String relationship) {
      String part = rels.byId(relationship).map(Relationships.Target::part).orElse("");
      byte[] bytes = parts.get(part);
      String name = part.isEmpty() ? relationship : fileName(part);
      if (bytes == null) {
        notes.add(Message.of("read.part_unreadable", Message.of("part.embedded"), name, Message.of("word.part_absent")));
        return;
      }
      Embedded.Found found = Embedded.of(name, bytes);
      embedded.add(Part.embedded(lines.blocks().size(), found.name(), found.bytes()));
    }

    private void table(Table t, SourcePos anchor) {
      if (holdsBlocks(t)) {
        for (Row row : t.rows()) {
          for (TableCell cell : row.cells()) {
            body(cell.content(), anchor);
          }
        }
        return;
      }
      tables++;
      String path = "table[" + tables + "]";
      WordGrid grid = new WordGrid(path);
      for (int r = 0; r < t.rows().size(); r++) {
        Row row = t.rows().get(r);
        grid.startRow(Math.min(row.gridBefore(), Grid.MAX_SPAN));
        for (int c = 0; c < row.cells().size(); c++) {
          TableCell cell = row.cells().get(c);
          SourcePos pos = new SourcePos(0, path + "/tr[" + (r + 1) + "]/td[" + (c + 1) + "]");
          if (cell.continuesLeft() && !cell.continuesMerge()) {
            grid.continueLeft(Grid.boundedSpan(cell.span()), pos);
          } else {
            grid.cell(text(cell), Grid.boundedSpan(cell.span()), cell.continuesMerge(), false, pos);
          }
        }
      }
      lines.block(grid.build());
      for (Row row : t.rows()) {
        for (TableCell cell : row.cells()) {
          for (Block b : cell.content()) {
            if (b instanceof Para p) {
              p.objects().forEach(this::embed);
            }
          }
        }
      }
    }

    /**
     * Whether a table holds more than text in its cells: tables (in a cell or in a text box in
     * one), or an embedded document. Such a table lays a page out, and is read through.
     */
    private static boolean holdsBlocks(Table t) {
      for (Row r : t.rows()) {
        for (TableCell c : r.cells()) {
          for (Block b : c.content()) {
            if (b instanceof Table || b instanceof Chunk || (b instanceof Para p && p.insets().stream().anyMatch(i -> holdsTable(i.blocks())))) {
              return true;
            }
          }
        }
      }
      return false;
    }

    private static boolean holdsTable(List<Block> blocks) {
      return blocks.stream().anyMatch(b -> b instanceof Table || b instanceof Chunk || (b instanceof Para p && p.insets().stream().anyMatch(i -> holdsTable(i.blocks()))));
    }

    /**
     * A cell's paragraphs run together: a header wrapped as 本年新↵制作数量 is one label; a text box in
     * it adds its lines. A break between two Chinese characters joins them (a narrow or turned header
     * typed a character a line, 社↵会↵公↵益, is one word); other breaks are spaces.
     */
    private static String text(TableCell cell) {
      StringBuilder s = new StringBuilder();
      for (Block b : cell.content()) {
        if (b instanceof Para p) {
          String text = p.text();
          int from = 0;
          for (Inset inset : p.insets()) {
            int at = Math.max(from, Math.min(inset.at(), text.length()));
            s.append(text, from, at);
            for (String line : DocxContent.lines(inset.blocks())) {
              s.append('\n').append(line).append('\n');
            }
            from = at;
          }
          s.append(text, from, text.length());
        }
      }
      return WordGrid.joinLines(s);
    }

    private static String fileName(String part) {
      return part.substring(part.lastIndexOf('/') + 1);
    }
  }
}
