package org.nianbao.read.word;

import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.nianbao.read.Budget;

/** Moving through the XML of a Word part's content: the steps the readers of its blocks and of its runs share. */
abstract class WordPartReader {
  private static final Set<String> REL = Set.of("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "http://purl.oclc.org/ooxml/officeDocument/relationships");

  /** Elements whose content is read as if it stood in their place. */
  static final Set<String> THROUGH = Set.of("sdt", "sdtContent", "customXml", "smartTag", "hyperlink", "hlink", "fldSimple", "ins", "moveTo", "dir", "bdo");

  /** Deeper nesting of tables and content controls than this is no report's. */
  private static final int MAX_DEPTH = 64;

  final XMLStreamReader x;

  WordPartReader(XMLStreamReader x) {
    this.x = x;
  }

  /** The reader, each element it meets spending from the input's budget (a part of millions of empty paragraphs is a few kilobytes zipped). */
  static XMLStreamReader counted(XMLStreamReader x) {
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

  /** The value of the relationship attribute {@code r:NAME}, or null. */
  String relationship(String name) {
    for (int i = 0; i < x.getAttributeCount(); i++) {
      if (REL.contains(x.getAttributeNamespace(i)) && x.getAttributeLocalName(i).equals(name)) {
        return x.getAttributeValue(i);
      }
    }
    return null;
  }

  /** Refuses content nested deeper than any report's, before it overflows the stack. */
  void within(int depth) throws XMLStreamException {
    if (depth > MAX_DEPTH) {
      throw new XMLStreamException("content nested over " + MAX_DEPTH + " deep", x.getLocation());
    }
  }

  void children(WordXml.Step step) throws XMLStreamException {
    WordXml.children(x, step);
  }

  void firstChoice(WordXml.Step step) throws XMLStreamException {
    WordXml.firstChoice(x, step);
  }

  void skip() throws XMLStreamException {
    WordXml.skip(x);
  }

  /** The text of the current element (a {@code w:t}), elements inside it skipped. */
  String text() throws XMLStreamException {
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

  String wAttribute(String name) {
    return WordXml.attribute(x, name);
  }

  boolean isW() {
    return WordXml.W.contains(x.getNamespaceURI());
  }

  boolean isW(String name) {
    return WordXml.isW(x, name);
  }

  boolean isMc(String name) {
    return WordXml.isMc(x, name);
  }
}
