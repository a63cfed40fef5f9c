package org.nianbao.read.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.nianbao.document.Cell;
import org.nianbao.document.Document;
import org.nianbao.document.Grid;
import org.nianbao.document.Paragraph;
import org.nianbao.read.ReadException;
import org.nianbao.read.Source;

/** The DOCX reader on the XML Word writes: each construct a report may hold, as Word shows it. */
class DocxReportReaderTest {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String NAMESPACES = "xmlns:w=\"" + W + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
      + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:v=\"urn:schemas-microsoft-com:vml\""
      + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"";

  @Test
  void readsTheTextWordShows() throws Exception {
    List<String> lines = paragraphs(body("<w:p><w:r><w:t>共收到</w:t></w:r>"
        + "<w:del w:id=\"1\"><w:r><w:delText>99</w:delText></w:r></w:del>"
        + "<w:ins w:id=\"2\"><w:r><w:t>49</w:t></w:r></w:ins>"
        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> MERGEFIELD 件数 </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>件</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        + "<w:hyperlink r:id=\"rId9\"><w:r><w:t>申请</w:t></w:r></w:hyperlink>"
        + "<w:smartTag w:uri=\"u\" w:element=\"e\"><w:r><w:t>，</w:t></w:r></w:smartTag>"
        + "<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>3</w:t></w:r></w:fldSimple>"
        + "<w:moveFrom w:id=\"3\"><w:r><w:t>旧处</w:t></w:r></w:moveFrom>"
        + "<w:r><w:t xml:space=\"preserve\">页 </w:t><w:footnoteReference w:id=\"1\"/><w:br/><w:t>年</w:t><w:noBreakHyphen/>"
        + "<w:ruby><w:rubyPr/><w:rt><w:r><w:t>dù</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>度</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>"));
    // The footnote's mark is kept, as a mark (U+FFF9 … U+FFFB), never run into the text before it.
    assertEquals(List.of("共收到49件申请，3页 \uFFF91\uFFFB", "年\u2011度"), lines);
  }

  @Test
  void contentControlsAreReadThroughAndATextBoxOnce() throws Exception {
    Document d = read(body("<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>"
        + "<w:p><w:r><w:t>某县2021年政府信息公开工作年度报告</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>"
        + "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>某县2021年政府信息公开工作年度报告</w:t></w:r></w:p>"
        + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        + "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/></w:docPartObj></w:sdtPr><w:sdtContent>"
        + "<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>" + table("<w:tr><w:tc><w:p><w:r><w:t>规章</w:t></w:r></w:p></w:tc>"
        + "<w:tc><w:p><w:r><w:t>3</w:t></w:r></w:p></w:tc></w:tr>") + "</w:sdtContent></w:sdt>"));
    assertEquals(List.of("某县2021年政府信息公开工作年度报告", "一、总体情况"), paragraphs(d));
    Grid g = (Grid) d.blocks().get(2);
    assertEquals(List.of(List.of("规章", "3")), texts(g));
  }

  @Test
  void rowsAndCellsInContentControlsAndSkippedColumnsKeepTheirPlace() throws Exception {
    Document d = read(body(table("<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr><w:p><w:r><w:t>信息内容</w:t></w:r></w:p>"
        + "<w:p><w:r><w:t>（件）</w:t></w:r></w:p></w:tc></w:tr>"
        + "<w:sdt><w:sdtContent><w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>许可</w:t></w:r></w:p></w:tc>"
        + "<w:tc><w:p><w:r><w:t>12</w:t></w:r></w:p></w:tc><w:sdt><w:sdtContent><w:tc><w:p><w:r><w:t>4</w:t></w:r></w:p></w:tc></w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt>"
        + "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>3</w:t></w:r></w:p></w:tc></w:tr>"
        + "<w:tr><w:trPr><w:gridBefore w:val=\"2\"/></w:trPr><w:tc><w:p><w:r><w:t>7</w:t></w:r></w:p></w:tc></w:tr>")));
    Grid g = (Grid) d.blocks().get(0);
    assertEquals(List.of(List.of("信息内容（件）", "信息内容（件）", "信息内容（件）"), List.of("许可", "12", "4"), List.of("许可", "3", ""), List.of("", "", "7")), texts(g));
    assertEquals(List.of(true, false, true), g.rows().get(2).stream().map(Cell::spanCopy).toList());
  }

