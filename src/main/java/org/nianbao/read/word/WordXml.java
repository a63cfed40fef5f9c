package org.nianbao.read.word;

import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Small steps over the XML of a Word part, shared by the parts that are not the body. */
final class WordXml {
  /** WordprocessingML: transitional, strict, and Word 2003's XML (whose element names are the same). */
  static final Set<String> W = Set.of("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main",
      "http://schemas.microsoft.com/office/word/2003/wordml");
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  private WordXml() {}

  /** A step run on the element the reader stands on; it consumes that element. */
  interface Step {
    void run() throws XMLStreamException;
  }

  /** Runs {@code step} on each child element of the current one. */
  static void children(XMLStreamReader x, Step step) throws XMLStreamException {
    while (true) {
      int event = x.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        step.run();
      } else if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
        return;
      }
    }
  }

  /** Skips the current element and all it holds. */
  static void skip(XMLStreamReader x) throws XMLStreamException {
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

  /** Moves to the root element; false when there is none. */
  static boolean root(XMLStreamReader x) throws XMLStreamException {
    while (x.hasNext() && x.next() != XMLStreamConstants.START_ELEMENT) {
      // to the root element
    }
    return x.getEventType() == XMLStreamConstants.START_ELEMENT;
  }

  static boolean isW(XMLStreamReader x, String name) {
    return x.getLocalName().equals(name) && W.contains(x.getNamespaceURI());
  }

  static boolean isMc(XMLStreamReader x, String name) {
    return x.getLocalName().equals(name) && MC.equals(x.getNamespaceURI());
  }

  /** The value of the attribute {@code w:NAME} (or of {@code NAME} without a namespace, as some writers put it), or null. */
  static String attribute(XMLStreamReader x, String name) {
    String bare = null;
    for (int i = 0; i < x.getAttributeCount(); i++) {
      if (x.getAttributeLocalName(i).equals(name)) {
        String ns = x.getAttributeNamespace(i);
        if (ns != null && W.contains(ns)) {
          return x.getAttributeValue(i);
        }
        if (ns == null || ns.isEmpty()) {
          bare = x.getAttributeValue(i);
        }
      }
    }
    return bare;
  }

  /** An on/off property ({@code <w:vanish/>}, {@code <w:vanish w:val="0"/>}): on unless its value says off. */
  static boolean on(XMLStreamReader x) {
    String v = attribute(x, "val");
    return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
  }

  /** A non-negative whole number as Word writes one, or {@code otherwise}. */
  static int number(String s, int otherwise) {
    if (s == null) {
      return otherwise;
    }
    try {
      return (int) Math.min(Integer.MAX_VALUE, Math.max(0, Long.parseLong(s.strip())));
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  /** Of alternative content ({@code mc:AlternateContent}), runs {@code step} on the children of the first choice and skips the rest. */
  static void firstChoice(XMLStreamReader x, Step step) throws XMLStreamException {
    boolean[] taken = {false};
    children(x, () -> {
      if (!taken[0] && MC.equals(x.getNamespaceURI()) && (x.getLocalName().equals("Choice") || x.getLocalName().equals("Fallback"))) {
        taken[0] = true;
        children(x, step);
      } else {
        skip(x);
      }
    });
  }
}
