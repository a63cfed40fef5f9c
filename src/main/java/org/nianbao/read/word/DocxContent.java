package org.nianbao.read.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.nianbao.read.Budget;

/**
 * The content of a Word part (the body, a header) as a reader sees it: paragraphs with their text
 * and pictures, and tables of cells, parsed straight from the XML.
 *
 * <p>Text is what Word shows: runs, hyperlinks, simple fields, inserted text, content controls and
 * smart tags are read through; deleted and moved-away text, field codes and ruby guides are left
 * out; tabs, breaks and non-breaking hyphens are characters; a text box's paragraphs stand on lines
 * of their own where its anchor is. Of alternative content (mc:AlternateContent) the first choice
 * is read, as its fallback repeats it.
 */
final class DocxContent {
  /** One paragraph: its text ({@code \n} at breaks) and the relationship ids of its pictures, in order. */
  record Para(String text, List<String> pictures) implements Block {}

  /** One table: rows of cells. */
  record Table(List<Row> rows) implements Block {}

  /** One row; {@code gridBefore} grid columns before its first cell hold no cell. */
  record Row(int gridBefore, List<TableCell> cells) {}

  /** One cell: how many grid columns it spans, whether it continues a vertical merge, and its content. */
  record TableCell(int span, boolean continuesMerge, List<Block> content) {}

  sealed interface Block permits Para, Table {}

  private static final Set<String> W = Set.of("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main");
  private static final Set<String> REL = Set.of("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "http://purl.oclc.org/ooxml/officeDocument/relationships");
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";
  private static final String DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main";

  /** Elements whose content is read as if it stood in their place. */
  private static final Set<String> THROUGH = Set.of("sdt", "sdtContent", "customXml", "smartTag", "hyperlink", "fldSimple", "ins", "moveTo", "dir", "bdo");

  /** Deeper nesting of tables and content controls than this is no report's. */
  private static final int MAX_DEPTH = 64;

  private final XMLStreamReader x;

  private DocxContent(XMLStreamReader x) {
    this.x = x;
  }

  /** The blocks of a part whose root ({@code w:document}, {@code w:hdr}) holds them, directly or in {@code w:body}. */
  static List<Block> of(byte[] xml) throws XMLStreamException {
    XMLStreamReader x = counted(Relationships.open(xml));
    while (x.hasNext() && x.next() != XMLStreamConstants.START_ELEMENT) {
      // to the root element
    }
    List<Block> out = new ArrayList<>();
    if (x.getEventType() == XMLStreamConstants.START_ELEMENT) {
      DocxContent c = new DocxContent(x);
      c.children(() -> {
        if (c.isW("body")) {
          c.children(() -> c.block(out, 0));
        } else {
          c.block(out, 0);
        }
      });
    }
    return out;
  }

  /** The reader, each element it meets spending from the input's budget (a part of millions of empty paragraphs is a few kilobytes zipped). */
  private static XMLStreamReader counted(XMLStreamReader x) {
    return new StreamReaderDelegate(x) {
      @Override
      public int next() throws XMLStreamException {
        int event = super.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          Budget.spend(Budget.Work.NODES, 1);
        }
        return event;
      }
    };
  }

  /** Reads the element the reader stands on into {@code out}, if it is block content; else skips it. */
  private void block(List<Block> out, int depth) throws XMLStreamException {
    within(depth);
    if (isW("p")) {
      out.add(paragraph());
    } else if (isW("tbl")) {
      out.add(table(depth));
    } else if (isW() && THROUGH.contains(x.getLocalName())) {
      children(() -> block(out, depth + 1));
    } else if (isMc("AlternateContent")) {
      firstChoice(() -> block(out, depth + 1));
    } else {
      skip();
    }
  }

  private Para paragraph() throws XMLStreamException {
    Budget.spend(Budget.Work.PARAGRAPHS, 1);
    StringBuilder text = new StringBuilder();
    List<String> pictures = new ArrayList<>();
    children(() -> inline(text, pictures, 0));
    return new Para(text.toString(), List.copyOf(pictures));
  }

