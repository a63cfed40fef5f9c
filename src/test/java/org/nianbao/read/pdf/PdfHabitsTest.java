package org.nianbao.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.document.Block;
import org.nianbao.document.Cell;
import org.nianbao.document.Document;
import org.nianbao.document.Grid;
import org.nianbao.document.Paragraph;
import org.nianbao.document.Picture;
import org.nianbao.message.Message;
import org.nianbao.read.front.Readers;

/** The PDF habits of test-data/habits (made by test-data/make-habits-pdf.py), as the reader sees them. */
class PdfHabitsTest {
  /** Pictures are left unread here: which pages go to be read from their pictures is what is tested. */
  private static final Readers READERS = Readers.standard(false, (source, message) -> { });

  private static Document read(String name) throws Exception {
    return READERS.read(Path.of("test-data/habits/" + name));
  }

  private static List<Grid> grids(Document d) {
    return d.blocks().stream().filter(Grid.class::isInstance).map(Grid.class::cast).toList();
  }

  /** The row of a grid whose first cells hold {@code label}, as texts. */
  private static List<String> row(Document d, String label) {
    for (Grid g : grids(d)) {
      for (List<Cell> r : g.rows()) {
        if (r.stream().anyMatch(c -> c.text().contains(label))) {
          return r.stream().map(Cell::text).toList();
        }
      }
    }
    throw new AssertionError("no row " + label);
  }

  private static boolean pageIsPicture(Document d, int page) {
    return d.blocks().stream().anyMatch(b -> b instanceof Picture p && p.wholePage() && p.pos().path().equals("page[" + page + "]"));
  }

  @ParameterizedTest
  @CsvSource({
    "pdf-pua-font.pdf, read.pdf.layer.private_use",
    "pdf-cid-unmapped.pdf, read.pdf.layer.unmapped",
    "pdf-symbol-digits.pdf, read.pdf.layer.private_use",
    "pdf-radicals.pdf, read.pdf.layer.radicals",
    "pdf-digits-disagree.pdf, read.pdf.layer.contradicted"})
  void aPageWhoseTextLayerLiesIsReadFromItsPictureAndSaysWhy(String file, String why) throws Exception {
    Document d = read(file);
    Message note = d.notes().stream().filter(n -> n.code().equals("read.pdf.text_layer_unusable")).findFirst().orElseThrow(() -> new AssertionError(d.notes()));
    assertEquals(2, note.args().get(0), "表三's page");
    assertEquals(why, ((Message) note.args().get(1)).code());
    assertTrue(pageIsPicture(d, 2));
    assertFalse(pageIsPicture(d, 1), "the pages whose text is sound are read from their text");
    assertEquals(List.of("规章", "0", "0", "0"), row(d, "规章"));
  }

  @Test
  void aScansOcrLayerThatAgreesWithItsPictureIsReadAndThePictureIsNot() throws Exception {
    Document d = read("pdf-ocr-layer.pdf");
    assertTrue(d.notes().contains(Message.of("read.pdf.ocr_layer", 1)), d.notes().toString());
    assertTrue(d.blocks().stream().noneMatch(Picture.class::isInstance), "the scan is read once, from its layer");
    // The table's borders are in the picture only: found there, 表三 reads as a grid.
    assertEquals(List.of("6", "1", "1", "0", "0", "1", "9"), row(d, "本机关不掌握").subList(3, 10));
  }

  @ParameterizedTest
  @CsvSource({"pdf-ocr-layer-latin.pdf, read.pdf.layer.not_chinese", "pdf-ocr-layer-partial.pdf, read.pdf.layer.uncovered"})
  void aScansOcrLayerThatDoesNotIsLeftForThePicture(String file, String why) throws Exception {
    Document d = read(file);
    assertTrue(d.notes().stream().anyMatch(n -> n.code().equals("read.pdf.text_layer_unusable") && ((Message) n.args().get(1)).code().equals(why)), d.notes().toString());
    assertTrue(pageIsPicture(d, 1) && pageIsPicture(d, 2));
  }

