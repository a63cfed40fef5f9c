package org.nianbao.read.word;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nianbao.read.Budget;
import org.nianbao.read.word.DocxContent.Block;
import org.nianbao.read.word.DocxContent.Chunk;
import org.nianbao.read.word.DocxContent.Row;
import org.nianbao.read.word.DocxContent.Table;
import org.nianbao.read.word.DocxContent.TableCell;
import org.nianbao.read.word.ParagraphDraft.End;
import org.nianbao.read.word.Styles.ListRef;

/** Reads the blocks of a Word part (paragraphs, tables, embedded documents) from its XML; the runs of each paragraph are read by {@link RunReader}. */
final class BlockReader extends WordPartReader {
  /** Word 2003 XML's hints: its sections wrap the body's paragraphs, and it writes each list label out. */
  private static final String AUX = "http://schemas.microsoft.com/office/word/2003/auxHint";

  private final Styles styles;
  private final Numbering numbering;
  private final RunReader runs;

  BlockReader(XMLStreamReader x, Styles styles, Numbering numbering, Notes notes) {
    super(x);
    this.styles = styles;
    this.numbering = numbering;
    this.runs = new RunReader(x, styles, notes, this);
  }

  /** The blocks of the part whose root the reader stands on: held directly or in {@code w:body}. */
  List<Block> part() throws XMLStreamException {
    ParagraphFlow flow = new ParagraphFlow(numbering);
    children(() -> {
      if (isW("body")) {
        children(() -> block(flow, 0));
      } else {
        block(flow, 0);
      }
    });
    return flow.finish();
  }

  /** The blocks of the container the reader stands on (a text box's content), read at {@code depth}. */
  List<Block> container(int depth) throws XMLStreamException {
    ParagraphFlow box = new ParagraphFlow(numbering);
    children(() -> block(box, depth));
    return box.finish();
  }

  /** Reads the element the reader stands on into {@code out}, if it is block content; else skips it. */
  private void block(ParagraphFlow out, int depth) throws XMLStreamException {
    within(depth);
    if (isW("p")) {
      paragraph(out, depth);
    } else if (isW("tbl")) {
      out.block(table(depth));
    } else if (isW("altChunk")) {
      String id = relationship("id");
      skip();
      if (id != null) {
        out.block(new Chunk(id));
      }
    } else if (isW("sdt")) {
      runs.contentControl(() -> block(out, depth + 1));
    } else if ((isW() && THROUGH.contains(x.getLocalName())) || (AUX.equals(x.getNamespaceURI()) && !x.getLocalName().equals("t"))) {
      children(() -> block(out, depth + 1));
    } else if (isMc("AlternateContent")) {
      firstChoice(() -> block(out, depth + 1));
    } else {
      skip();
    }
  }

  // ---- paragraphs ----

  private void paragraph(ParagraphFlow out, int depth) throws XMLStreamException {
    Budget.spend(Budget.Work.PARAGRAPHS, 1);
    ParagraphDraft p = new ParagraphDraft(styles);
    children(() -> {
      if (isW("pPr")) {
        paragraphProperties(p);
      } else {
        runs.inline(p, depth);
      }
    });
    p.endMark();
    out.paragraph(p);
  }

  /** The paragraph's style, list, frame and mark; a change record ({@code w:pPrChange}) holds properties before a revision and is not read. */
  private void paragraphProperties(ParagraphDraft p) throws XMLStreamException {
    children(() -> {
      if (!isW()) {
        skip();
        return;
      }
      switch (x.getLocalName()) {
        case "pStyle" -> {
          p.style = wAttribute("val");
          skip();
        }
        case "numPr" -> {
          String[] numId = {null};
          Integer[] ilvl = {null};
          children(() -> {
            if (isW("numId")) {
              numId[0] = wAttribute("val");
            } else if (isW("ilvl")) {
              ilvl[0] = WordXml.number(wAttribute("val"), 0);
            }
            skip();
          });
          p.list = new ListRef(numId[0], ilvl[0]);
        }
        case "listPr" -> children(() -> {
          // Word 2003 XML writes the label each list paragraph shows (wx:t).
          if (AUX.equals(x.getNamespaceURI()) && x.getLocalName().equals("t")) {
            p.printedLabel = x.getAttributeValue(AUX, "val");
          }
          skip();
        });
        case "framePr" -> {
          String dropCap = wAttribute("dropCap");
          if ("drop".equals(dropCap) || "margin".equals(dropCap)) {
            // A drop cap is a frame holding the first letters of the next paragraph.
            p.end = End.RUNS_ON;
          }
          skip();
        }
        case "rPr" -> markProperties(p);
        default -> skip();
      }
    });
  }