  /** Paragraph content: runs, and the elements runs stand in. */
  private void inline(StringBuilder text, List<String> pictures, int depth) throws XMLStreamException {
    within(depth);
    if (isW("r")) {
      children(() -> run(text, pictures, depth));
    } else if (isW() && (THROUGH.contains(x.getLocalName()) || x.getLocalName().equals("rubyBase"))) {
      children(() -> inline(text, pictures, depth + 1));
    } else if (isW("ruby")) {
      children(() -> {
        if (isW("rubyBase")) {
          children(() -> inline(text, pictures, depth + 1));
        } else {
          skip();
        }
      });
    } else if (isMc("AlternateContent")) {
      firstChoice(() -> inline(text, pictures, depth + 1));
    } else {
      skip();
    }
  }

  /** One child of a run. */
  private void run(StringBuilder text, List<String> pictures, int depth) throws XMLStreamException {
    within(depth);
    if (!isW()) {
      if (isMc("AlternateContent")) {
        firstChoice(() -> run(text, pictures, depth + 1));
      } else {
        skip();
      }
      return;
    }
    switch (x.getLocalName()) {
      case "t" -> text.append(text());
      case "tab", "ptab" -> append(text, '\t');
      case "br", "cr" -> append(text, '\n');
      case "noBreakHyphen" -> append(text, '\u2011');
      case "drawing", "pict", "object" -> drawing(text, pictures, depth);
      case "ruby", "rubyBase" -> inline(text, pictures, depth + 1);
      default -> skip();
    }
  }

  private void append(StringBuilder text, char c) throws XMLStreamException {
    text.append(c);
    skip();
  }

