import java.awt.geom.Point2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * PDFBox alone, without nianbao: the ceiling any PDF reader built on PDFBox has. It loads each PDF
 * from memory and, over and over, either takes its text sorted by position with PDFBox's text
 * stripper (as nianbao's reader asks PDFBox to), or, with {@code --walk}, only walks every page's
 * content stream and looks up each glyph's Unicode: no text positions, no sorting, no lines, the
 * least a reader on PDFBox does to get a page's characters. It prints documents a second for each
 * file. With {@code --once} it reads the first file once and exits, for timing a fresh JVM from
 * outside.
 *
 * <p>Usage: {@code java -cp target/nianbao.jar bench/PdfBoxAlone.java [--walk] [--once] FILE.pdf...}
 * (three rounds of 5 s a file; the first warms up).
 */
public class PdfBoxAlone {
  private interface Reading {
    long read(byte[] pdf) throws Exception;
  }

  public static void main(String[] arguments) throws Exception {
    List<String> files = new ArrayList<>(List.of(arguments));
    boolean once = files.remove("--once");
    boolean walk = files.remove("--walk");
    Reading reading = walk ? PdfBoxAlone::walk : PdfBoxAlone::text;
    if (once) {
      System.out.println(reading.read(Files.readAllBytes(Path.of(files.get(0)))));
      return;
    }
    for (String file : files) {
      byte[] bytes = Files.readAllBytes(Path.of(file));
      double perSecond = 0;
      for (int round = 0; round < 3; round++) {
        long start = System.nanoTime();
        long until = start + 5_000_000_000L;
        long n = 0;
        while (System.nanoTime() < until) {
          reading.read(bytes);
          n++;
        }
        perSecond = n / ((System.nanoTime() - start) / 1e9);
      }
      System.out.printf("%s %s: %.0f documents/s%n", walk ? "walk" : "text", Path.of(file).getFileName(), perSecond);
    }
  }

  /** The text sorted by position; its length. */
  private static long text(byte[] bytes) throws Exception {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(pdf).length();
    }
  }

  /** Every page walked, each glyph's Unicode looked up; the number of glyphs. */
  private static long walk(byte[] bytes) throws Exception {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      long glyphs = 0;
      for (PDPage page : pdf.getPages()) {
        GlyphWalk engine = new GlyphWalk(page);
        engine.processPage(page);
        glyphs += engine.glyphs;
      }
      return glyphs;
    }
  }

  /** Runs every operator of a page; paths and images are heard and dropped. */
  private static final class GlyphWalk extends PDFGraphicsStreamEngine {
    long glyphs;

    GlyphWalk(PDPage page) {
      super(page);
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws java.io.IOException {
      if (font.toUnicode(code) != null) {
        glyphs++;
      }
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

    @Override
    public void drawImage(PDImage image) {}

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) {}

    @Override
    public void lineTo(float x, float y) {}

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

    @Override
    public Point2D getCurrentPoint() {
      return new Point2D.Float();
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {}

    @Override
    public void strokePath() {}

    @Override
    public void fillPath(int windingRule) {}

    @Override
    public void fillAndStrokePath(int windingRule) {}

    @Override
    public void shadingFill(COSName shadingName) {}
  }
}