  /** The paragraph mark's properties: deleted, or hidden. */
  private void markProperties(ParagraphDraft p) throws XMLStreamException {
    children(() -> {
      String name = isW() ? x.getLocalName() : "";
      if (name.equals("del") || name.equals("moveFrom")) {
        p.end = End.DELETED;
      } else if ((name.equals("vanish") || name.equals("specVanish")) && WordXml.on(x)) {
        // A style separator (specVanish) hides the mark only; a hidden mark (vanish) its list label too.
        p.markHidden |= name.equals("vanish");
        if (p.end == End.SHOWN) {
          p.end = End.RUNS_ON;
        }
      }
      skip();
    });
  }

  // ---- tables ----

  private Table table(int depth) throws XMLStreamException {
    List<Row> rows = new ArrayList<>();
    children(() -> collect("tr", this::row, rows, depth));
    return new Table(List.copyOf(rows));
  }

  /** A row, or null for a row deleted by a revision. */
  private Row row(int depth) throws XMLStreamException {
    int[] gridBefore = {0};
    boolean[] deleted = {false};
    List<TableCell> cells = new ArrayList<>();
    children(() -> {
      if (isW("trPr")) {
        children(() -> {
          if (isW("gridBefore") && gridBefore[0] == 0) {
            gridBefore[0] = WordXml.number(wAttribute("val"), 0);
          } else if (isW("del")) {
            deleted[0] = true;
          }
          skip();
        });
      } else {
        collect("tc", this::cell, cells, depth);
      }
    });
    return deleted[0] ? null : new Row(gridBefore[0], List.copyOf(cells));
  }

  /** Reads the element into {@code out} if it is a {@code w:NAME} (and not deleted), looks inside it if it stands in for its content, else skips it. */
  private <T> void collect(String name, Part<T> part, List<T> out, int depth) throws XMLStreamException {
    within(depth);
    if (isW(name)) {
      T read = part.read(depth);
      if (read != null) {
        out.add(read);
      }
    } else if (isW() && THROUGH.contains(x.getLocalName())) {
      children(() -> collect(name, part, out, depth + 1));
    } else {
      skip();
    }
  }

  /** A cell, or null for a cell deleted by a revision ({@code w:cellDel}). */
  private TableCell cell(int depth) throws XMLStreamException {
    Budget.spend(Budget.Work.PARAGRAPHS, 1);
    int[] span = {1};
    boolean[] continues = {false};
    boolean[] left = {false};
    boolean[] deleted = {false};
    ParagraphFlow content = new ParagraphFlow(numbering);
    children(() -> {
      if (isW("tcPr")) {
        children(() -> {
          if (isW("gridSpan")) {
            span[0] = Math.max(1, WordXml.number(wAttribute("val"), 0));
          } else if (isW("vMerge") || isW("vmerge")) {
            String val = wAttribute("val");
            continues[0] = val == null || val.equals("continue");
          } else if (isW("hMerge") || isW("hmerge")) {
            String val = wAttribute("val");
            left[0] = val == null || val.equals("continue");
          } else if (isW("cellDel")) {
            deleted[0] = true;
          }
          skip();
        });
      } else {
        block(content, depth + 1);
      }
    });
    List<Block> blocks = content.finish();
    return deleted[0] ? null : new TableCell(span[0], continues[0], left[0], List.copyOf(blocks));
  }

  // ---- moving through the XML ----

  /** Reads one part of a table (a row, a cell) at a nesting depth; null for one that is not there. */
  private interface Part<T> {
    T read(int depth) throws XMLStreamException;
  }
}