  @Test
  void aTableOfTablesIsPageLayoutAndReadThrough() throws Exception {
    Document d = read(body(table("<w:tr><w:tc><w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>"
        + table("<w:tr><w:tc><w:p><w:r><w:t>规章</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc></w:tr>") + "</w:tc></w:tr>")));
    assertEquals("一、总体情况", ((Paragraph) d.blocks().get(0)).text());
    assertEquals(List.of(List.of("规章", "0")), texts((Grid) d.blocks().get(1)));
  }

  @Test
  void aTitleInThePageHeaderIsAHeadline() throws Exception {
    Map<String, byte[]> parts = parts(body("<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>"),
        "<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>");
    parts.put("word/header1.xml", ("<w:hdr " + NAMESPACES + "><w:p><w:r><w:t xml:space=\"preserve\"> 某市2022年政府信息公开工作年度报告 </w:t></w:r></w:p><w:p/></w:hdr>")
        .getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("某市2022年政府信息公开工作年度报告"), read(zip(parts)).headlines());
  }

  @Test
  void strictOpenXmlReadsAsTransitional() throws Exception {
    String strict = body("<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>").replace(W, "http://purl.oclc.org/ooxml/wordprocessingml/main");
    assertEquals(List.of("一、总体情况"), paragraphs(strict));
  }

  @Test
  void nestingNoReportHasIsRefusedWithAReasonNotAStackOverflow() throws Exception {
    String open = "<w:sdt><w:sdtContent>".repeat(5000);
    String close = "</w:sdtContent></w:sdt>".repeat(5000);
    assertEquals("error.docx", assertThrows(ReadException.class, () -> read(body(open + "<w:p/>" + close))).reason().code());
    assertEquals("error.docx", assertThrows(ReadException.class, () -> read(body(table(open + "<w:tr/>" + close)))).reason().code(), "rows");
    assertEquals("error.docx", assertThrows(ReadException.class, () -> read(body(table("<w:tr>" + open + "<w:tc/>" + close + "</w:tr>")))).reason().code(), "cells");
    String choices = "<mc:AlternateContent><mc:Choice>".repeat(5000);
    String ends = "</mc:Choice></mc:AlternateContent>".repeat(5000);
    assertEquals("error.docx", assertThrows(ReadException.class, () -> read(body("<w:p><w:r>" + choices + "<w:t>1</w:t>" + ends + "</w:r></w:p>"))).reason().code(), "runs");
    assertEquals("error.docx", assertThrows(ReadException.class, () -> read(body("<w:p><w:r><w:drawing>" + choices + ends + "</w:drawing></w:r></w:p>"))).reason().code(), "drawings");
  }

  @Test
  void aDocumentTypeDeclarationIsNeverFollowed() throws Exception {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + body("<w:p><w:r><w:t>&x;</w:t></w:r></w:p>");
    assertEquals("error.docx", assertThrows(ReadException.class, () -> read(xxe)).reason().code());
    StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY l0 \"哈哈\">");
    for (int i = 1; i < 10; i++) {
      laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    laughs.append("]>").append(body("<w:p><w:r><w:t>&l9;</w:t></w:r></w:p>"));
    assertEquals("error.docx", assertThrows(ReadException.class, () -> read(laughs.toString())).reason().code());
  }

  private static String table(String rows) {
    return "<w:tbl><w:tblPr/><w:tblGrid/>" + rows + "</w:tbl>";
  }

  private static String body(String content) {
    return "<w:document " + NAMESPACES + "><w:body>" + content + "<w:sectPr/></w:body></w:document>";
  }

  private static List<String> paragraphs(String documentXml) throws Exception {
    return paragraphs(read(documentXml));
  }

  private static List<String> paragraphs(Document d) {
    return d.blocks().stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text()).toList();
  }

  private static List<List<String>> texts(Grid g) {
    return g.rows().stream().map(r -> r.stream().map(Cell::text).toList()).toList();
  }

  private static Document read(String documentXml) throws Exception {
    return read(zip(parts(documentXml, "")));
  }

  private static Document read(byte[] docx) throws ReadException {
    return new DocxReportReader().read(Source.of("t.docx", docx));
  }

  private static Map<String, byte[]> parts(String documentXml, String relationships) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", ("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
        .getBytes(StandardCharsets.UTF_8));
    parts.put("_rels/.rels", ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "</Relationships>").getBytes(StandardCharsets.UTF_8));
    parts.put("word/_rels/document.xml.rels", ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + relationships
        + "</Relationships>").getBytes(StandardCharsets.UTF_8));
    parts.put("word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8));
    return parts;
  }

  private static byte[] zip(Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
