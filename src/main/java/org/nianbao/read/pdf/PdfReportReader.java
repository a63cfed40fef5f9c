package org.nianbao.read.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.nianbao.message.Message;
import org.nianbao.document.Document;
import org.nianbao.document.Picture;
import org.nianbao.document.Pixels;
import org.nianbao.document.SourcePos;
import org.nianbao.read.ReportReader;
import org.nianbao.read.Source;
import org.nianbao.read.Budget;
import org.nianbao.read.ocr.Images;
import org.nianbao.read.ReadException;
import org.nianbao.read.layout.Glyph;
import org.nianbao.read.layout.PageLayout;
import org.nianbao.read.layout.Segment;

/**
 * Reads PDF reports with PDFBox: each page's characters and ruling lines are laid out by
 * {@link PageLayout} (ruled tables as grids, the rest as lines, text printed sideways or on a
 * turned page in its own direction); images, and pages with no text at all, become pictures. Only
 * what a viewer shows is read (see {@link PageGlyphs}). A page whose text layer lies (see
 * {@link TextLayer}) is read from its picture instead, and a scan's OCR layer is read only where it
 * agrees with its picture; both are said in the notes.
 */
public final class PdfReportReader implements ReportReader {
  /** Annual reports run to a few dozen pages. */
  static final int MAX_PAGES = 500;
  /** Images smaller than this (points, either side) are logos, seals or bullets. */
  private static final float MIN_PICTURE = 40f;
  /** Scanned pages are drawn at this resolution to be read, or less if they are large. */
  private static final float RENDER_DPI = 200f;
  private static final float MAX_RENDER_SIDE = 3300f;
  /** A scan's OCR layer that leaves more than this share of its picture's print uncovered is not read. */
  private static final double MAX_UNCOVERED = 0.25;

