package org.nianbao.read.word;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nianbao.read.word.DocxContent.Block;
import org.nianbao.read.word.DocxContent.Inset;
import org.nianbao.read.word.DocxContent.Para;
import org.nianbao.read.word.Styles.Look;

/**
 * Reads the runs of a paragraph into its draft: their text (hidden runs left out, raised and lowered
 * ones and note marks kept as marks), breaks, pictures, embedded objects, and the boxes and shapes
 * anchored in them, whose blocks {@link BlockReader} reads.
 */
final class RunReader extends WordPartReader {
  private static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";
  private static final String DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main";
  private static final String VML = "urn:schemas-microsoft-com:vml";
  private static final String OFFICE = "urn:schemas-microsoft-com:office:office";

  private final Styles styles;
  private final Notes notes;
  private final BlockReader blocks;
  /** Inside this many content controls showing their placeholder (the prompt Word greys, not the author's words). */
  private int placeholders;

  RunReader(XMLStreamReader x, Styles styles, Notes notes, BlockReader blocks) {
    super(x);
    this.styles = styles;
    this.notes = notes;
    this.blocks = blocks;
  }

  /**
   * A content control ({@code w:sdt}): its content read by {@code content}, as the text it shows;
   * when it shows its placeholder ({@code w:showingPlcHdr}), that text is a prompt, not the report's.
   */
  void contentControl(WordXml.Step content) throws XMLStreamException {
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
  void inline(ParagraphDraft p, int depth) throws XMLStreamException {
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

  private void ruby(ParagraphDraft p, int depth) throws XMLStreamException {
    children(() -> {
      if (isW("rubyBase")) {
        children(() -> inline(p, depth + 1));
      } else {
        skip();
      }
    });
  }

  /** A run: its properties first (hidden? raised?), then what it holds. */
  private void run(ParagraphDraft p, int depth) throws XMLStreamException {
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

  private Look runLook(ParagraphDraft p) throws XMLStreamException {
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
  private void runChild(ParagraphDraft p, Look look, int depth) throws XMLStreamException {
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
      case "footnoteReference", "endnoteReference" -> noteMark(p);
      case "drawing", "pict", "object" -> shapes(p, depth);
      case "ruby" -> ruby(p, depth + 1);
      default -> skip();
    }
  }

  /** A footnote's or endnote's mark: the note's number, or (a custom mark) the text of the next {@code w:t}. */
  private void noteMark(ParagraphDraft p) throws XMLStreamException {
    boolean footnote = x.getLocalName().startsWith("foot");
    String custom = wAttribute("customMarkFollows");
    if (custom != null && (custom.equals("1") || custom.equalsIgnoreCase("true") || custom.equalsIgnoreCase("on"))) {
      p.customMark = true;
    } else {
      p.mark(notes.next(footnote));
    }
    skip();
  }

  /** A drawing, VML picture or embedded object: its pictures, and its embedded documents or, for none, its previews. */
  private void shapes(ParagraphDraft p, int depth) throws XMLStreamException {
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

  private void append(ParagraphDraft p, String s) throws XMLStreamException {
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
  private void drawing(ParagraphDraft p, Shapes found, int depth) throws XMLStreamException {
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
          inset(p, blocks.container(depth + 1));
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

  private static void inset(ParagraphDraft p, List<Block> blocks) {
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
}
