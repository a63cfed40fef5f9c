package org.nianbao.xlsx;

/** The relationships of one part, numbered rId1, rId2 … in the order they are added. */
final class Relationships {
  static final String DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

  private final StringBuilder rels = new StringBuilder();
  private int count;

  /** Adds a relationship of {@code type} (a full URI) to {@code target}; its id. */
  String add(String type, String target) {
    String id = "rId" + ++count;
    rels.append("<Relationship Id=\"").append(id).append("\" Type=\"").append(type).append("\" Target=\"").append(target).append("\"/>");
    return id;
  }

  /** Adds one of the office document's relationships ({@code drawing}, {@code styles} …); its id. */
  String addDocument(String type, String target) {
    return add(DOC_REL + type, target);
  }

  boolean isEmpty() {
    return count == 0;
  }

  /** The relationships part. */
  String xml() {
    return XlsxWriter.XML_HEAD + "<Relationships xmlns=\"" + PKG_REL_NS + "\">" + rels + "</Relationships>";
  }
}
