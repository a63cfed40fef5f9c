package org.nianbao.read.word;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The relationships of one part of a Word package ({@code word/_rels/document.xml.rels}): which
 * part a picture or a header of the document is, by its id, in the order the file lists them.
 */
final class Relationships {
  /** A relationship to another part of the package, its name resolved ({@code word/media/image1.png}). */
  record Target(String id, String type, String part) {}

  private final List<Target> targets;
  private final Map<String, Target> byId = new HashMap<>();

  private Relationships(List<Target> targets) {
    this.targets = targets;
    for (Target t : targets) {
      byId.putIfAbsent(t.id(), t);
    }
  }

  /** The relationships of {@code part} in {@code parts}; none when it has no relationship file. */
  static Relationships of(Map<String, byte[]> parts, String part) throws XMLStreamException {
    int slash = part.lastIndexOf('/');
    String folder = part.substring(0, slash + 1);
    byte[] xml = parts.get(folder + "_rels/" + part.substring(slash + 1) + ".rels");
    List<Target> targets = new ArrayList<>();
    if (xml != null) {
      XMLStreamReader x = open(xml);
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Relationship")
            && !"External".equals(x.getAttributeValue(null, "TargetMode"))) {
          String target = x.getAttributeValue(null, "Target");
          if (target != null) {
            targets.add(new Target(String.valueOf(x.getAttributeValue(null, "Id")), String.valueOf(x.getAttributeValue(null, "Type")), resolve(folder, target)));
          }
        }
      }
    }
    return new Relationships(targets);
  }

  /** The package's main document part, as its root relationships name it. */
  static String mainDocument(Map<String, byte[]> parts) throws XMLStreamException {
    for (Target t : of(parts, "").targets) {
      if (t.type().endsWith("/officeDocument") && parts.containsKey(t.part())) {
        return t.part();
      }
    }
    return "word/document.xml";
  }

  Optional<Target> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The targets whose type ends with {@code /kind} ({@code header}), in the file's order. */
  List<Target> ofKind(String kind) {
    return targets.stream().filter(t -> t.type().endsWith("/" + kind)).toList();
  }

  /** A parser that reads no DTD and fetches nothing: a package is never trusted to. */
  static XMLStreamReader open(byte[] xml) throws XMLStreamException {
    XMLInputFactory f = new com.fasterxml.aalto.stax.InputFactoryImpl();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f.createXMLStreamReader(new ByteArrayInputStream(xml));
  }

  /** A target resolved against the folder of the part that names it; {@code ..} steps up. */
  private static String resolve(String folder, String target) {
    String path = target.startsWith("/") ? target.substring(1) : folder + target;
    List<String> out = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        if (!out.isEmpty()) {
          out.remove(out.size() - 1);
        }
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        out.add(segment);
      }
    }
    return String.join("/", out);
  }
}
