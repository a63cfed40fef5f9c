package org.nianbao.read.pdf;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.nianbao.read.Budget;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.nianbao.message.Message;
import org.nianbao.read.layout.Glyph;

/**
 * The characters of one page with their positions, in PDFBox's reading order (sorted by position,
 * so text drawn out of order still reads top to bottom), each tagged with its text line and in the
 * frame of its own direction (text printed sideways reads in its own direction). Also notes what
 * PDFBox passes over without a word: a drawing instruction that failed or that no PDF has, text
 * shown with no font, a character with no width; and counts the characters that map to nothing
 * usable (no Unicode at all, or one their own font program contradicts), which {@link TextLayer}
 * judges.
 *
 * <p>Only what a viewer shows is read. Text in an invisible rendering mode, clipped away (outside
 * the crop box too), white on nothing darker, or covered by a fill painted after it is not read. Text
 * that a picture covers, or that lies invisible over a picture, is a scan's OCR layer: it is kept
 * apart ({@link #layer()}) to be judged against the picture. Text struck through is shown as deleted
 * (a tracked change printed with its markup) and is not read either.
 *
 * <p>The same walk tells {@link PageGraphics} the page's lines, images and painted areas.
 */
final class PageGlyphs extends PDFTextStripper {
  /** A printed character narrower than this (points) has lost its width. */
  private static final float MIN_WIDTH = 0.01f;
  /** A picture covering this share of the page or more is a scan of the page. */
  private static final float SCAN_SHARE = 0.5f;

  /** Every operator of the PDF content stream syntax (ISO 32000, annex A); any other is damage. */
  private static final Set<String> OPERATORS = Set.of(
      "b", "B", "b*", "B*", "BDC", "BI", "BMC", "BT", "BX", "c", "cm", "CS", "cs", "d", "d0", "d1", "Do", "DP", "EI", "EMC", "ET", "EX",
      "f", "F", "f*", "G", "g", "gs", "h", "i", "ID", "j", "J", "K", "k", "l", "m", "M", "MP", "n", "q", "Q", "re", "RG", "rg", "ri",
      "s", "S", "SC", "sc", "SCN", "scn", "sh", "T*", "Tc", "Td", "TD", "Tf", "Tj", "TJ", "TL", "Tm", "Tr", "Ts", "Tw", "Tz", "v", "w",
      "W", "W*", "y", "'", "\"");

  /** Why a character drawn on the page is not seen, if it is not. */
  enum Unseen {
    /** Drawn in an invisible rendering mode (3 or 7). */
    INVISIBLE,
    /** Outside the clipping path or the crop box. */
    CLIPPED,
    /** White, on nothing darker. */
    WHITE,
    /** Covered by a fill painted after it. */
    COVERED
  }

  /** How a character was drawn: when, whether it could be seen then, and its centre (page as stored, from the crop box's top left, y down). */
  record Drawn(int order, Unseen unseen, boolean white, float x, float y, float width, float height, float scale, boolean across) {}

  /** A character as written out by PDFBox in reading order, with how it was drawn. */
  record Written(Glyph glyph, Drawn drawn) {}

  private final Map<TextPosition, Drawn> drawn = new IdentityHashMap<>();
  private final List<Written> written = new ArrayList<>();
  private final List<Glyph> glyphs = new ArrayList<>();
  private final List<Glyph> layer = new ArrayList<>();
  private final Set<Integer> layerPictures = new java.util.TreeSet<>();
  private final Map<Unseen, Integer> unseen = new java.util.EnumMap<>(Unseen.class);
  private final List<Message> damage = new ArrayList<>();
  private final PageGraphics graphics;
  private final FontCheck fonts = new FontCheck();
  private final float cropLeft;
  private final float cropBottom;
  private final float cropHeight;
  private final float cropWidth;
  private List<Path2D> clipSeen;
  private Rectangle2D clipBounds;
  private int line;
  private int unmapped;
  private int contradicted;
  private boolean hiddenDigits;
  private int struck;

  private PageGlyphs(PageGraphics graphics, PDRectangle cropBox) {
    this.graphics = graphics;
    this.cropLeft = cropBox.getLowerLeftX();
    this.cropBottom = cropBox.getLowerLeftY();
    this.cropHeight = cropBox.getHeight();
    this.cropWidth = cropBox.getWidth();
    setSortByPosition(true);
    // Characters hidden under a later fill are told apart first; the text drawn over them would
    // otherwise be taken for their duplicate and dropped (see sorted()).
    setSuppressDuplicateOverlappingText(false);
    graphics.listen(this);
  }

  /** Page {@code page} (from 1) read in one walk: its characters, and its ruling lines and images. */
  static PageGlyphs of(PDDocument pdf, int page) throws IOException {
    PDPage p = pdf.getPage(page - 1);
    PageGlyphs stripper = new PageGlyphs(new PageGraphics(p.getCropBox()), p.getCropBox());
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(pdf);
    stripper.sorted();
    return stripper;
  }

  /** How many characters are struck through (deleted, as a tracked change printed with its markup shows). */
  int struck() {
    return struck;
  }

