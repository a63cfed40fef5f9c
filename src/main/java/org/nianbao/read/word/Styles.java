package org.nianbao.read.word;

import static org.nianbao.read.word.WordXml.attribute;
import static org.nianbao.read.word.WordXml.children;
import static org.nianbao.read.word.WordXml.isW;
import static org.nianbao.read.word.WordXml.on;
import static org.nianbao.read.word.WordXml.skip;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the styles of a Word file ({@code styles.xml}) say about what a reader sees: text a style
 * hides or raises (a footnote-reference style prints superscript), and the list numbering a
 * paragraph style carries (headings numbered 一、（一） by their style). A style inherits what it
 * does not say from the style it is based on. Only styles that say one of these are kept.
 */
final class Styles {
  static final Styles NONE = new Styles(Map.of(), null, Look.PLAIN);

  /** What text looks like to a reader: hidden or not, raised or lowered; null where not said. */
  record Look(Boolean hidden, Integer vertical) {
    static final Look PLAIN = new Look(null, null);

    /** This look, with what it leaves unsaid taken from {@code under}. */
    Look over(Look under) {
      return new Look(hidden != null ? hidden : under.hidden, vertical != null ? vertical : under.vertical);
    }

    boolean isHidden() {
      return Boolean.TRUE.equals(hidden);
    }

    /** 1 superscript, 2 subscript, 0 on the line. */
    int verticalOr0() {
      return vertical == null ? 0 : vertical;
    }
  }

  /** The list a paragraph is numbered with: its {@code w:numId}, and its level when said. */
  record ListRef(String numId, Integer ilvl) {}

  /** A style's own settings; null where it says nothing. */
  private record Style(String basedOn, String numId, Integer ilvl, Look look) {}

  /** Styles nested deeper than this are a loop, or no one's. */
  private static final int MAX_CHAIN = 32;

  private final Map<String, Style> styles;
  private final String defaultParagraph;
  private final Look defaults;
  private final Map<String, Look> looks = new HashMap<>();

  private Styles(Map<String, Style> styles, String defaultParagraph, Look defaults) {
    this.styles = styles;
    this.defaultParagraph = defaultParagraph;
    this.defaults = defaults;
  }

  /** The styles of a file, or {@link #NONE} when it has none that matter here. */
  static Styles of(byte[] xml) throws XMLStreamException {
    if (xml == null || !mentions(xml)) {
      return NONE;
    }
    XMLStreamReader x = Relationships.open(xml);
    if (!WordXml.root(x)) {
      return NONE;
    }
    Map<String, Style> styles = new HashMap<>();
    String[] defaultParagraph = {null};
    Look[] defaults = {Look.PLAIN};
    children(x, () -> {
      if (isW(x, "style")) {
        String id = attribute(x, "styleId");
        boolean paragraphDefault = "paragraph".equals(attribute(x, "type")) && isSet(x, "default");
        Style s = style(x);
        if (id != null) {
          styles.putIfAbsent(id, s);
          if (paragraphDefault && defaultParagraph[0] == null) {
            defaultParagraph[0] = id;
          }
        }
      } else if (isW(x, "docDefaults")) {
        children(x, () -> {
          if (isW(x, "rPrDefault")) {
            children(x, () -> {
              if (isW(x, "rPr")) {
                defaults[0] = look(x);
              } else {
                skip(x);
              }
            });
          } else {
            skip(x);
          }
        });
      } else {
        skip(x);
      }
    });
    return new Styles(styles, defaultParagraph[0], defaults[0]);
  }

  /** Whether the bytes hold any setting read here: most files' styles say none, and are not parsed. */
  private static boolean mentions(byte[] xml) {
    String ascii = new String(xml, StandardCharsets.ISO_8859_1);
    return ascii.contains("vanish") || ascii.contains("webHidden") || ascii.contains("vertAlign") || ascii.contains("numPr");
  }

  private static boolean isSet(XMLStreamReader x, String attributeName) {
    String v = attribute(x, attributeName);
    return v != null && (v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on"));
  }

  private static Style style(XMLStreamReader x) throws XMLStreamException {
    String[] basedOn = {null};
    String[] numId = {null};
    Integer[] ilvl = {null};
    Look[] look = {Look.PLAIN};
    children(x, () -> {
      if (isW(x, "basedOn")) {
        basedOn[0] = attribute(x, "val");
        skip(x);
      } else if (isW(x, "pPr")) {
        children(x, () -> {
          if (isW(x, "numPr")) {
            children(x, () -> {
              if (isW(x, "numId")) {
                numId[0] = attribute(x, "val");
              } else if (isW(x, "ilvl")) {
                ilvl[0] = WordXml.number(attribute(x, "val"), 0);
              }
              skip(x);
            });
          } else {
            skip(x);
          }
        });
      } else if (isW(x, "rPr")) {
        look[0] = look(x);
      } else {
        skip(x);
      }
    });
    return new Style(basedOn[0], numId[0], ilvl[0], look[0]);
  }

  /**
   * The look a run's properties ({@code w:rPr}) give, the reader on them; a change record
   * ({@code w:rPrChange}) holds the properties before a revision and is not read.
   */
  static Look look(XMLStreamReader x) throws XMLStreamException {
    Boolean[] hidden = {null};
    Integer[] vertical = {null};
    children(x, () -> {
      if (isW(x, "vanish") || isW(x, "specVanish") || isW(x, "webHidden")) {
        hidden[0] = (hidden[0] != null && hidden[0]) || on(x);
      } else if (isW(x, "vertAlign")) {
        String v = attribute(x, "val");
        vertical[0] = "superscript".equals(v) ? 1 : "subscript".equals(v) ? 2 : 0;
      }
      skip(x);
    });
    return new Look(hidden[0], vertical[0]);
  }

  /** The look of text in a paragraph of style {@code paragraphStyle} and a run of style {@code runStyle} (either may be null). */
  Look look(String paragraphStyle, String runStyle) {
    if (styles.isEmpty()) {
      return defaults;
    }
    return chain(runStyle).over(chain(paragraphStyle == null ? defaultParagraph : paragraphStyle)).over(defaults);
  }

  private Look chain(String id) {
    if (id == null) {
      return Look.PLAIN;
    }
    Look known = looks.get(id);
    if (known != null) {
      return known;
    }
    Look out = Look.PLAIN;
    String at = id;
    for (int i = 0; i < MAX_CHAIN && at != null; i++) {
      Style s = styles.get(at);
      if (s == null) {
        break;
      }
      out = out.over(s.look());
      at = s.basedOn();
    }
    looks.put(id, out);
    return out;
  }

  /** The list a paragraph style numbers its paragraphs with, or null. */
  ListRef numbering(String paragraphStyle) {
    String at = paragraphStyle == null ? defaultParagraph : paragraphStyle;
    for (int i = 0; i < MAX_CHAIN && at != null; i++) {
      Style s = styles.get(at);
      if (s == null) {
        return null;
      }
      if (s.numId() != null) {
        return new ListRef(s.numId(), s.ilvl());
      }
      at = s.basedOn();
    }
    return null;
  }

  /** The numId a numbering style names (for a list definition that links to one). */
  String numIdOf(String numberingStyle) {
    ListRef n = numbering(numberingStyle);
    return n == null ? null : n.numId();
  }
}
