package org.nianbao.read.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.nianbao.doc.Document;
import org.nianbao.doc.Grid;
import org.nianbao.doc.Picture;
import org.nianbao.doc.SourcePos;
import org.nianbao.read.BinaryReportReader;
import org.nianbao.read.ReadException;
import org.nianbao.read.ocr.Images;
import org.nianbao.read.text.LineBlocks;
import org.nianbao.read.word.DocxContent.Block;
import org.nianbao.read.word.DocxContent.Para;
import org.nianbao.read.word.DocxContent.Row;
import org.nianbao.read.word.DocxContent.Table;
import org.nianbao.read.word.DocxContent.TableCell;

/**
 * Reads Word 2007+ reports (DOCX): paragraphs as lines (so tab-led rows read as they do in a text
 * copy), real tables as grids with gridSpan and vMerge expanded the way the HTML reader expands
 * colspan and rowspan, and pictures where they stand. A table whose cells hold tables is page
 * layout and is read through. The XML is read as a stream ({@link DocxContent}): POI's XWPF built
 * an object tree of every element first, which took about 60 % of the reading time and loaded some
 * 800 classes at every start.
 */
public final class DocxReportReader implements BinaryReportReader {
  @Override
  public boolean accepts(byte[] bytes) {
    return BinaryReportReader.startsWith(bytes, 0x50, 0x4B, 0x03, 0x04);
  }

  @Override
  public Document read(String source, byte[] bytes) throws ReadException {
    Map<String, byte[]> parts = ZipGuard.parts(bytes);
    try {
      String main = Relationships.mainDocument(parts);
      Relationships rels = Relationships.of(parts, main);
      Walk walk = new Walk(parts, rels);
      walk.body(DocxContent.of(parts.get(main)));
      return new Document(source, walk.lines.blocks(), List.of(), headlines(parts, rels));
    } catch (XMLStreamException | RuntimeException e) {
      throw ReadException.because("DOCX", e);
    }
  }

  /** The text of the page headers: a title some reports put there, and only there. */
  private static List<String> headlines(Map<String, byte[]> parts, Relationships rels) throws XMLStreamException {
    List<String> out = new ArrayList<>();
    for (Relationships.Target header : rels.ofKind("header")) {
      byte[] xml = parts.get(header.part());
      if (xml == null) {
        continue;
      }
      for (String text : DocxContent.lines(DocxContent.of(xml))) {
        for (String line : text.split("\n")) {
          if (!line.isBlank()) {
            out.add(line.strip());
          }
        }
      }
    }
    return out;
  }

  /** The state of one walk over a document body: blocks so far and counters for positions. */
  private static final class Walk {
    private final LineBlocks lines = new LineBlocks();
    private final Map<String, byte[]> parts;
    private final Relationships rels;
    private int paragraphs;
    private int tables;

    Walk(Map<String, byte[]> parts, Relationships rels) {
      this.parts = parts;
      this.rels = rels;
    }

    void body(List<Block> blocks) {
      for (Block b : blocks) {
        if (b instanceof Para p) {
          paragraph(p);
        } else if (b instanceof Table t) {
          table(t);
        }
      }
    }

    private void paragraph(Para p) {
      paragraphs++;
      SourcePos pos = new SourcePos(0, "p[" + paragraphs + "]");
      for (String line : p.text().split("\n", -1)) {
        lines.line(line, pos);
      }
      for (String id : p.pictures()) {
        String part = rels.byId(id).map(Relationships.Target::part).orElse("");
        byte[] bytes = parts.get(part);
        String name = bytes == null ? "" : part.substring(part.lastIndexOf('/') + 1);
        lines.block(new Picture(name, pos, false, bytes == null ? null : () -> Images.decode(bytes)));
      }
    }

    private void table(Table t) {
      if (holdsTables(t)) {
        for (Row row : t.rows()) {
          for (TableCell cell : row.cells()) {
            body(cell.content());
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
          grid.cell(text(cell), Grid.boundedSpan(cell.span()), cell.continuesMerge(), false, new SourcePos(0, path + "/tr[" + (r + 1) + "]/td[" + (c + 1) + "]"));
        }
      }
      lines.block(grid.build());
    }

    private static boolean holdsTables(Table t) {
      return t.rows().stream().flatMap(r -> r.cells().stream()).flatMap(c -> c.content().stream()).anyMatch(b -> b instanceof Table);
    }

    /** A cell's paragraphs run together: a header wrapped as 本年新↵制作数量 is one label. */
    private static String text(TableCell cell) {
      StringBuilder s = new StringBuilder();
      for (Block b : cell.content()) {
        if (b instanceof Para p) {
          s.append(p.text().replace('\n', ' '));
        }
      }
      return s.toString();
    }
  }
}