  /** The characters a viewer shows, in reading order. */
  List<Glyph> glyphs() {
    return glyphs;
  }

  /** The characters a picture covers or that lie invisible over one: a scan's OCR layer. */
  List<Glyph> layer() {
    return layer;
  }

  /** The pictures (indices in {@link PageGraphics#images()}) that the OCR layer lies over or under. */
  Set<Integer> layerPictures() {
    return layerPictures;
  }

  PageGraphics graphics() {
    return graphics;
  }

  /** Why the page's text may be incomplete; empty when nothing went wrong. */
  List<Message> damage() {
    return damage;
  }

  /** Every instruction, a form's included, spends from the input's budget: a form that draws itself twice doubles at each level. */
  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    Budget.spend(Budget.Work.OPERATIONS, 1);
    super.processOperator(operator, operands);
  }

  /** How many characters map to no Unicode at all (PDFBox drops those of a composite font). */
  int unmapped() {
    return unmapped;
  }

  /** How many characters the text layer calls other than their font program's own map names their glyph. */
  int contradicted() {
    return contradicted;
  }

  /** How many characters were drawn but not seen, by why. */
  Map<Unseen, Integer> unseen() {
    return unseen;
  }

  /** Whether a digit is among the characters not seen. */
  boolean hidesDigits() {
    return hiddenDigits;
  }

  @Override
  protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
    damage.add(Message.of("read.pdf.operator_failed", operator.getName(), String.valueOf(e.getMessage())));
    super.operatorException(operator, operands, e);
  }

  @Override
  protected void unsupportedOperator(Operator operator, List<COSBase> operands) {
    if (!OPERATORS.contains(operator.getName())) {
      damage.add(Message.of("read.pdf.unknown_operator", operator.getName()));
    }
  }

  @Override
  protected void showText(byte[] string) throws IOException {
    if (getGraphicsState().getTextState().getFont() == null) {
      damage.add(Message.of("read.pdf.no_font"));
    }
    super.showText(string);
  }

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
    // PDFBox passes over a composite font's character with no Unicode without a word: a digit lost so changes a number.
    if (!(font instanceof PDSimpleFont) && font.toUnicode(code) == null) {
      unmapped++;
    }
    super.showGlyph(textRenderingMatrix, font, code, displacement);
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    // Each character spends from the input's budget before PDFBox keeps it for sorting: one instruction can show millions.
    Budget.spend(Budget.Work.CHARACTERS, 1);
    PDGraphicsState state = getGraphicsState();
    RenderingMode mode = state.getTextState().getRenderingMode();
    Matrix m = text.getTextMatrix();
    // The centre of the character: from its origin, half its advance along the text and half its height up.
    float len = (float) Math.hypot(m.getScaleX(), m.getShearY());
    float up = (float) Math.hypot(m.getShearX(), m.getScaleY());
    float half = text.getWidthDirAdj() / 2;
    float rise = text.getHeightDir() / 2;
    float cx = m.getTranslateX() + (len > 0 ? m.getScaleX() / len * half : half) + (up > 0 ? m.getShearX() / up * rise : 0);
    float cy = m.getTranslateY() + (len > 0 ? m.getShearY() / len * half : 0) + (up > 0 ? m.getScaleY() / up * rise : rise);
    Unseen why = null;
    if (!mode.isFill() && !mode.isStroke()) {
      why = Unseen.INVISIBLE;
    } else if (!clip(state).contains(cx + cropLeft, cy + cropBottom)) {
      why = Unseen.CLIPPED;
    }
    boolean white = PageGraphics.white(mode.isFill() ? state.getNonStrokingColor() : state.getStrokingColor());
    // The font size PDFBox gives leaves out the transformation a page is drawn with (a browser draws at 3/4 of its pixels).
    float scale = Math.abs(state.getCurrentTransformationMatrix().getScalingFactorY());
    // Text running along the page's width (upright or upside down) is struck through by a horizontal line.
    boolean across = Math.abs(m.getScaleX()) >= Math.abs(m.getShearY());
    drawn.put(text, new Drawn(graphics.next(), why, white, cx, cropHeight - cy, Math.max(text.getWidthDirAdj(), 0.1f), Math.max(text.getHeightDir(), 0.1f),
        scale > 0 ? scale : 1, across));
    if (text.getFont() != null && text.getCharacterCodes().length == 1 && fonts.contradicts(text.getFont(), text.getCharacterCodes()[0], text.getUnicode())) {
      contradicted++;
    }
    super.processTextPosition(text);
  }

  /** The bounds of the current clipping path, kept while the path is the same. */
  private Rectangle2D clip(PDGraphicsState state) {
    List<Path2D> paths = state.getCurrentClippingPaths();
    if (paths != clipSeen) {
      Rectangle2D bounds = null;
      for (Path2D p : paths) {
        Rectangle2D b = p.getBounds2D();
        bounds = bounds == null ? b : bounds.createIntersection(b);
      }
      clipSeen = paths;
      clipBounds = bounds == null ? new Rectangle2D.Float(-Float.MAX_VALUE / 2, -Float.MAX_VALUE / 2, Float.MAX_VALUE, Float.MAX_VALUE) : bounds;
    }
    return clipBounds;
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    for (TextPosition p : positions) {
      String u = p.getUnicode();
      // A glyph mapped to a control character has lost its mapping: the font's codes show through.
      if (u == null || u.indexOf('\uFFFD') >= 0 || u.chars().anyMatch(Character::isISOControl)) {
        unmapped++;
        continue;
      }
      if (u.isBlank()) {
        continue;
      }
      if (p.getWidthDirAdj() <= MIN_WIDTH) {
        // Without widths (a font dictionary that lost them) characters pile up and sorting by position scrambles their order.
        damage.add(Message.of("read.pdf.no_width"));
      }
      Drawn d = drawn.get(p);
      float size = Math.max(1f, p.getFontSizeInPt() > 0 ? p.getFontSizeInPt() * (d == null ? 1 : d.scale()) : p.getHeightDir());
      float bottom = p.getYDirAdj();
      float top = bottom - Math.max(p.getHeightDir(), size * 0.7f);
      int turn = Math.floorMod(Math.round(p.getDir()), 360);
      Glyph g = new Glyph(u, p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(), top, bottom, size, line, 1f, turn);
      written.add(new Written(g, d));
    }
  }

  @Override
  protected void writeLineSeparator() {
    line++;
  }

  /**
   * Sorts what was written into what a viewer shows, the OCR layer, and what it does not show; then
   * drops a character drawn again over itself (a bold made by printing twice), as PDFBox would.
   */
  private void sorted() {
    List<PageGraphics.Painted> areas = graphics.areas();
    Map<String, List<Drawn>> seen = new HashMap<>();
    Set<Written> struckThrough = StrikeLines.struck(graphics.segments(), written);
    for (Written w : written) {
      Drawn d = w.drawn();
      if (d == null) {
        glyphs.add(w.glyph());
        continue;
      }
      Cover c = cover(areas, d);
      boolean overPicture = c.overPicture();
      boolean onPicture = c.onPicture();
      boolean underPicture = c.underPicture();
      boolean onDark = c.onDark();
      Unseen why = d.unseen() == null && c.covered() ? Unseen.COVERED : d.unseen();
      // A scan's OCR layer: invisible or white over its picture, or drawn under it (as some software does).
      boolean ocr = why == Unseen.INVISIBLE && overPicture || why == null && d.white() && onPicture || (why == null || why == Unseen.COVERED) && underPicture;
      if (why == null && d.white() && !onDark) {
        why = Unseen.WHITE;
      }
      if (ocr) {
        layer.add(w.glyph());
        for (PageGraphics.Painted a : areas) {
          if (scan(a) && a.contains(d.x(), d.y())) {
            layerPictures.add(a.picture());
          }
        }
      } else if (why != null) {
        unseen.merge(why, 1, Integer::sum);
        hiddenDigits |= w.glyph().text().chars().anyMatch(Character::isDigit);
      } else if (struckThrough.contains(w)) {
        struck++;
      } else if (!duplicate(seen, w.glyph().text(), d)) {
        glyphs.add(w.glyph());
      }
    }
  }

  /**
   * Where a character stands among what the page painted: over a scan's picture; on one, or on
   * anything dark, painted before it; under one, or under another fill that hides it, painted after.
   */
  private record Cover(boolean overPicture, boolean onPicture, boolean underPicture, boolean onDark, boolean covered) {}

  private Cover cover(List<PageGraphics.Painted> areas, Drawn d) {
    boolean overPicture = false;
    boolean onPicture = false;
    boolean underPicture = false;
    boolean onDark = false;
    boolean covered = false;
    for (PageGraphics.Painted a : areas) {
      if (!a.contains(d.x(), d.y())) {
        continue;
      }
      boolean scan = scan(a);
      overPicture |= scan;
      if (a.order() < d.order()) {
        onDark |= a.image() || !a.white();
        onPicture |= scan;
      } else if (a.opaque()) {
        underPicture |= scan;
        covered |= !scan;
      }
    }
    return new Cover(overPicture, onPicture, underPicture, onDark, covered);
  }

  /** Whether a painted area is a scanned page's picture: an image over half the page or more. */
  private boolean scan(PageGraphics.Painted a) {
    return a.image() && (a.x1() - a.x0()) * (a.bottom() - a.top()) >= SCAN_SHARE * cropWidth * cropHeight;
  }

  /** Whether the same character was shown at the same place before (within a third of its width). */
  private static boolean duplicate(Map<String, List<Drawn>> seen, String text, Drawn d) {
    List<Drawn> same = seen.computeIfAbsent(text, k -> new ArrayList<>());
    float tolerance = d.width() / Math.max(1, text.length()) / 3;
    for (Drawn o : same) {
      if (Math.abs(o.x() - d.x()) < tolerance && Math.abs(o.y() - d.y()) < tolerance) {
        return true;
      }
    }
    same.add(d);
    return false;
  }
}
