package org.nianbao.read.word;

import static org.nianbao.read.word.WordXml.attribute;
import static org.nianbao.read.word.WordXml.children;
import static org.nianbao.read.word.WordXml.isMc;
import static org.nianbao.read.word.WordXml.isW;
import static org.nianbao.read.word.WordXml.skip;

import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nianbao.read.word.ListCounters.Level;

/**
 * The automatic list numbering of a DOCX ({@code numbering.xml}) and its counters while the body is
 * read: a numbered paragraph gets the label Word shows before it (一、 （一） 1. ①), so headings and
 * row labels numbered by Word read as they print. Read on the first numbered paragraph only.
 */
final class Numbering {
  /** A list instance ({@code w:num}): its definition and the start values it overrides. */
  private record Instance(String abstractId, Integer[] starts, Level[] levels) {}

  /** A list definition ({@code w:abstractNum}); {@code styleLink} names a numbering style that holds the real one. */
  private record Definition(Level[] levels, String styleLink) {}

  private static final int MAX_LINKS = 8;

  private final byte[] xml;
  private final Styles styles;
  private final ListCounters counters = new ListCounters();
  private Map<String, Instance> instances;
  private Map<String, Definition> definitions;

  Numbering(byte[] xml, Styles styles) {
    this.xml = xml;
    this.styles = styles;
  }

  /**
   * Counts a paragraph of style {@code style} whose own properties name {@code direct} (either may
   * be null) and gives its label with what follows it, or "" when it is not numbered.
   */
  String label(Styles.ListRef direct, String style) throws XMLStreamException {
    Styles.ListRef ref = direct != null && direct.numId() != null ? direct : styles.numbering(style);
    if (ref == null || ref.numId() == null || ref.numId().equals("0") || xml == null) {
      return "";
    }
    if (instances == null) {
      parse();
    }
    Instance instance = instances.get(ref.numId());
    if (instance == null) {
      return "";
    }
    String abstractId = instance.abstractId();
    Definition def = definitions.get(abstractId);
    for (int i = 0; i < MAX_LINKS && def != null && def.styleLink() != null; i++) {
      Instance linked = instances.get(String.valueOf(styles.numIdOf(def.styleLink())));
      if (linked == null) {
        break;
      }
      abstractId = linked.abstractId();
      def = definitions.get(abstractId);
    }
    if (def == null) {
      return "";
    }
    Level[] levels = def.levels().clone();
    for (int i = 0; i < levels.length; i++) {
      if (instance.levels()[i] != null) {
        levels[i] = instance.levels()[i];
      }
    }
    Integer ilvl = direct != null && direct.ilvl() != null ? direct.ilvl() : ref.ilvl();
    int level = ilvl != null ? ilvl : 0;
    return counters.next(abstractId, ref.numId(), levels, instance.starts(), level);
  }

  private void parse() throws XMLStreamException {
    instances = new HashMap<>();
    definitions = new HashMap<>();
    XMLStreamReader x = Relationships.open(xml);
    if (!WordXml.root(x)) {
      return;
    }
    children(x, () -> {
      if (isW(x, "abstractNum")) {
        definition(x);
      } else if (isW(x, "num")) {
        instance(x);
      } else {
        skip(x);
      }
    });
  }

  /** One list definition ({@code w:abstractNum}); the first of an id is kept. */
  private void definition(XMLStreamReader x) throws XMLStreamException {
    String id = attribute(x, "abstractNumId");
    Level[] levels = new Level[ListCounters.LEVELS];
    String[] link = {null};
    children(x, () -> {
      if (isW(x, "lvl")) {
        int k = WordXml.number(attribute(x, "ilvl"), -1);
        Level l = level(x);
        if (k >= 0 && k < levels.length) {
          levels[k] = l;
        }
      } else if (isW(x, "numStyleLink")) {
        link[0] = attribute(x, "val");
        skip(x);
      } else {
        skip(x);
      }
    });
    if (id != null) {
      definitions.putIfAbsent(id, new Definition(levels, link[0]));
    }
  }

  /** One list instance ({@code w:num}) with its overrides; the first of an id is kept. */
  private void instance(XMLStreamReader x) throws XMLStreamException {
    String id = attribute(x, "numId");
    String[] abstractId = {null};
    Integer[] starts = new Integer[ListCounters.LEVELS];
    Level[] levels = new Level[ListCounters.LEVELS];
    children(x, () -> {
      if (isW(x, "abstractNumId")) {
        abstractId[0] = attribute(x, "val");
        skip(x);
      } else if (isW(x, "lvlOverride")) {
        int k = WordXml.number(attribute(x, "ilvl"), -1);
        children(x, () -> {
          if (k >= 0 && k < ListCounters.LEVELS && isW(x, "startOverride")) {
            starts[k] = WordXml.number(attribute(x, "val"), 0);
            skip(x);
          } else if (k >= 0 && k < ListCounters.LEVELS && isW(x, "lvl")) {
            levels[k] = level(x);
          } else {
            skip(x);
          }
        });
      } else {
        skip(x);
      }
    });
    if (id != null && abstractId[0] != null) {
      instances.putIfAbsent(id, new Instance(abstractId[0], starts, levels));
    }
  }

  /** One {@code w:lvl}; of alternative content in it (Word 2010 writes a custom format so) the first choice is read. */
  private static Level level(XMLStreamReader x) throws XMLStreamException {
    int[] start = {1};
    int[] restart = {-1};
    String[] format = {"decimal", null};
    String[] text = {""};
    boolean[] legal = {false};
    char[] suffix = {'t'};
    WordXml.Step[] step = new WordXml.Step[1];
    step[0] = () -> {
      if (isW(x, "start")) {
        start[0] = WordXml.number(attribute(x, "val"), 1);
      } else if (isW(x, "numFmt")) {
        String v = attribute(x, "val");
        format[0] = v == null ? "decimal" : v;
        format[1] = attribute(x, "format");
      } else if (isW(x, "lvlText")) {
        String v = attribute(x, "val");
        text[0] = v == null ? "" : v;
      } else if (isW(x, "lvlRestart")) {
        restart[0] = WordXml.number(attribute(x, "val"), -1);
      } else if (isW(x, "isLgl")) {
        legal[0] = WordXml.on(x);
      } else if (isW(x, "suff")) {
        String v = attribute(x, "val");
        suffix[0] = "nothing".equals(v) ? 'n' : "space".equals(v) ? 's' : 't';
      } else if (isMc(x, "AlternateContent")) {
        WordXml.firstChoice(x, step[0]);
        return;
      }
      skip(x);
    };
    children(x, step[0]);
    return new Level(start[0], format[0], format[1], text[0], restart[0], legal[0], suffix[0]);
  }
}
