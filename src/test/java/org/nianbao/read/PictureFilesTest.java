package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Flag;
import org.nianbao.model.Outcome;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.pipeline.Pipeline;
import org.nianbao.read.ocr.Images;

/** A page given as a picture file is read like a scanned page, and says where each number came from; a damaged one says so. */
class PictureFilesTest {
  @Test
  void aScannedPageGivenAsAPictureFileIsRead() throws IOException {
    Report r = Pipeline.standard().run(Path.of("test-data/scans/shaoxing-office-2020.page5.png")).report().orElseThrow();
    JsonNode gold = new ObjectMapper().readTree(Path.of("test-data/scans/shaoxing-office-2020.scan.pdf.gold.json").toFile()).get("values");
    assertTrue(r.has(TableId.T3), "the page holds the start of 表三");
    int read = 0;
    for (Map.Entry<String, Value> e : r.values().entrySet()) {
      Value v = e.getValue();
      if (v.kind() != ValueKind.NUMBER) {
        continue;
      }
      read++;
      assertEquals(0, new BigDecimal(gold.get(e.getKey()).asText()).compareTo(v.number()), e.getKey());
      assertTrue(v.source().pos().scanned(), e.getKey() + " says it was read from a picture");
      assertTrue(v.source().pos().certainty() >= 40, e.getKey() + " was read surely enough to be used");
      assertTrue(v.source().pos().describe().zh().contains("识别自图片"), v.source().pos().describe().zh());
    }
    assertTrue(read >= 6, "the page's first rows (new, carried over, granted) are read: " + read);
  }

  /**
   * A page whose JPEG lost bytes in its coded data decodes whole-looking, the rest of the picture
   * shifted: read as a file or drawn in a PDF, its figures are left unread, each flagged, with a
   * note naming the picture, never taken as printed.
   */
  @Test
  void aDamagedJpegGivesNoFigureUnflagged() throws IOException {
    BufferedImage page = ImageIO.read(Path.of("test-data/scans/shaoxing-office-2020.page5.png").toFile());
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(page, "jpeg", jpeg);
    byte[] whole = jpeg.toByteArray();
    assertFalse(Images.decode(whole).damaged());
    Outcome o = Pipeline.standard().run("page5.jpg", whole);
    Report read = o.report().orElseThrow(() -> new AssertionError(o.toString()));
    assertTrue(read.values().values().stream().anyMatch(v -> v.kind() == ValueKind.NUMBER), "the whole JPEG is read");
    // Cut short at a third (the rest grey), the page keeps no table: the error says the picture is damaged.
    Outcome cut = Pipeline.standard().run("page5.jpg", markerInside(whole, 0));
    assertTrue(cut.error().orElseThrow().zh().contains("图片数据已损坏"), cut.toString());

    byte[] pdf = Files.readAllBytes(Path.of("test-data/habits/pdf-ocr-layer-latin.pdf"));
    int image = new String(pdf, StandardCharsets.ISO_8859_1).indexOf("/DCTDecode");
    assertTrue(image > 0, "the scan's picture is a JPEG");
    Report scan = assertNoFigureUnflagged(Pipeline.standard().run("scan.pdf", markerInside(pdf, image)), 1);
    assertTrue(scan.values().values().stream().anyMatch(v -> v.kind() == ValueKind.NUMBER && v.source().pos().page() == 2), "the second page, whole, is read");
  }

  /** The report, asserting that no figure on {@code page} (drawn from the damaged JPEG) is taken without a flag. */
  private static Report assertNoFigureUnflagged(Outcome o, int page) {
    Report r = o.report().orElseThrow(() -> new AssertionError(o.toString()));
    assertTrue(r.flags().stream().anyMatch(f -> f.code().equals("read.picture_damaged")), r.flags().toString());
    Set<String> flagged = r.flags().stream().map(Flag::field).collect(Collectors.toSet());
    for (Map.Entry<String, Value> e : r.values().entrySet()) {
      Value v = e.getValue();
      assertTrue(v.kind() != ValueKind.NUMBER || v.source().pos().page() != page || flagged.contains(e.getKey()), e.getKey() + " read from a damaged picture without a flag");
    }
    assertTrue(r.values().values().stream().anyMatch(v -> v.kind() == ValueKind.UNREAD && v.source().pos().page() == page), "its figures are said to be unread");
    return r;
  }

  /** The JPEG (starting after {@code from}) with a marker written into the middle of its coded data, as a damaged copy has. */
  private static byte[] markerInside(byte[] bytes, int from) {
    String s = new String(bytes, StandardCharsets.ISO_8859_1);
    int scan = s.indexOf("\u00FF\u00DA", from);
    int end = s.indexOf("\u00FF\u00D9", scan);
    byte[] out = bytes.clone();
    int at = scan + (end - scan) / 3;
    out[at] = (byte) 0xFF;
    out[at + 1] = (byte) 0xD5;
    return out;
  }
}
