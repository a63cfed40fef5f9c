package org.nianbao.read.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.nianbao.read.Budget;
import org.nianbao.read.word.Styles.ListRef;
import org.nianbao.read.word.Styles.Look;

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

  private static final Set<String> REL = Set.of("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "http://purl.oclc.org/ooxml/officeDocument/relationships");
  private static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";
  private static final String DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main";
  private static final String VML = "urn:schemas-microsoft-com:vml";
  private static final String OFFICE = "urn:schemas-microsoft-com:office:office";
  /** Word 2003 XML's hints: its sections wrap the body's paragraphs, and it writes each list label out. */
  private static final String AUX = "http://schemas.microsoft.com/office/word/2003/auxHint";

  /** Elements whose content is read as if it stood in their place. */
  private static final Set<String> THROUGH = Set.of("sdt", "sdtContent", "customXml", "smartTag", "hyperlink", "hlink", "fldSimple", "ins", "moveTo", "dir", "bdo");

  /** Deeper nesting of tables and content controls than this is no report's. */
  private static final int MAX_DEPTH = 64;

  /** How a paragraph ends: its mark shown, deleted (a revision, so it is one paragraph with the next), or hidden (its text runs on). */
  private enum End { SHOWN, DELETED, RUNS_ON }

  private final XMLStreamReader x;
  private final Styles styles;
  private final Numbering numbering;
  /** Inside this many content controls showing their placeholder (the prompt Word greys, not the author's words). */
  private int placeholders;
  private final Notes notes;

  private DocxContent(XMLStreamReader x, Styles styles, Numbering numbering, Notes notes) {
    this.x = x;
    this.styles = styles;
    this.numbering = numbering;
    this.notes = notes;
  }

  /** The blocks of a part whose root ({@code w:document}, {@code w:hdr}) holds them, directly or in {@code w:body}; no styles or lists. */
  static List<Block> of(byte[] xml) throws XMLStreamException {
    return of(xml, Styles.NONE, null, new Notes(null));
  }

  /** The blocks of a part read with the file's styles, list numbering (null: none) and note marks. */
  static List<Block> of(byte[] xml, Styles styles, Numbering numbering, Notes notes) throws XMLStreamException {
    XMLStreamReader x = counted(Relationships.open(xml));
    if (!WordXml.root(x)) {
      return List.of();
    }
    DocxContent c = new DocxContent(x, styles, numbering, notes);
    Flow flow = c.new Flow();
    c.children(() -> {
      if (c.isW("body")) {
        c.children(() -> c.block(flow, 0));
      } else {
        c.block(flow, 0);
      }
    });
    return flow.finish();
  }

  /** Reads the element the reader stands on into {@code out}, if it is block content; else skips it. */
  private void block(Flow out, int depth) throws XMLStreamException {
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
      contentControl(() -> block(out, depth + 1));
    } else if ((isW() && THROUGH.contains(x.getLocalName())) || (AUX.equals(x.getNamespaceURI()) && !x.getLocalName().equals("t"))) {
      children(() -> block(out, depth + 1));
    } else if (isMc("AlternateContent")) {
      firstChoice(() -> block(out, depth + 1));
    } else {
      skip();
    }
  }

  // ---- paragraphs ----

  /** What one paragraph holds while it is read. */
  private final class Paragraph {
    final StringBuilder text = new StringBuilder();
    List<String> pictures = List.of();
    List<Inset> insets = List.of();
    List<String> objects = List.of();
    String style;
    ListRef list;
    String printedLabel;
    End end = End.SHOWN;
    boolean markHidden;
    Look look;
    boolean inMark;
    boolean customMark;

    Look look() {
      if (look == null) {
        look = styles.look(style, null);
      }
      return look;
    }

    void text(String s, boolean mark) {
      if (mark && !s.isBlank()) {
        if (!inMark) {
          text.append(MARK);
          inMark = true;
        }
        text.append(s);
      } else {
        plain(s);
      }
    }

    void plain(CharSequence s) {
      endMark();
      text.append(s);
    }

    /** A mark of its own (a footnote's number): never run into a mark before it. */
    void mark(String s) {
      endMark();
      if (!s.isEmpty()) {
        text.append(MARK).append(s).append(MARK_END);
      }
    }

    void endMark() {
      if (inMark) {
        text.append(MARK_END);
        inMark = false;
      }
    }
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

  private void paragraph(Flow out, int depth) throws XMLStreamException {
    Budget.spend(Budget.Work.PARAGRAPHS, 1);
    Paragraph p = new Paragraph();
    children(() -> {
      if (isW("pPr")) {
        paragraphProperties(p);
      } else {
        inline(p, depth);
      }
    });
    p.endMark();
    out.paragraph(p);
  }

  /** The paragraph's style, list, frame and mark; a change record ({@code w:pPrChange}) holds properties before a revision and is not read. */
  private void paragraphProperties(Paragraph p) throws XMLStreamException {
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
  private void markProperties(Paragraph p) throws XMLStreamException {
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

  /**
   * A content control ({@code w:sdt}): its content read by {@code content}, as the text it shows;
   * when it shows its placeholder ({@code w:showingPlcHdr}), that text is a prompt, not the report's.
   */
  private void contentControl(WordXml.Step content) throws XMLStreamException {
    boolean[] prompt = {false};
    children(() -> {
      if (isW("sdtPr")) {
        children(() -> {
          prompt[0] |= isW("showingPlcHdr") && WordXml.on(x);
          skip();
        });
      } else if (isW("sdtContent")) {
        placeholders += prompt[0] ? 1 : 0;
        try {
          children(content);
        } finally {
          placeholders -= prompt[0] ? 1 : 0;
        }
      } else {
        skip();
      }
    });
  }

  /** Paragraph content: runs, and the elements runs stand in. */
  private void inline(Paragraph p, int depth) throws XMLStreamException {
    within(depth);
    if (isW("r")) {
      run(p, depth);
    } else if (isW("sdt")) {
      contentControl(() -> inline(p, depth + 1));
    } else if (isW() && (THROUGH.contains(x.getLocalName()) || x.getLocalName().equals("rubyBase"))) {
      children(() -> inline(p, depth + 1));
    } else if (isW("ruby")) {
      ruby(p, depth);
    } else if (isMc("AlternateContent")) {
      firstChoice(() -> inline(p, depth + 1));
    } else {
      skip();
    }
  }

  private void ruby(Paragraph p, int depth) throws XMLStreamException {
    children(() -> {
      if (isW("rubyBase")) {
        children(() -> inline(p, depth + 1));
      } else {
        skip();
      }
    });
  }

  /** A run: its properties first (hidden? raised?), then what it holds. */
  private void run(Paragraph p, int depth) throws XMLStreamException {
    Look[] look = {p.look()};
    p.customMark = false;
    children(() -> {
      if (isW("rPr")) {
        look[0] = runLook(p);
      } else if (look[0].isHidden()) {
        skip();
      } else {
        runChild(p, look[0], depth);
      }
    });
  }

  private Look runLook(Paragraph p) throws XMLStreamException {
    String[] style = {null};
    Boolean[] hidden = {null};
    Integer[] vertical = {null};
    children(() -> {
      if (isW()) {
        switch (x.getLocalName()) {
          case "rStyle" -> style[0] = wAttribute("val");
          case "vanish", "specVanish", "webHidden" -> hidden[0] = Boolean.TRUE.equals(hidden[0]) || WordXml.on(x);
          case "vertAlign" -> {
            String v = wAttribute("val");
            vertical[0] = "superscript".equals(v) ? 1 : "subscript".equals(v) ? 2 : 0;
          }
          default -> { }
        }
      }
      skip();
    });
    Look under = style[0] == null ? p.look() : styles.look(p.style, style[0]);
    return hidden[0] == null && vertical[0] == null ? under : new Look(hidden[0], vertical[0]).over(under);
  }

  /** One child of a run. */
  private void runChild(Paragraph p, Look look, int depth) throws XMLStreamException {
    within(depth);
    if (!isW()) {
      if (isMc("AlternateContent")) {
        firstChoice(() -> runChild(p, look, depth + 1));
      } else {
        skip();
      }
      return;
    }
    switch (x.getLocalName()) {
      case "t" -> {
        String t = text();
        if (p.customMark) {
          p.customMark = false;
          p.mark(t.strip());
        } else {
          // A placeholder's prompt is kept apart as a mark: shown in 来源, never read as a figure.
          p.text(t, look.verticalOr0() != 0 || placeholders > 0);
        }
      }
      case "tab", "ptab" -> append(p, "\t");
      case "br", "cr" -> append(p, "\n");
      case "noBreakHyphen" -> append(p, "\u2011");
      case "footnoteReference", "endnoteReference" -> {
        boolean footnote = x.getLocalName().startsWith("foot");
        String custom = wAttribute("customMarkFollows");
        if (custom != null && (custom.equals("1") || custom.equalsIgnoreCase("true") || custom.equalsIgnoreCase("on"))) {
          p.customMark = true;
        } else {
          p.mark(notes.next(footnote));
        }
        skip();
      }
      case "drawing", "pict", "object" -> {
        boolean object = x.getLocalName().equals("object");
        Shapes found = new Shapes();
        drawing(p, found, depth);
        p.pictures = joined(p.pictures, found.pictures);
        if (object && !found.objects.isEmpty()) {
          p.objects = joined(p.objects, found.objects);
        } else {
          p.pictures = joined(p.pictures, found.previews);
        }
      }
      case "ruby" -> ruby(p, depth + 1);
      default -> skip();
    }
  }

  private void append(Paragraph p, String s) throws XMLStreamException {
    p.plain(s);
    skip();
  }

  /** What a drawing holds besides text boxes: pictures, embedded objects, and pictures that only preview an object. */
  private static final class Shapes {
    final List<String> pictures = new ArrayList<>();
    final List<String> objects = new ArrayList<>();
    final List<String> previews = new ArrayList<>();
  }

  /**
   * A drawing, a VML picture or an embedded object: its pictures, the embedded documents of an
   * object, and the content of its text boxes (shapes, groups and canvases hold them at any depth),
   * and a WordArt's text, each read where it is anchored.
   */
  private void drawing(Paragraph p, Shapes found, int depth) throws XMLStreamException {
    within(depth);
    int inPicture = 0;
    for (int level = 1; level > 0;) {
      int event = x.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        level--;
        if (PIC.equals(x.getNamespaceURI()) && x.getLocalName().equals("pic")) {
          inPicture--;
        }
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        return;
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        if (isW("txbxContent")) {
          Flow box = new Flow();
          children(() -> block(box, depth + 1));
          inset(p, box.finish());
        } else if (isMc("AlternateContent")) {
          firstChoice(() -> drawing(p, found, depth + 1));
        } else {
          level++;
          String ns = x.getNamespaceURI();
          String name = x.getLocalName();
          if (PIC.equals(ns) && name.equals("pic")) {
            inPicture++;
          } else if (inPicture > 0 && DRAWING.equals(ns) && name.equals("blip")) {
            found.pictures.add(String.valueOf(relationship("embed")));
          } else if (VML.equals(ns) && name.equals("imagedata")) {
            String id = relationship("id");
            if (id != null) {
              found.previews.add(id);
            }
          } else if (VML.equals(ns) && name.equals("textpath")) {
            String wordArt = x.getAttributeValue(null, "string");
            if (wordArt != null && !wordArt.isBlank()) {
              inset(p, List.of(new Para(wordArt.strip())));
            }
          } else if ((OFFICE.equals(ns) && name.equals("OLEObject")) || (WordXml.W.contains(ns) && name.equals("objectEmbed"))) {
            String id = relationship("id");
            if (id != null) {
              found.objects.add(id);
            }
          }
        }
      }
    }
  }

  private static void inset(Paragraph p, List<Block> blocks) {
    p.endMark();
    if (!blocks.isEmpty()) {
      p.insets = joined(p.insets, List.of(new Inset(p.text.length(), blocks)));
    }
  }

  /** Two lists as one; most paragraphs hold no pictures, boxes or objects, so none is made for them. */
  private static <T> List<T> joined(List<T> a, List<T> b) {
    if (b.isEmpty()) {
      return a;
    }
    if (a.isEmpty()) {
      return b;
    }
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /**
   * The paragraphs of one container (the body, a cell, a text box) as they are laid out: a
   * paragraph whose mark is deleted is one with the next (with the first one's list label, or the
   * next one's when the first holds no text), one whose mark is hidden runs on into the next.
   */
  private final class Flow {
    private final List<Block> out = new ArrayList<>();
    private StringBuilder text;
    private List<String> pictures;
    private List<Inset> insets;
    private List<String> objects;
    private End end;
    /** The paragraph whose list label is yet to be counted, or null, and where in the text it starts. */
    private Paragraph unlabelled;
    private int labelAt;

    void paragraph(Paragraph p) throws XMLStreamException {
      if (text == null && p.end == End.SHOWN) {
        // A paragraph on its own, as most are.
        String label = label(p);
        out.add(new Para(label.isEmpty() ? p.text.toString() : label + p.text, p.pictures,
            label.isEmpty() ? p.insets : p.insets.stream().map(i -> i.at() > 0 ? new Inset(i.at() + label.length(), i.blocks()) : i).toList(), p.objects));
        return;
      }
      if (text == null) {
        text = new StringBuilder();
        pictures = new ArrayList<>();
        insets = new ArrayList<>();
        objects = new ArrayList<>();
        unlabelled = p;
        labelAt = 0;
      } else if (end == End.DELETED) {
        if (text.toString().isBlank()) {
          unlabelled = p;
          labelAt = text.length();
        }
      } else {
        label();
        unlabelled = p;
        labelAt = text.length();
      }
      int shift = text.length();
      text.append(p.text);
      for (Inset i : p.insets) {
        insets.add(new Inset(i.at() + shift, i.blocks()));
      }
      pictures.addAll(p.pictures);
      objects.addAll(p.objects);
      end = p.end;
      if (end == End.SHOWN) {
        flush();
      }
    }

    void block(Block b) throws XMLStreamException {
      flush();
      out.add(b);
    }

    List<Block> finish() throws XMLStreamException {
      flush();
      return out;
    }

    /**
     * Counts the list label of the paragraph that has not had one and puts it before the text that
     * paragraph starts; a label whose paragraph mark is hidden is counted but hidden with it.
     */
    private void label() throws XMLStreamException {
      Paragraph p = unlabelled;
      unlabelled = null;
      if (p == null) {
        return;
      }
      String label = label(p);
      if (label.isEmpty()) {
        return;
      }
      text.insert(labelAt, label);
      for (int i = 0; i < insets.size(); i++) {
        Inset in = insets.get(i);
        if (in.at() > labelAt) {
          insets.set(i, new Inset(in.at() + label.length(), in.blocks()));
        }
      }
    }

    /** The list label a paragraph shows, counted; none when its mark, which the label takes its look from, is hidden. */
    private String label(Paragraph p) throws XMLStreamException {
      String label = p.printedLabel != null ? p.printedLabel : numbering == null ? "" : numbering.label(p.list, p.style);
      return p.markHidden ? "" : label;
    }

    private void flush() throws XMLStreamException {
      if (text == null) {
        return;
      }
      label();
      out.add(new Para(text.toString(), List.copyOf(pictures), List.copyOf(insets), List.copyOf(objects)));
      text = null;
      end = null;
    }
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

  /** The value of the relationship attribute {@code r:NAME}, or null. */
  private String relationship(String name) {
    for (int i = 0; i < x.getAttributeCount(); i++) {
      if (REL.contains(x.getAttributeNamespace(i)) && x.getAttributeLocalName(i).equals(name)) {
        return x.getAttributeValue(i);
      }
    }
    return null;
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

  /** Refuses content nested deeper than any report's, before it overflows the stack. */
  private void within(int depth) throws XMLStreamException {
    if (depth > MAX_DEPTH) {
      throw new XMLStreamException("content nested over " + MAX_DEPTH + " deep", x.getLocation());
    }
  }

  /** A cell, or null for a cell deleted by a revision ({@code w:cellDel}). */
  private TableCell cell(int depth) throws XMLStreamException {
    Budget.spend(Budget.Work.PARAGRAPHS, 1);
    int[] span = {1};
    boolean[] continues = {false};
    boolean[] left = {false};
    boolean[] deleted = {false};
    Flow content = new Flow();
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

  private void children(WordXml.Step step) throws XMLStreamException {
    WordXml.children(x, step);
  }

  private void firstChoice(WordXml.Step step) throws XMLStreamException {
    WordXml.firstChoice(x, step);
  }

  private void skip() throws XMLStreamException {
    WordXml.skip(x);
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
    return WordXml.attribute(x, name);
  }

  private boolean isW() {
    return WordXml.W.contains(x.getNamespaceURI());
  }

  private boolean isW(String name) {
    return WordXml.isW(x, name);
  }

  private boolean isMc(String name) {
    return WordXml.isMc(x, name);
  }
}
