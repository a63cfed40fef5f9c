package org.nianbao.read.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.nianbao.document.Cell;
import org.nianbao.document.Document;
import org.nianbao.document.Grid;
import org.nianbao.document.Paragraph;
import org.nianbao.document.Part;
import org.nianbao.read.ReadException;
import org.nianbao.read.Source;
import org.nianbao.read.front.Detector;
import org.nianbao.read.front.FileForm;
import org.nianbao.read.front.Readers;

/**
 * The DOCX reader reads what Word shows and nothing it hides (issue 28, principle 1): revisions as
 * accepted, hidden text and comments out, list numbers as printed, marks kept apart from numbers,
 * text boxes in place with their tables as tables, and documents embedded in the file named as parts
 * where they stand.
 */
class WordShowsTest {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String NAMESPACES = "xmlns:w=\"" + W + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
      + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:v=\"urn:schemas-microsoft-com:vml\""
      + " xmlns:o=\"urn:schemas-microsoft-com:office:office\""
      + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
      + " xmlns:wpg=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\""
      + " xmlns:wpc=\"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas\"";
  private static final char M = '\uFFF9';
  private static final char E = '\uFFFB';

  // ---- revisions ----

  @Test
  void revisionsReadAsAccepted() throws Exception {
    Document d = read(body(p(r("共") + "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>48</w:delText></w:r></w:del>"
        + "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>50</w:t></w:r></w:ins>" + r("件"))
        // A paragraph whose mark is deleted is one with the next.
        + "<w:p><w:pPr><w:rPr><w:del w:id=\"3\" w:author=\"a\"/></w:rPr></w:pPr>" + r("三、收到和处理") + "</w:p>" + p(r("政府信息公开申请情况"))
        // Properties before a revision are not the text's: the run is neither hidden nor raised.
        + p("<w:r><w:rPr><w:b/><w:rPrChange w:id=\"4\" w:author=\"a\"><w:rPr><w:vanish/><w:vertAlign w:val=\"superscript\"/></w:rPr></w:rPrChange></w:rPr>"
            + "<w:t>七</w:t></w:r>")
        + p("<w:moveFrom w:id=\"5\" w:author=\"a\"><w:r><w:t>旧处</w:t></w:r></w:moveFrom><w:moveTo w:id=\"6\" w:author=\"a\"><w:r><w:t>新处</w:t></w:r></w:moveTo>")));
    assertEquals(List.of("共50件", "三、收到和处理政府信息公开申请情况", "七", "新处"), paragraphs(d));
  }

  @Test
  void aContentControlShowingItsPlaceholderHoldsAPromptNotTheReportsWords() throws Exception {
    Document d = read(body(table(row(cell("规章")
        + "<w:tc><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" + p(r("单击此处输入数字。")) + "</w:sdtContent></w:sdt></w:tc>"
        + "<w:tc><w:sdt><w:sdtPr><w:alias w:val=\"现行有效\"/></w:sdtPr><w:sdtContent>" + p(r("5")) + "</w:sdtContent></w:sdt></w:tc>"))));
    assertEquals(List.of(List.of("规章", M + "单击此处输入数字。" + E, "5")), texts((Grid) d.blocks().get(0)));
  }

  @Test
  void deletedRowsAndCellsAreGone() throws Exception {
    Document d = read(body(table(row(cell("规章") + cell("3") + "<w:tc><w:tcPr><w:cellDel w:id=\"1\" w:author=\"a\"/></w:tcPr>" + p(r("9")) + "</w:tc>")
        // A row deleted as a revision, its runs left plain as some editors leave them.
        + "<w:tr><w:trPr><w:del w:id=\"2\" w:author=\"a\"/></w:trPr>" + cell("规章") + cell("8") + "</w:tr>"
        + "<w:tr><w:trPr><w:ins w:id=\"3\" w:author=\"a\"/><w:trPrChange w:id=\"4\" w:author=\"a\"><w:trPr><w:gridBefore w:val=\"1\"/><w:del w:id=\"5\" w:author=\"a\"/></w:trPr></w:trPrChange></w:trPr>"
        + cell("行政规范性文件") + cell("5") + "</w:tr>")));
    assertEquals(List.of(List.of("规章", "3"), List.of("行政规范性文件", "5")), texts((Grid) d.blocks().get(0)));
  }

  // ---- what is hidden ----

