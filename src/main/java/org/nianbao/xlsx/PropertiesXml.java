package org.nianbao.xlsx;

import java.util.Map;

/** The document's property parts: core (title, creator … and the fixed dates), application, and custom. */
final class PropertiesXml {
  private PropertiesXml() {}

  static String core(Map<String, String> core) {
    StringBuilder x = new StringBuilder(XlsxWriter.XML_HEAD).append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    core.forEach((k, v) -> {
      x.append('<').append(k).append('>');
      Xml.text(x, v);
      x.append("</").append(k).append('>');
    });
    String time = ZipPackage.FIXED_TIME + ":00Z";
    x.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(time).append("</dcterms:created>");
    x.append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(time).append("</dcterms:modified></cp:coreProperties>");
    return x.toString();
  }

  static String application(String name) {
    return XlsxWriter.XML_HEAD + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>" + name
        + "</Application></Properties>";
  }

  static String custom(Map<String, String> custom) {
    StringBuilder x = new StringBuilder(XlsxWriter.XML_HEAD).append("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\""
        + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">");
    int pid = 2;
    for (Map.Entry<String, String> e : custom.entrySet()) {
      x.append("<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"").append(pid++).append("\" name=\"");
      Xml.text(x, e.getKey());
      x.append("\"><vt:lpwstr>");
      Xml.text(x, e.getValue());
      x.append("</vt:lpwstr></property>");
    }
    return x.append("</Properties>").toString();
  }
}
