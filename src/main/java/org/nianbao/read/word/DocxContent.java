package org.nianbao.read.word;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The content of a Word part (the body, a header) as a reader of the printed page sees it:
 * paragraphs with their text and pictures, tables of cells, and the documents it embeds, parsed
 * straight from the XML.
 *
 * <p>Text is what Word shows with revisions accepted: runs, hyperlinks, simple fields, inserted and
 * moved-here text, content controls and smart tags are read through; deleted and moved-away text,
 * deleted rows and cells, hidden text, comments, field codes and ruby guides are left out, and a
 * deleted or hidden paragraph mark runs its paragraph on into the next. Automatic list numbers are
 * the labels Word prints (一、 （一） 1.). Raised and lowered text and footnote and endnote marks are
 * kept inside the text between U+FFF9 and U+FFFB, never run into a number (the notes themselves are
 * not read). Tabs, breaks and non-breaking hyphens are characters. Text boxes, shapes, groups and
 * canvases are read where they are anchored, their tables as tables. Of alternative content
 * (mc:AlternateContent) the first choice is read, as its fallback repeats it.
 */
final class DocxContent {
  /**
   * One paragraph: its text ({@code \n} at breaks), the relationship ids of its pictures and of the
   * documents embedded in it (OLE objects), and the content of text boxes anchored in it, each at
   * the place in the text where it is anchored.
   */
  record Para(String text, List<String> pictures, List<Inset> insets, List<String> objects) implements Block {
    Para(String text) {
      this(text, List.of(), List.of(), List.of());
    }
  }

  /** The blocks of a text box or shape, anchored {@code at} a character of its paragraph's text. */
  record Inset(int at, List<Block> blocks) {}

  /** One table: rows of cells. */
  record Table(List<Row> rows) implements Block {}

  /** One row; {@code gridBefore} grid columns before its first cell hold no cell. */
  record Row(int gridBefore, List<TableCell> cells) {}

  /**
   * One cell: how many grid columns it spans, whether it continues a vertical merge or (Word 97's
   * {@code w:hMerge}, kept by files converted from DOC) the cell to its left, and its content.
   */
  record TableCell(int span, boolean continuesMerge, boolean continuesLeft, List<Block> content) {}

  /** A document of another form embedded where it stands ({@code w:altChunk}): the relationship id of its part. */
  record Chunk(String relationship) implements Block {}

  sealed interface Block permits Para, Table, Chunk {}

  /** Mark text raised or lowered, and a footnote mark, begins with this and ends with {@link #MARK_END}. */
  static final char MARK = '\uFFF9';
  static final char MARK_END = '\uFFFB';

  private DocxContent() {}

  /** The blocks of a part whose root ({@code w:document}, {@code w:hdr}) holds them, directly or in {@code w:body}; no styles or lists. */
  static List<Block> of(byte[] xml) throws XMLStreamException {
    return of(xml, Styles.NONE, null, new Notes(null));
  }

  /** The blocks of a part read with the file's styles, list numbering (null: none) and note marks. */
  static List<Block> of(byte[] xml, Styles styles, Numbering numbering, Notes notes) throws XMLStreamException {
    XMLStreamReader x = WordPartReader.counted(Relationships.open(xml));
    if (!WordXml.root(x)) {
      return List.of();
    }
    return new BlockReader(x, styles, numbering, notes).part();
  }

  /** The text lines of blocks: paragraphs (with what their text boxes hold), and the paragraphs in tables' cells. */
  static List<String> lines(List<Block> blocks) {
    List<String> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Para p) {
        out.add(p.text());
        for (Inset i : p.insets()) {
          out.addAll(lines(i.blocks()));
        }
      } else if (b instanceof Table t) {
        for (Row r : t.rows()) {
          for (TableCell c : r.cells()) {
            out.addAll(lines(c.content()));
          }
        }
      }
    }
    return out;
  }
}
