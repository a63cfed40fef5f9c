package org.nianbao.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.nianbao.document.UnreadablePicture;
import org.nianbao.read.layout.Segment;

/** A scanned form's geometry: how far it is turned, and where its ruling lines are. */
class PageGeometryTest {
  private static final int ROWS = 9;
  private static final int COLUMNS = 6;

  /** A ruled table of ROWS × COLUMNS lines turned by {@code degrees}, speckled like a scan. */
  private static BufferedImage ruledPage(double degrees, long seed) {
    BufferedImage img = new BufferedImage(1400, 1000, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.rotate(Math.toRadians(degrees), 700, 500);
    g.setColor(new Color(60, 60, 60));
    g.setStroke(new BasicStroke(2f));
    for (int i = 0; i < ROWS; i++) {
      g.drawLine(200, 150 + i * 80, 1200, 150 + i * 80);
    }
    for (int i = 0; i < COLUMNS; i++) {
      g.drawLine(200 + i * 200, 150, 200 + i * 200, 150 + (ROWS - 1) * 80);
    }
    // Short strokes inside cells stand for text: no ruling line.
    for (int r = 0; r + 1 < ROWS; r++) {
      for (int c = 0; c + 1 < COLUMNS; c++) {
        g.fillRect(230 + c * 200, 175 + r * 80, 40, 28);
      }
    }
    g.dispose();
    Random rnd = new Random(seed);
    for (int i = 0; i < 20_000; i++) {
      int x = rnd.nextInt(img.getWidth());
      int y = rnd.nextInt(img.getHeight());
      img.getRaster().setSample(x, y, 0, rnd.nextInt(256));
    }
    return img;
  }

  @Test
  void aTurnedScanIsTurnedStraight() {
    for (double degrees : new double[] {-1.5, -0.6, 0.8, 1.8}) {
      double skew = Skew.of(Raster.of(ruledPage(degrees, 7)));
      assertEquals(degrees, skew, 0.15, "turned by " + degrees + "°");
    }
  }

  /**
   * A straight page whose lower part is one dark area (a scanner's black border, a JPEG's band
   * decoded grey after its data lost its step) is not turned: sampled every so many dark pixels in
   * row order, that area was a lattice of slanted rows, and a page was once turned 2.6° for it.
   */
  @Test
  void aLargeDarkAreaIsNoTurn() {
    for (int percent = 2; percent <= 30; percent += 2) {
      BufferedImage img = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
      Graphics2D g = img.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, img.getWidth(), img.getHeight());
      g.setColor(Color.BLACK);
      for (int y = 20; y < img.getHeight() * percent / 100; y += 12) {
        g.fillRect(100, y, 1000, 2);
      }
      g.setColor(new Color(128, 128, 128));
      g.fillRect(0, img.getHeight() * percent / 100, img.getWidth(), img.getHeight());
      g.dispose();
      double skew = Skew.of(Raster.of(img));
      assertTrue(Math.abs(skew) < Skew.NEGLIGIBLE, "grey from " + percent + " % down: turned " + skew + "°");
    }
  }

  @Test
  void theRulingLinesOfAStraightenedTableAreFoundOnceEach() {
    Raster r = Raster.of(ruledPage(1.2, 11));
    r = r.rotated(-Skew.of(r));
    int ink = r.inkLevel();
    List<Segment> rules = Rules.find(r, r.lineLevel(ink), 28f);
    long across = rules.stream().filter(Segment::horizontal).count();
    long down = rules.stream().filter(s -> !s.horizontal()).count();
    assertEquals(ROWS, across, "horizontal lines: " + rules);
    assertEquals(COLUMNS, down, "vertical lines: " + rules);
    for (Segment s : rules) {
      double length = s.to() - s.from();
      assertTrue(length > (s.horizontal() ? 950 : 600), "a ruling line runs the table's width or height: " + s);
    }
  }

  @Test
  void picturesTooBigOrTooThinAreRefusedBeforeDecoding() throws IOException {
    assertThrows(UnreadablePicture.class, () -> Images.check(1, 100_000), "a 1×100000 strip");
    assertThrows(UnreadablePicture.class, () -> Images.check(100_000, 100_000), "ten billion pixels");
    // A PNG that says it is 60000 × 60000 pixels: refused from its header, never inflated.
    byte[] png = png(new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_GRAY));
    byte[] bomb = Arrays.copyOf(png, png.length);
    writeInt(bomb, 16, 60_000);
    writeInt(bomb, 20, 60_000);
    assertThrows(UnreadablePicture.class, () -> Images.decode(bomb));
    assertThrows(UnreadablePicture.class, () -> Images.decode(Arrays.copyOf(png, 40)), "a PNG cut short");
    assertThrows(UnreadablePicture.class, () -> Images.decode(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2}), "a JPEG that is only its first bytes");
    assertEquals(64, Images.decode(png).image().getWidth());
    assertFalse(Images.decode(png).damaged(), "a whole PNG");
  }

  private static byte[] png(BufferedImage img) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  private static void writeInt(byte[] b, int at, int v) {
    b[at] = (byte) (v >>> 24);
    b[at + 1] = (byte) (v >>> 16);
    b[at + 2] = (byte) (v >>> 8);
    b[at + 3] = (byte) v;
  }
}