  @Override
  public Document read(Source input) throws ReadException {
    String source = input.name();
    byte[] bytes = input.bytes();
    FontTables.prepare();
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      DocumentFonts.keep(pdf);
      int pages = pdf.getNumberOfPages();
      if (pages > MAX_PAGES) {
        throw new ReadException(Message.of("error.pdf_pages", pages, MAX_PAGES));
      }
      List<Message> notes = new ArrayList<>();
      List<String> damaged = StreamCheck.damaged(pdf);
      if (!damaged.isEmpty()) {
        notes.add(Message.of("read.pdf.streams_damaged", damaged.size(), String.join(", ", damaged.subList(0, Math.min(3, damaged.size())))));
      }
      PageLayout layout = new PageLayout(notes);
      for (int p = 1; p <= pages; p++) {
        page(pdf, bytes, p, layout, notes, !damaged.isEmpty());
      }
      return new Document(source, layout.blocks(), notes);
    } catch (InvalidPasswordException e) {
      throw new ReadException(Message.of("error.pdf_encrypted"));
    } catch (IOException | RuntimeException e) {
      throw ReadException.because("PDF", e);
    }
  }

  private static void page(PDDocument pdf, byte[] bytes, int p, PageLayout layout, List<Message> notes, boolean damagedFile) throws IOException {
    PageGlyphs text = PageGlyphs.of(pdf, p);
    PageGraphics graphics = text.graphics();
    String path = "page[" + p + "]";
    if (text.hidesDigits()) {
      notes.add(unseen(p, text.unseen()));
    }
    if (text.struck() > 0) {
      notes.add(Message.of("read.pdf.struck_text", p, text.struck()));
    }
    Drawn drawn = drawn(text, graphics);
    Message unusable = drawn.unusable();
    if (unusable != null) {
      notes.add(Message.of("read.pdf.text_layer_unusable", p, unusable));
    } else if (!text.layer().isEmpty()) {
      notes.add(Message.of("read.pdf.ocr_layer", p));
    }
    boolean damaged = damagedFile || !text.damage().isEmpty();
    if (unusable != null && damaged) {
      // A damaged file draws what it can with what is left: its picture may show the lying text itself
      // (a font program lost, the map drawn instead), so it is named and not read.
      layout.picture(p, new Picture("", new SourcePos(0, path)));
      return;
    }
    if (drawn.glyphs().isEmpty() || unusable != null) {
      layout.picture(p, new Picture("", new SourcePos(0, path), true, () -> rendered(bytes, p, damaged)));
      return;
    }
    if (!text.damage().isEmpty()) {
      notes.add(Message.of("read.pdf.page_damaged", p, text.damage().get(0)));
    }
    PDRectangle crop = pdf.getPage(p - 1).getCropBox();
    int view = Math.floorMod(pdf.getPage(p - 1).getRotation(), 360);
    layout.page(new PageLayout.Page(p, path, drawn.glyphs(), drawn.rules(), pictures(bytes, p, text, graphics, damaged), damaged, false, crop.getWidth(), crop.getHeight(), view));
  }

  /** What a page draws to be read: its glyphs, its ruling lines, and why its text cannot be read (null when it can). */
  private record Drawn(List<Glyph> glyphs, List<Segment> rules, Message unusable) {}

  /**
   * The page's glyphs and rules, with those of the OCR layer over a scan and the borders drawn in
   * its picture, and whether the text drawn is fit to read.
   */
  private static Drawn drawn(PageGlyphs text, PageGraphics graphics) throws IOException {
    List<Glyph> glyphs = text.glyphs();
    List<Segment> rules = graphics.segments();
    if (text.layer().isEmpty()) {
      return new Drawn(glyphs, rules, glyphs.isEmpty() && text.unmapped() == 0 ? null : TextLayer.unusable(glyphs, text.unmapped(), text.contradicted()));
    }
    glyphs = new ArrayList<>(glyphs);
    glyphs.addAll(text.layer());
    Message unusable = TextLayer.ocrUnusable(glyphs, text.unmapped(), text.contradicted());
    List<ScanInk> scans = unusable == null ? scans(graphics, text.layerPictures(), text.layer()) : List.of();
    for (ScanInk scan : scans) {
      double bare = scan.uncovered(text.layer());
      if (bare > MAX_UNCOVERED && unusable == null) {
        unusable = Message.of("read.pdf.layer.uncovered", Math.round(100 * bare));
      }
    }
    if (!scans.isEmpty()) {
      // The table borders of a scan are in its picture only.
      List<Segment> all = new ArrayList<>(rules);
      scans.forEach(s -> all.addAll(s.rules()));
      rules = all;
    }
    return new Drawn(glyphs, rules, unusable);
  }

  /** The pictures a page draws large enough to hold a table; a scan whose OCR layer is read is read once, from its layer. */
  private static List<PageLayout.Placed> pictures(byte[] bytes, int p, PageGlyphs text, PageGraphics graphics, boolean damaged) {
    String path = "page[" + p + "]";
    List<PageLayout.Placed> pictures = new ArrayList<>();
    List<float[]> images = graphics.images();
    for (int i = 0; i < images.size(); i++) {
      float[] box = images.get(i);
      if (box[2] - box[0] >= MIN_PICTURE && box[3] - box[1] >= MIN_PICTURE && !text.layerPictures().contains(i)) {
        int drawn = i;
        Picture picture = new Picture("", new SourcePos(0, path + "/image[" + (pictures.size() + 1) + "]"), false, () -> image(bytes, p, drawn, damaged));
        pictures.add(new PageLayout.Placed(picture, box[0], box[1], box[2], box[3]));
      }
    }
    return pictures;
  }

  /** The print of the pictures an OCR layer lies over, where both are upright (as scans are). */
  private static List<ScanInk> scans(PageGraphics graphics, Set<Integer> pictures, List<Glyph> layer) {
    List<ScanInk> out = new ArrayList<>();
    if (layer.stream().anyMatch(g -> g.turn() != 0)) {
      return out;
    }
    for (int i : pictures) {
      if (graphics.upright(i)) {
        ScanInk scan = ScanInk.of(graphics.image(i), graphics.images().get(i));
        if (scan != null) {
          out.add(scan);
        }
      }
    }
    return out;
  }

  /** The note saying that characters a viewer does not show were not read, and mostly why. */
  private static Message unseen(int page, Map<PageGlyphs.Unseen, Integer> counts) {
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    PageGlyphs.Unseen most = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(PageGlyphs.Unseen.INVISIBLE);
    return Message.of("read.pdf.unseen_text", page, total, Message.of("read.pdf.unseen." + most.name().toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * fontbox builds a table of 65,536 strings the first time it reads a font's Unicode map, a fifth
   * of a fresh JVM's first PDF. A one-entry map read on another thread while the file is parsed
   * takes that off the way; a class is initialised once, so this happens once a JVM.
   */
  private static final class FontTables {
    private static final byte[] ONE_ENTRY_MAP = "begincmap 1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <01> <0041> endbfchar endcmap"
        .getBytes(StandardCharsets.US_ASCII);

    static {
      Thread builder = new Thread(FontTables::build, "nianbao-font-tables");
      builder.setDaemon(true);
      builder.start();
    }

    /** Starts the building, on the first call only. */
    static void prepare() {}

    private static void build() {
      try {
        new CMapParser().parse(new RandomAccessReadBuffer(ONE_ENTRY_MAP));
      } catch (IOException | RuntimeException e) {
        // Only a head start: a font's own map is read, and its failures reported, as before.
      }
    }
  }

  /**
   * A page drawn as a picture, in grey, for reading a scan: the file is opened again, so the
   * document need not stay open (or be drawn at all) unless its pictures are read. It is damaged
   * when the file or page is, or a JPEG it draws is.
   */
  private static Pixels.Decoded rendered(byte[] bytes, int page, boolean damaged) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      PDRectangle box = pdf.getPage(page - 1).getCropBox();
      float longer = Math.max(box.getWidth(), box.getHeight());
      float dpi = Math.min(RENDER_DPI, MAX_RENDER_SIDE * 72f / Math.max(1f, longer));
      Drawing renderer = new Drawing(pdf);
      // A picture far finer than the page is drawn at is read at the page's resolution, not whole.
      renderer.setSubsamplingAllowed(true);
      BufferedImage image = renderer.renderImageWithDPI(page - 1, dpi, ImageType.GRAY);
      return new Pixels.Decoded(image, damaged || renderer.drewDamage);
    }
  }

  /**
   * Draws pages spending from the input's budget, as reading them does (a page with no text can
   * still draw forever), and notes whether a JPEG it drew is damaged.
   */
  private static final class Drawing extends PDFRenderer {
    private boolean drewDamage;

    Drawing(PDDocument pdf) {
      super(pdf);
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
      return new PageDrawer(parameters) {
        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
          Budget.spend(Budget.Work.OPERATIONS, 1);
          super.processOperator(operator, operands);
        }

        @Override
        public void drawImage(PDImage image) throws IOException {
          drewDamage |= damagedJpeg(image);
          super.drawImage(image);
        }
      };
    }
  }

  /** The {@code drawn}th image drawn on a page, at its own resolution; damaged when its page or its JPEG is. */
  private static Pixels.Decoded image(byte[] bytes, int page, int drawn, boolean damaged) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      PDImage image = PageGlyphs.of(pdf, page).graphics().image(drawn);
      Images.check(image.getWidth(), image.getHeight());
      return new Pixels.Decoded(image.getImage(), damaged || damagedJpeg(image));
    }
  }

  /** Whether an image is a JPEG whose data is damaged (see {@link Images#jpegDamaged}). */
  private static boolean damagedJpeg(PDImage image) throws IOException {
    if (!(image instanceof PDImageXObject x) || !x.getStream().getFilters().contains(COSName.DCT_DECODE)) {
      return false;
    }
    try (InputStream jpeg = x.getStream().createInputStream(List.of(COSName.DCT_DECODE.getName()))) {
      return Images.jpegDamaged(jpeg);
    }
  }
}
