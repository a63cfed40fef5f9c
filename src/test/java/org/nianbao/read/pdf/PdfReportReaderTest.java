package org.nianbao.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.nianbao.document.Block;
import org.nianbao.message.Message;
import org.nianbao.document.Document;
import org.nianbao.document.Grid;
import org.nianbao.document.Paragraph;
import org.nianbao.document.Picture;
import org.nianbao.model.Outcome;
import org.nianbao.pipeline.Pipeline;
import org.nianbao.read.ReadException;
import org.nianbao.read.front.Readers;

class PdfReportReaderTest {
  private static final Readers READERS = Readers.standard();
  /** Leaves pictures unread: what is read from a picture is tested with the pictures. */
  private static final Readers UNREAD_PICTURES = Readers.standard(false, (source, message) -> { });

  @Test
  void rebuildsRuledTablesWithTheirMergedCells() throws Exception {
    Document d = READERS.read(Path.of("test-data/forms/html-2021-form-gbk.pdf"));
    List<Grid> grids = d.blocks().stream().filter(Grid.class::isInstance).map(Grid.class::cast).toList();
    assertEquals(3, grids.size(), "表二, 表三 and 表四, each one grid");
    Grid t2 = grids.get(0);
    assertEquals(List.of("规章", "0", "0", "0"), t2.rows().get(2).stream().map(c -> c.text()).toList());
    assertTrue(t2.rows().get(0).get(1).spanCopy(), "the 第二十条第（一）项 header spans the table");
  }