  @ParameterizedTest
  @CsvSource({"pdf-invisible-text.pdf, invisible", "pdf-white-text.pdf, white", "pdf-whiteout.pdf, covered", "pdf-clipped-cells.pdf, clipped"})
  void textAViewerDoesNotShowIsNotReadAndIsSaid(String file, String how) throws Exception {
    Document d = read(file);
    assertEquals(List.of("40", "6", "1", "0", "2", "1", "50"), row(d, "本年新收").subList(3, 10));
    assertTrue(d.notes().stream().anyMatch(n -> n.code().equals("read.pdf.unseen_text") && ((Message) n.args().get(2)).code().equals("read.pdf.unseen." + how)),
        d.notes().toString());
  }

  @Test
  void eachPageOfATwoUpSheetReadsOnlyWhatItsCropBoxShows() throws Exception {
    Document d = read("pdf-imposed-2up.pdf");
    long titles = d.blocks().stream().filter(b -> b instanceof Paragraph p && p.text().endsWith("政府信息公开工作年度报告")).count();
    assertEquals(1, titles);
    assertEquals(3, grids(d).size(), "表二, 表三 and 表四 once each");
  }

  @ParameterizedTest
  @CsvSource({"pdf-rotate-90.pdf", "pdf-rotate-270.pdf", "pdf-rotate-180.pdf", "pdf-sideways-table.pdf", "pdf-landscape-page.pdf"})
  void turnedPagesAndTablesReadInTheirOwnDirection(String file) throws Exception {
    Document d = read(file);
    assertEquals(List.of("20", "3", "0", "0", "1", "0", "24"), row(d, "予以公开").subList(3, 10));
    List<String> paragraphs = d.blocks().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()).toList();
    int heading = paragraphs.indexOf("三、收到和处理政府信息公开申请情况");
    assertTrue(heading >= 0, paragraphs.toString());
    int t3 = -1;
    for (int i = 0; i < d.blocks().size(); i++) {
      Block b = d.blocks().get(i);
      if (b instanceof Grid g && g.rows().stream().anyMatch(r -> r.get(0).text().contains("勾稽关系"))) {
        t3 = i;
      }
    }
    assertTrue(d.blocks().indexOf(d.blocks().stream().filter(b -> b instanceof Paragraph p && p.text().equals("三、收到和处理政府信息公开申请情况")).findFirst().orElseThrow()) < t3,
        "表三 after its heading");
  }

  @Test
  void headerCellsWrittenVerticallyReadInTheirCells() throws Exception {
    Document d = read("pdf-vertical-cells.pdf");
    assertTrue(grids(d).stream().anyMatch(g -> g.rows().stream().flatMap(List::stream).anyMatch(c -> c.text().equals("自然人"))), "自然人 turned upwards");
  }

  @Test
  void footnoteMarksStayApartFromTheirNumbers() throws Exception {
    for (String file : List.of("pdf-footnote-marks.pdf", "pdf-footnote-marks-writer.pdf")) {
      Document d = read(file);
      assertEquals("1523\uFFF92\uFFFB", row(d, "行政许可").get(1), file);
      assertEquals("3\uFFF9a\uFFFB", row(d, "行政强制").get(1), file);
      assertEquals("40\uFFF91\uFFFB", row(d, "本年新收").get(3), file);
    }
  }

  @ParameterizedTest
  @CsvSource({"pdf-unruled-wrap-top.pdf", "pdf-unruled-wrap-middle.pdf", "pdf-unruled-wrap-bottom.pdf", "pdf-unruled-wrap-writer.pdf"})
  void labelsWrappedInATableWithoutRulesKeepTheirRowsNumbers(String file) throws Exception {
    Document d = read(file);
    List<String> partial = row(d, "部分公开");
    assertTrue(partial.get(0).endsWith("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"), partial.get(0));
    assertEquals(List.of("5", "1", "0", "0", "0", "0", "6"), partial.subList(1, 8));
    if (!file.contains("writer")) {
      // Writer carries the table's last rows to the next page, without its heading: read there as lines.
      assertEquals(List.of("0", "0", "0", "0", "0", "0", "0"), row(d, "缴纳费用").subList(1, 8));
      assertEquals(List.of("0", "1", "0", "0", "1", "0", "2"), row(d, "3.其他").subList(1, 8));
    }
  }
}