  /** A drawing: its pictures, and the paragraphs of its text boxes, each on a line of its own. */
  private void drawing(StringBuilder text, List<String> pictures, int depth) throws XMLStreamException {
    within(depth);
    int inPicture = 0;
    for (int level = 1; level > 0;) {
      int event = x.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        level--;
        if (PIC.equals(x.getNamespaceURI()) && x.getLocalName().equals("pic")) {
          inPicture--;
        }
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        if (isW("txbxContent")) {
          List<Block> box = new ArrayList<>();
          children(() -> block(box, depth + 1));
          text.append('\n');
          for (String line : lines(box)) {
            text.append(line).append('\n');
          }
        } else if (isMc("AlternateContent")) {
          firstChoice(() -> drawing(text, pictures, depth + 1));
        } else {
          level++;
          if (PIC.equals(x.getNamespaceURI()) && x.getLocalName().equals("pic")) {
            inPicture++;
          } else if (inPicture > 0 && DRAWING.equals(x.getNamespaceURI()) && x.getLocalName().equals("blip")) {
            pictures.add(embed());
          }
        }
      }
    }
  }

  /** The text lines of blocks: paragraphs, and the paragraphs in tables' cells. */
  static List<String> lines(List<Block> blocks) {
    List<String> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Para p) {
        out.add(p.text());
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

  private String embed() {
    for (int i = 0; i < x.getAttributeCount(); i++) {
      if (REL.contains(x.getAttributeNamespace(i)) && x.getAttributeLocalName(i).equals("embed")) {
        return x.getAttributeValue(i);
      }
    }
    return "";
  }

  private Table table(int depth) throws XMLStreamException {
    List<Row> rows = new ArrayList<>();
    children(() -> collect("tr", this::row, rows, depth));
    return new Table(List.copyOf(rows));
  }

  private Row row(int depth) throws XMLStreamException {
    int[] gridBefore = {0};
    List<TableCell> cells = new ArrayList<>();
    children(() -> {
      if (isW("trPr")) {
        children(() -> {
          if (isW("gridBefore") && gridBefore[0] == 0) {
            gridBefore[0] = number(wAttribute("val"));
          }
          skip();
        });
      } else {
        collect("tc", this::cell, cells, depth);
      }
    });
    return new Row(gridBefore[0], List.copyOf(cells));
  }

  /** Reads the element into {@code out} if it is a {@code w:NAME}, looks inside it if it stands in for its content, else skips it. */
  private <T> void collect(String name, Part<T> part, List<T> out, int depth) throws XMLStreamException {
    within(depth);
    if (isW(name)) {
      out.add(part.read(depth));
    } else if (isW() && THROUGH.contains(x.getLocalName())) {
      children(() -> collect(name, part, out, depth + 1));
    } else {
      skip();
    }
  }

  /** Refuses content nested deeper than any report's, before it overflows the stack. */
  private void within(int depth) throws XMLStreamException {
    if (depth > MAX_DEPTH) {
      throw new XMLStreamException("content nested over " + MAX_DEPTH + " deep", x.getLocation());
    }
  }

  private TableCell cell(int depth) throws XMLStreamException {
    Budget.spend(Budget.Work.PARAGRAPHS, 1);
    int[] span = {1};
    boolean[] continues = {false};
    List<Block> content = new ArrayList<>();
    children(() -> {
      if (isW("tcPr")) {
        children(() -> {
          if (isW("gridSpan")) {
            span[0] = Math.max(1, number(wAttribute("val")));
          } else if (isW("vMerge")) {
            String val = wAttribute("val");
            continues[0] = val == null || val.equals("continue");
          }
          skip();
        });
      } else {
        block(content, depth + 1);
      }
    });
    return new TableCell(span[0], continues[0], List.copyOf(content));
  }

  private static int number(String s) {
    if (s == null) {
      return 0;
    }
    try {
      return (int) Math.min(Integer.MAX_VALUE, Math.max(0, Long.parseLong(s.strip())));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  // ---- moving through the XML ----

  private interface Step {
    void run() throws XMLStreamException;
  }

  /** Reads one part of a table (a row, a cell) at a nesting depth. */
  private interface Part<T> {
    T read(int depth) throws XMLStreamException;
  }

  /** Runs {@code step} on each child element of the current one; each step consumes its element. */
  private void children(Step step) throws XMLStreamException {
    while (true) {
      int event = x.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        step.run();
      } else if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
        return;
      }
    }
  }

  /** Of alternative content, runs {@code step} on the children of the first choice and skips the rest. */
  private void firstChoice(Step step) throws XMLStreamException {
    boolean[] taken = {false};
    children(() -> {
      if (!taken[0] && MC.equals(x.getNamespaceURI()) && (x.getLocalName().equals("Choice") || x.getLocalName().equals("Fallback"))) {
        taken[0] = true;
        children(step);
      } else {
        skip();
      }
    });
  }

  /** Skips the current element and all it holds. */
  private void skip() throws XMLStreamException {
    for (int level = 1; level > 0;) {
      int event = x.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        level++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        level--;
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        return;
      }
    }
  }

  /** The text of the current element (a {@code w:t}), elements inside it skipped. */
  private String text() throws XMLStreamException {
    StringBuilder out = new StringBuilder();
    for (int level = 1; level > 0;) {
      int event = x.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        level++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        level--;
      } else if (level == 1 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
        out.append(x.getText());
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        break;
      }
    }
    return out.toString();
  }

  private String wAttribute(String name) {
    for (int i = 0; i < x.getAttributeCount(); i++) {
      if (W.contains(x.getAttributeNamespace(i)) && x.getAttributeLocalName(i).equals(name)) {
        return x.getAttributeValue(i);
      }
    }
    return null;
  }

  private boolean isW() {
    return W.contains(x.getNamespaceURI());
  }

  private boolean isW(String name) {
    return x.getLocalName().equals(name) && isW();
  }

  private boolean isMc(String name) {
    return x.getLocalName().equals(name) && MC.equals(x.getNamespaceURI());
  }
}
