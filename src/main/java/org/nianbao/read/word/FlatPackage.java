package org.nianbao.read.word;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Word's documents as one XML file, turned into the parts of a package: Word 2007's flat form
 * ({@code pkg:package}, "Word XML Document", also how an {@code .xml} embedded in a Word file is
 * kept), each {@code pkg:part} a part; and Word 2003's XML ({@code w:wordDocument}), whose body the
 * body reader reads as it reads a package's, its element names being the same.
 */
final class FlatPackage {
  private static final String PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
  private static final String WORD_2003 = "http://schemas.microsoft.com/office/word/2003/wordml";

  private FlatPackage() {}

  /** The parts of the document, by name, as a package would hold them. */
  static Map<String, byte[]> parts(byte[] bytes) throws XMLStreamException {
    XMLStreamReader x = Relationships.open(bytes);
    if (!WordXml.root(x)) {
      throw new XMLStreamException("no root element");
    }
    Map<String, byte[]> parts = new LinkedHashMap<>();
    if (WORD_2003.equals(x.getNamespaceURI()) && x.getLocalName().equals("wordDocument")) {
      parts.put("word/document.xml", bytes);
      return parts;
    }
    if (!PKG.equals(x.getNamespaceURI()) || !x.getLocalName().equals("package")) {
      throw new XMLStreamException("not a Word XML document: " + x.getLocalName());
    }
    WordXml.children(x, () -> {
      if (!PKG.equals(x.getNamespaceURI()) || !x.getLocalName().equals("part")) {
        WordXml.skip(x);
        return;
      }
      String name = x.getAttributeValue(PKG, "name");
      byte[][] data = {null};
      WordXml.children(x, () -> {
        if (PKG.equals(x.getNamespaceURI()) && x.getLocalName().equals("xmlData")) {
          data[0] = xmlData(x);
        } else if (PKG.equals(x.getNamespaceURI()) && x.getLocalName().equals("binaryData")) {
          data[0] = Base64.getMimeDecoder().decode(x.getElementText().replaceAll("\\s", ""));
        } else {
          WordXml.skip(x);
        }
      });
      if (name != null && data[0] != null) {
        parts.putIfAbsent(name.startsWith("/") ? name.substring(1) : name, data[0]);
      }
    });
    return parts;
  }

  /** The element inside {@code pkg:xmlData}, written out as a file of its own. */
  private static byte[] xmlData(XMLStreamReader x) throws XMLStreamException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XMLStreamWriter w = new com.fasterxml.aalto.stax.OutputFactoryImpl().createXMLStreamWriter(out, "UTF-8");
    w.writeStartDocument("UTF-8", "1.0");
    Deque<Map<String, String>> scopes = new ArrayDeque<>();
    int depth = 0;
    boolean wrote = false;
    while (x.hasNext()) {
      int event = x.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (depth == 0 && wrote) {
          skipElement(x);
          continue;
        }
        startElement(x, w, scopes);
        depth++;
        wrote = true;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (depth == 0) {
          break;
        }
        w.writeEndElement();
        scopes.pop();
        depth--;
      } else if (depth > 0 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
        w.writeCharacters(x.getText());
      }
    }
    w.writeEndDocument();
    w.close();
    return out.toByteArray();
  }

  /** Writes the start tag the reader stands on, declaring again the prefixes it uses that were declared outside the part, and opens its scope. */
  private static void startElement(XMLStreamReader x, XMLStreamWriter w, Deque<Map<String, String>> scopes) throws XMLStreamException {
    Map<String, String> declared = new HashMap<>();
    String prefix = x.getPrefix() == null ? "" : x.getPrefix();
    w.writeStartElement(prefix, x.getLocalName(), x.getNamespaceURI() == null ? "" : x.getNamespaceURI());
    for (int i = 0; i < x.getNamespaceCount(); i++) {
      declared.put(x.getNamespacePrefix(i) == null ? "" : x.getNamespacePrefix(i), x.getNamespaceURI(i));
    }
    // Prefixes declared on the package, not in the part, are declared again: the part stands alone.
    undeclared(prefix, x.getNamespaceURI(), declared, scopes);
    for (int i = 0; i < x.getAttributeCount(); i++) {
      undeclared(x.getAttributePrefix(i), x.getAttributeNamespace(i), declared, scopes);
    }
    for (Map.Entry<String, String> ns : declared.entrySet()) {
      if (ns.getKey().isEmpty()) {
        w.writeDefaultNamespace(ns.getValue());
      } else {
        w.writeNamespace(ns.getKey(), ns.getValue());
      }
    }
    for (int i = 0; i < x.getAttributeCount(); i++) {
      String ap = x.getAttributePrefix(i);
      String ans = x.getAttributeNamespace(i);
      if (ap == null || ap.isEmpty()) {
        w.writeAttribute(x.getAttributeLocalName(i), x.getAttributeValue(i));
      } else {
        w.writeAttribute(ap, ans, x.getAttributeLocalName(i), x.getAttributeValue(i));
      }
    }
    scopes.push(declared);
  }

  private static void skipElement(XMLStreamReader x) throws XMLStreamException {
    WordXml.skip(x);
  }

  private static void undeclared(String prefix, String uri, Map<String, String> declared, Deque<Map<String, String>> scopes) {
    if (prefix == null || prefix.isEmpty() || prefix.equals("xml") || uri == null || declared.containsKey(prefix)) {
      return;
    }
    for (Map<String, String> scope : scopes) {
      if (scope.containsKey(prefix)) {
        return;
      }
    }
    declared.put(prefix, uri);
  }
}