  @Test
  void joinsLinesThatWrappedAtTheMarginIntoOneParagraph() throws Exception {
    Document d = READERS.read(Path.of("test-data/forms/haining-2020.pdf"));
    String opening = d.blocks().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()).filter(t -> t.startsWith("本报告是根据")).findFirst().orElseThrow();
    assertTrue(opening.contains("由海宁市人民政府办公室依据") && opening.contains("直属各单位"), opening);
  }

  @Test
  void glyphsDrawnByAType3FontAreNoTablesBorders() throws Exception {
    // A browser printing a page draws its bold headings in Type 3 fonts, each glyph a small
    // drawing of its own: their strokes once read as ruling lines, made tables of the headings and
    // lost characters of them to those tables.
    Document d = READERS.read(Path.of("test-data/wild/cut-at-edge.pdf"));
    List<String> paragraphs = d.blocks().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()).toList();
    assertTrue(paragraphs.contains("二、主动公开政府信息情况"), String.join("\n", paragraphs));
    assertTrue(paragraphs.contains("四、政府信息公开行政复议、行政诉讼情况"), String.join("\n", paragraphs));
    List<Grid> grids = d.blocks().stream().filter(Grid.class::isInstance).map(Grid.class::cast).toList();
    assertEquals(3, grids.size(), "表二, 表三 and 表四, and no table made of a heading's strokes");
  }

  @Test
  void aPageWithoutTextIsAPicture() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      doc.save(out);
      pdf = out.toByteArray();
    }
    List<Block> blocks = READERS.read("scan.pdf", pdf).blocks();
    assertEquals(1, blocks.size());
    assertTrue(((Picture) blocks.get(0)).wholePage());
  }

  @Test
  void pagesWhoseFontsLostTheirUnicodeMapsAreReadFromTheirPictures() throws Exception {
    String text = new String(Files.readAllBytes(Path.of("test-data/forms/html-2021-form-gbk.pdf")), StandardCharsets.ISO_8859_1);
    // Without /ToUnicode the subset fonts' glyph codes show through, as control characters among them.
    Document d = UNREAD_PICTURES.read("nomap.pdf", text.replace("/ToUnicode", "/XoUnicode").getBytes(StandardCharsets.ISO_8859_1));
    assertTrue(d.notes().stream().anyMatch(n -> n.equals(Message.of("read.pdf.text_layer_unusable", 1, Message.of("read.pdf.layer.unmapped", 323)))),
        d.notes().toString());
    assertTrue(d.blocks().stream().allMatch(b -> b instanceof Picture p && p.wholePage()), "every page is read from its picture");
  }

  @Test
  void anInstructionNoPdfHasMarksThePageDamaged() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(100, 700);
        cs.showText("12 3");
        cs.endText();
      }
      doc.save(out, CompressParameters.NO_COMPRESSION);
      pdf = out.toByteArray();
    }
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    assertTrue(text.contains(" Td"));
    Document d = READERS.read("odd.pdf", text.replace(" Td", " Tx").getBytes(StandardCharsets.ISO_8859_1));
    assertTrue(d.notes().stream().anyMatch(n -> n.equals(Message.of("read.pdf.page_damaged", 1, Message.of("read.pdf.unknown_operator", "Tx")))), d.notes().toString());
    assertTrue(((Paragraph) d.blocks().get(0)).damaged());
  }

  @Test
  void anEncryptedPdfIsRefusedInOneLine() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(out);
      pdf = out.toByteArray();
    }
    byte[] bytes = pdf;
    assertEquals("error.pdf_encrypted", assertThrows(ReadException.class, () -> READERS.read("locked.pdf", bytes)).reason().code());
  }

  @Test
  void aTruncatedPdfGivesAnErrorOrFlagsWhatItLost() throws Exception {
    byte[] pdf = Files.readAllBytes(Path.of("test-data/forms/shaoxing-office-2020.pdf"));
    for (int keep : new int[] {10, pdf.length / 3, pdf.length * 2 / 3}) {
      Outcome o = Pipeline.standard().run("cut.pdf", Arrays.copyOf(pdf, keep));
      assertTrue(o.error().isPresent() || !o.report().orElseThrow().flags().isEmpty(), "cut at " + keep + ": " + o);
      o.error().ifPresent(e -> assertTrue(e.code().equals("error.pdf") || e.code().equals("error.no_report"), e.toString()));
    }
  }

  @Test
  void aDamagedPageLeavesItsNumbersUnreadAndSaysWhy() throws Exception {
    byte[] pdf = Files.readAllBytes(Path.of("test-data/forms/html-2021-form-gbk.pdf"));
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    // The fonts lose their /LastChar: their widths no longer apply, characters pile up and their order cannot be trusted.
    byte[] damaged = text.replace("/LastChar", "/LastChxr").getBytes(StandardCharsets.ISO_8859_1);
    var report = Pipeline.standard().run("damaged.pdf", damaged).report().orElseThrow();
    assertTrue(report.flags().stream().anyMatch(f -> f.code().equals("read.pdf.page_damaged")), report.flags().toString());
    assertTrue(report.values().values().stream().noneMatch(v -> v.kind() == org.nianbao.model.ValueKind.NUMBER), "no number from a damaged page is passed as read");
  }
  @Test
  void aFigureStruckThroughIsDeletedAndNotGluedToTheNewOne() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        // As Writer prints a tracked change with its markup: the old figure struck through, the new one underlined.
        shown(cs, font, 100, 700, "53");
        float five = font.getStringWidth("5") / 1000 * 11;
        cs.setLineWidth(0.7f);
        line(cs, 100, 703.1f, 100 + five, 703.1f);
        line(cs, 100 + five, 699, 100 + 2 * five, 699);
        // A rule running on past the figure it crosses is no strike-through.
        shown(cs, font, 100, 650, "24");
        line(cs, 60, 653.1f, 400, 653.1f);
      }
      doc.save(out);
      pdf = out.toByteArray();
    }
    Document d = READERS.read("markup.pdf", pdf);
    List<String> texts = d.blocks().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()).toList();
    assertEquals("3 24", String.join(" ", texts), "the struck 5 is not read; the 24 a rule crosses is");
    assertTrue(d.notes().contains(Message.of("read.pdf.struck_text", 1, 1)), d.notes().toString());
  }

  private static void shown(PDPageContentStream cs, PDType1Font font, float x, float y, String text) throws java.io.IOException {
    cs.beginText();
    cs.setFont(font, 11);
    cs.newLineAtOffset(x, y);
    cs.showText(text);
    cs.endText();
  }

  private static void line(PDPageContentStream cs, float x0, float y0, float x1, float y1) throws java.io.IOException {
    cs.moveTo(x0, y0);
    cs.lineTo(x1, y1);
    cs.stroke();
  }
}