  @Test
  void hiddenTextCommentsAndNoteBodiesAreNotRead() throws Exception {
    Map<String, byte[]> parts = parts(body(p(r("4") + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>9</w:t></w:r>" + r("0")
        + "<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>件</w:t></w:r>")
        + p("<w:r><w:rPr><w:rStyle w:val=\"hide\"/></w:rPr><w:t>旧数</w:t></w:r>" + r("新数"))
        + p("<w:commentRangeStart w:id=\"0\"/>" + r("12") + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>")
        + p(r("目录") + "<w:r><w:rPr><w:webHidden/></w:rPr><w:tab/></w:r><w:r><w:rPr><w:webHidden/></w:rPr><w:t>3</w:t></w:r>")
        // A hidden paragraph mark: the paragraph runs on into the next, as Word prints it.
        + "<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>" + r("四、政府信息") + "</w:p>" + p(r("公开行政复议"))),
        "<Relationship Id=\"s\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"c\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>");
    parts.put("word/styles.xml", utf8("<w:styles " + NAMESPACES + "><w:style w:type=\"character\" w:styleId=\"hide\"><w:name w:val=\"隐藏\"/>"
        + "<w:rPr><w:vanish/></w:rPr></w:style></w:styles>"));
    parts.put("word/comments.xml", utf8("<w:comments " + NAMESPACES + "><w:comment w:id=\"0\"><w:p><w:r><w:t>应为13</w:t></w:r></w:p></w:comment></w:comments>"));
    assertEquals(List.of("40件", "新数", "12", "目录", "四、政府信息公开行政复议"), paragraphs(read(zip(parts))));
  }

  @Test
  void aStyleSeparatorAndADropCapRunOnIntoTheNextParagraph() throws Exception {
    Document d = read(body("<w:p><w:pPr><w:rPr><w:specVanish/></w:rPr></w:pPr>" + r("一、总体情况") + "</w:p>" + p(r("全年收到申请50件。"))
        + "<w:p><w:pPr><w:framePr w:dropCap=\"drop\" w:lines=\"2\"/></w:pPr>" + r("2") + "</w:p>" + p(r("021年，本局…"))));
    assertEquals(List.of("一、总体情况全年收到申请50件。", "2021年，本局…"), paragraphs(d));
  }

  // ---- marks ----

  @Test
  void raisedTextAndNoteReferencesAreMarksNeverPartOfANumber() throws Exception {
    Map<String, byte[]> parts = parts(body(table(row(cell("总计")
        + "<w:tc>" + p(r("423") + "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>①</w:t></w:r>") + "</w:tc>"
        + "<w:tc>" + p(r("50") + "<w:r><w:rPr><w:rStyle w:val=\"fn\"/></w:rPr><w:footnoteReference w:id=\"1\"/></w:r>"
            + "<w:r><w:rPr><w:rStyle w:val=\"fn\"/></w:rPr><w:footnoteReference w:id=\"2\"/></w:r>") + "</w:tc>"
        + "<w:tc>" + p(r("6") + "<w:r><w:rPr><w:vertAlign w:val=\"subscript\"/></w:rPr><w:t>注</w:t></w:r>"
            + "<w:r><w:rPr><w:vertAlign w:val=\"subscript\"/></w:rPr><w:t>1</w:t></w:r>") + "</w:tc>"
        + "<w:tc>" + p(r("7") + "<w:r><w:footnoteReference w:customMarkFollows=\"1\" w:id=\"3\"/><w:t>*</w:t></w:r>"
            + "<w:r><w:endnoteReference w:id=\"1\"/></w:r>") + "</w:tc>"))),
        "<Relationship Id=\"s\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>");
    parts.put("word/settings.xml", utf8("<w:settings " + NAMESPACES + "><w:footnotePr><w:numFmt w:val=\"decimalEnclosedCircleChinese\"/></w:footnotePr></w:settings>"));
    Grid g = (Grid) read(zip(parts)).blocks().get(0);
    assertEquals(List.of("总计", "423" + M + "①" + E, "50" + M + "①" + E + M + "②" + E, "6" + M + "注1" + E, "7" + M + "*" + E + M + "i" + E),
        texts(g).get(0));
  }

  // ---- list numbering ----

  private static final String NUMBERING = "<w:numbering " + NAMESPACES + ">"
      + "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:suff w:val=\"nothing\"/>"
      + "<w:lvlText w:val=\"%1、\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
      + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/></w:lvl></w:abstractNum>"
      + "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"4\"/><w:numFmt w:val=\"decimalEnclosedCircleChinese\"/><w:lvlText w:val=\"%1\"/></w:lvl></w:abstractNum>"
      + "<w:abstractNum w:abstractNumId=\"2\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\uF06C\"/></w:lvl></w:abstractNum>"
      + "<w:abstractNum w:abstractNumId=\"3\"><w:numStyleLink w:val=\"listStyle\"/></w:abstractNum>"
      + "<w:abstractNum w:abstractNumId=\"4\"><w:styleLink w:val=\"listStyle\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/>"
      + "<w:lvlText w:val=\"第%1部分\"/></w:lvl></w:abstractNum>"
      + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"2\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
      + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/></w:num><w:num w:numId=\"4\"><w:abstractNumId w:val=\"2\"/></w:num>"
      + "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"4\"/></w:num><w:num w:numId=\"6\"><w:abstractNumId w:val=\"3\"/></w:num></w:numbering>";

  private static final String STYLES = "<w:styles " + NAMESPACES + ">"
      + "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"h\"><w:basedOn w:val=\"2\"/></w:style>"
      + "<w:style w:type=\"numbering\" w:styleId=\"listStyle\"><w:pPr><w:numPr><w:numId w:val=\"5\"/></w:numPr></w:pPr></w:style></w:styles>";

  @Test
  void listParagraphsShowTheLabelsWordPrints() throws Exception {
    Map<String, byte[]> parts = parts(body(p(r("总体情况"), "<w:pStyle w:val=\"2\"/>")
        + p(r("主动公开"), numPr(1, 1)) + p(r("依申请公开"), numPr(1, 1))
        + p(r("政府信息情况"), "<w:pStyle w:val=\"h\"/>")
        + table(row(cell(p(r("属于国家秘密"), numPr(1, 2))) + cell("0")) + row(cell(p(r("其他"), numPr(1, 2))) + cell("1")))
        + p(r("不予公开"), numPr(1, 1)) + p(r("本机关不掌握"), numPr(2, 2)) + p(r("没有现成信息"), numPr(2, 2))
        + p(r("重复申请"), numPr(3, 0)) + p(r("要点"), numPr(4, 0)) + p(r("不编号"), "<w:pStyle w:val=\"2\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>")
        + p(r("附件"), numPr(6, 0))),
        "<Relationship Id=\"n\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
            + "<Relationship Id=\"s\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
    parts.put("word/numbering.xml", utf8(NUMBERING));
    parts.put("word/styles.xml", utf8(STYLES));
    Document d = read(zip(parts));
    assertEquals(List.of("一、总体情况", "（一）主动公开", "（二）依申请公开", "二、政府信息情况", "（一）不予公开", "1.本机关不掌握", "2.没有现成信息", "④重复申请", "要点",
        "不编号", "第I部分 附件"), paragraphs(d));
    assertEquals(List.of(List.of("1.属于国家秘密", "0"), List.of("2.其他", "1")), texts((Grid) d.blocks().get(4)));
  }

  @Test
  void numbersPrintAsWordPrintsThem() {
    assertEquals(List.of("一", "十", "十一", "二十", "二十三", "一百", "一百零五", "一百一十", "一千零二十"),
        List.of(1, 10, 11, 20, 23, 100, 105, 110, 1020).stream().map(NumberText::counting).toList());
    assertEquals("贰拾叁", NumberText.of(23, "chineseLegalSimplified", null));
    assertEquals("丙", NumberText.of(3, "ideographTraditional", null));
    assertEquals("⑫", NumberText.of(12, "decimalEnclosedCircle", null));
    assertEquals("１２", NumberText.of(12, "decimalFullWidth", null));
    assertEquals("XIV", NumberText.of(14, "upperRoman", null));
    assertEquals("AA", NumberText.of(27, "upperLetter", null));
    assertEquals("007", NumberText.of(7, "custom", "001, 002, 003, ..."));
    assertEquals("chineseCounting", NumberText.nfc(37));
  }

  // ---- text boxes, shapes, content controls ----

  @Test
  void aTableInATextBoxIsATableReadOnceWhereItIsAnchored() throws Exception {
    String t4 = table(row(cell("行政复议") + cell("结果维持")) + row(cell("合计") + cell("4")));
    String box = "<w:txbxContent>" + p(r("（单位：件）")) + t4 + "</w:txbxContent>";
    Document d = read(body(p(r("四、行政复议情况")) + p("<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>" + box
        + "</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict>"
        + "</mc:Fallback></mc:AlternateContent></w:r>") + p(r("五、存在的主要问题"))));
    assertEquals(List.of("四、行政复议情况", "（单位：件）", "五、存在的主要问题"), paragraphs(d));
    assertEquals(1, d.blocks().stream().filter(b -> b instanceof Grid).count(), "the fallback repeats the box: read once");
    assertEquals(List.of(List.of("行政复议", "结果维持"), List.of("合计", "4")), texts((Grid) d.blocks().get(2)));
  }

  @Test
  void groupsCanvasesVmlBoxesAndWordArtAreReadInPlace() throws Exception {
    Document d = read(body(p(r("标题前")
        + "<w:r><w:drawing><wpg:wgp><wps:wsp><wps:txbx><w:txbxContent>" + p(r("甲框")) + "</w:txbxContent></wps:txbx></wps:wsp>"
        + "<wps:wsp><wps:txbx><w:txbxContent>" + p(r("乙框")) + "</w:txbxContent></wps:txbx></wps:wsp></wpg:wgp></w:drawing></w:r>"
        + "<w:r><w:drawing><wpc:wpc><wps:wsp><wps:txbx><w:txbxContent>" + p(r("画布框")) + "</w:txbxContent></wps:txbx></wps:wsp></wpc:wpc></w:drawing></w:r>"
        + "<w:r><w:pict><v:shape><v:textpath string=\"某县人民政府文件\"/></v:shape></w:pict></w:r>"
        + "<w:r><w:pict><v:group><v:shape><v:textbox><w:txbxContent>" + p(r("VML框")) + "</w:txbxContent></v:textbox></v:shape></v:group></w:pict></w:r>"
        + r("标题后"))));
    assertEquals(List.of("标题前", "甲框", "乙框", "画布框", "某县人民政府文件", "VML框", "标题后"), paragraphs(d));
  }

  @Test
  void contentControlsAtEveryLevelAreReadThrough() throws Exception {
    String figure = "<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent>" + r("38") + "</w:sdtContent></w:sdt>";
    Document d = read(body("<w:sdt><w:sdtPr><w:alias w:val=\"表二\"/></w:sdtPr><w:sdtContent>" + table(row(cell("规章") + cell("0"))
        + "<w:sdt><w:sdtContent>" + row(cell("行政规范性文件") + "<w:sdt><w:sdtContent><w:tc>" + p(figure) + "</w:tc></w:sdtContent></w:sdt>") + "</w:sdtContent></w:sdt>")
        + "</w:sdtContent></w:sdt>"));
    assertEquals(List.of(List.of("规章", "0"), List.of("行政规范性文件", "38")), texts((Grid) d.blocks().get(0)));
  }

  @Test
  void aHorizontalMergeWrittenCellByCellSpansItsColumns() throws Exception {
    Document d = read(body(table(row(cell("信息内容") + "<w:tc><w:tcPr><w:hMerge w:val=\"restart\"/></w:tcPr>" + p(r("本年处理决定数量")) + "</w:tc>"
        + "<w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:hMerge w:val=\"continue\"/></w:tcPr><w:p/></w:tc>")
        + row(cell("行政许可") + cell("12") + cell("") + cell("")))));
    Grid g = (Grid) d.blocks().get(0);
    assertEquals(List.of("信息内容", "本年处理决定数量", "本年处理决定数量", "本年处理决定数量"), texts(g).get(0));
    assertEquals(List.of(false, false, true, true), g.rows().get(0).stream().map(Cell::spanCopy).toList());
  }

  @Test
  void aHeaderTypedACharacterALineIsOneWord() throws Exception {
    Document d = read(body(table(row("<w:tc><w:tcPr><w:textDirection w:val=\"tbRl\"/></w:tcPr>" + p("<w:r><w:t>社</w:t><w:br/><w:t>会</w:t><w:br/><w:t>公</w:t>"
        + "<w:br/><w:t>益</w:t></w:r>") + "</w:tc>" + cell(p(r("本年新")) + p(r("制作"))) + cell(p("<w:r><w:t>No.</w:t><w:br/><w:t>1</w:t></w:r>"))))));
    assertEquals(List.of(List.of("社会公益", "本年新制作", "No. 1")), texts((Grid) d.blocks().get(0)));
  }

  // ---- embedded documents ----

  @Test
  void embeddedDocumentsAreNamedAsPartsWhereTheyStand() throws Exception {
    byte[] inner = zip(parts(body(p(r("二、主动公开政府信息情况"))), ""));
    byte[] mht = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=b\"\r\n\r\n------=b\r\nContent-Type: text/html; charset=\"utf-8\"\r\n"
        + "Content-Transfer-Encoding: quoted-printable\r\n\r\n<table border=3D\"1\"><tr><td>=E8=A7=84=E7=AB=A0</td><td>12=\r\n3</td></tr></table>\r\n------=b--\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    Map<String, byte[]> parts = parts(body(p(r("一、总体情况")) + "<w:altChunk r:id=\"c1\"/>" + p(r("三、收到和处理"))
        + p("<w:r><w:object><v:shape><v:imagedata r:id=\"img\"/></v:shape><o:OLEObject Type=\"Embed\" ProgID=\"Word.Document.12\" r:id=\"o1\"/></w:object></w:r>")
        + "<w:altChunk r:id=\"c2\"/><w:altChunk r:id=\"gone\"/>"),
        rel("c1", "aFChunk", "chunk1.docx") + rel("o1", "package", "embeddings/Microsoft_Word_Document.docx") + rel("img", "image", "media/image1.png")
            + rel("c2", "aFChunk", "/word/afchunk.mht") + rel("gone", "aFChunk", "missing.htm"));
    parts.put("word/chunk1.docx", inner);
    parts.put("word/embeddings/Microsoft_Word_Document.docx", inner);
    parts.put("word/afchunk.mht", mht);
    Document d = read(zip(parts));
    assertEquals(List.of("一、总体情况", "三、收到和处理"), paragraphs(d));
    assertEquals(List.of(1, 2, 2), d.parts().stream().map(Part::at).toList(), "each where it stands, the object's preview picture not read");
    assertEquals(List.of("chunk1.docx", "Microsoft_Word_Document.docx", "afchunk.mht"), d.parts().stream().map(Part::name).toList());
    assertTrue(d.parts().stream().allMatch(p -> p.kind() == Part.Kind.EMBEDDED));
    assertEquals("<table border=\"1\"><tr><td>规章</td><td>123</td></tr></table>\r\n", new String(d.parts().get(2).bytes(), StandardCharsets.UTF_8).strip() + "\r\n",
        "the page a web archive holds, its encoding undone");
    assertEquals(List.of("read.part_unreadable"), d.notes().stream().map(n -> n.code()).toList(), "a part the package does not hold is said");
    assertEquals("嵌入文档“missing.htm”未能读取：Word文件中没有它的内容", d.notes().get(0).zh());
  }

  @Test
  void anRtfChunkIsNamedAndTheRegistrySaysWhyItIsNotRead() throws Exception {
    Map<String, byte[]> parts = parts(body(p(r("一、总体情况")) + "<w:altChunk r:id=\"c1\"/>"), rel("c1", "aFChunk", "afchunk.rtf"));
    parts.put("word/afchunk.rtf", utf8("{\\rtf1\\ansi 规章 0 0 0}"));
    Document d = Readers.standard(false, (source, message) -> { }).read("t.docx", zip(parts));
    assertEquals(List.of("read.part_unreadable"), d.notes().stream().map(n -> n.code()).toList());
    assertTrue(d.notes().get(0).zh().contains("RTF"), d.notes().get(0).zh());
  }

  @Test
  void anOleObjectIsTakenOutOfItsWrapping() throws Exception {
    byte[] inner = "PK\u0003\u0004not really".getBytes(StandardCharsets.ISO_8859_1);
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fs.createDocument(new ByteArrayInputStream(inner), "Package");
      fs.writeFilesystem(out);
      Embedded.Found found = Embedded.of("oleObject1.bin", out.toByteArray());
      assertEquals("oleObject1.bin", found.name());
      assertEquals(new String(inner, StandardCharsets.ISO_8859_1), new String(found.bytes(), StandardCharsets.ISO_8859_1));
    }
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      new org.apache.poi.poifs.filesystem.Ole10Native("table3.txt", "C:\\report\\table3.txt", "C:\\report\\table3.txt", utf8("规章 0 0 0")).writeOut(out);
      fs.createDocument(new ByteArrayInputStream(out.toByteArray()), org.apache.poi.poifs.filesystem.Ole10Native.OLE10_NATIVE);
      ByteArrayOutputStream file = new ByteArrayOutputStream();
      fs.writeFilesystem(file);
      Embedded.Found found = Embedded.of("oleObject2.bin", file.toByteArray());
      assertEquals("table3.txt", found.name());
      assertEquals("规章 0 0 0", new String(found.bytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void wordsOwnOneFileXmlFormsAreRead() throws Exception {
    String flat = "<?xml version=\"1.0\" standalone=\"yes\"?>\n<?mso-application progid=\"Word.Document\"?>\n"
        + "<pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\">"
        + "<pkg:part pkg:name=\"/_rels/.rels\"><pkg:xmlData><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "</Relationships></pkg:xmlData></pkg:part><pkg:part pkg:name=\"/word/document.xml\"><pkg:xmlData>" + body(p(r("一、总体情况")))
        + "</pkg:xmlData></pkg:part></pkg:package>";
    DocxReportReader reader = new DocxReportReader();
    assertEquals(FileForm.DOCX, Detector.detect(Source.of("t.xml", utf8(flat))).form());
    assertEquals(List.of("一、总体情况"), paragraphs(reader.read(Source.of("t.xml", utf8(flat)))));
    String word2003 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><?mso-application progid=\"Word.Document\"?>"
        + "<w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\" xmlns:wx=\"http://schemas.microsoft.com/office/word/2003/auxHint\">"
        + "<w:body><wx:sect><w:p><w:pPr><w:listPr><w:ilvl w:val=\"0\"/><w:ilfo w:val=\"1\"/><wx:t wx:val=\"一、\"/></w:listPr></w:pPr>"
        + "<w:r><w:t>总体情况</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:tcPr><w:vmerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>许可</w:t></w:r></w:p></w:tc>"
        + "<w:tc><w:p><w:r><w:t>12</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vmerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>3</w:t></w:r></w:p></w:tc></w:tr>"
        + "</w:tbl></wx:sect></w:body></w:wordDocument>";
    assertEquals(FileForm.DOCX, Detector.detect(Source.of("t.doc", utf8(word2003))).form());
    Document d = reader.read(Source.of("t.doc", utf8(word2003)));
    assertEquals(List.of("一、总体情况"), paragraphs(d));
    assertEquals(List.of(List.of("许可", "12"), List.of("许可", "3")), texts((Grid) d.blocks().get(1)));
    assertEquals(FileForm.WEB_PAGE, Detector.detect(Source.of("t.html", utf8("<html><head><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--></head></html>"))).form(),
        "a page Word saved as HTML is a page");
  }

  // ---- helpers ----

  private static String numPr(int numId, int ilvl) {
    return "<w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>";
  }

  private static String rel(String id, String kind, String target) {
    return "<Relationship Id=\"" + id + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + kind + "\" Target=\"" + target + "\"/>";
  }

  private static String r(String text) {
    return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
  }

  private static String p(String runs) {
    return "<w:p>" + runs + "</w:p>";
  }

  private static String p(String runs, String properties) {
    return "<w:p><w:pPr>" + properties + "</w:pPr>" + runs + "</w:p>";
  }

  private static String cell(String content) {
    return "<w:tc>" + (content.startsWith("<") ? content : p(r(content))) + "</w:tc>";
  }

  private static String row(String cells) {
    return "<w:tr>" + cells + "</w:tr>";
  }

  private static String table(String rows) {
    return "<w:tbl><w:tblPr/><w:tblGrid/>" + rows + "</w:tbl>";
  }

  private static String body(String content) {
    return "<w:document " + NAMESPACES + "><w:body>" + content + "<w:sectPr/></w:body></w:document>";
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
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
    parts.put("[Content_Types].xml", utf8("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
    parts.put("_rels/.rels", utf8("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "</Relationships>"));
    parts.put("word/_rels/document.xml.rels", utf8("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + relationships
        + "</Relationships>"));
    parts.put("word/document.xml", utf8(documentXml));
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
