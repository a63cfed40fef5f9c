package org.nianbao.read.pdf;

import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage;
import org.apache.pdfbox.util.Matrix;
import org.nianbao.read.layout.Rulings;
import org.nianbao.read.layout.Segment;

/**
 * The ruling lines and images of one page, in the text's coordinates (from the crop box's top left,
 * y growing downwards). Table borders are drawn as stroked lines, stroked rectangles, or thin filled
 * rectangles and polygons (a browser printing a page draws each cell's border as four bevelled
 * strips); each becomes horizontal or vertical segments ({@link PagePaths}). Curves and slanted lines are no table's
 * borders and are dropped.
 *
 * <p>What the page paints over its characters is kept too, in the order it is painted: filled
 * areas and images, with whether they hide what is under them, so that text covered by a later
 * fill (numbers corrected by a white box typed over) or by a scan's picture is told from text a
 * viewer shows. Clipping paths are followed as far as their bounding boxes, so that text clipped
 * away can be told too.
 *
 * <p>The drawing operators are heard in the same walk of the page that reads its characters
 * ({@link #listen}): a second walk parsed every content stream and loaded every font again.
 */
final class PageGraphics {
  /**
   * A painted area, {@code order}th of what the page draws: a filled shape, or an image (then
   * {@code picture} is its index in {@link #images()}, else -1).
   */
  record Painted(float x0, float top, float x1, float bottom, int order, boolean opaque, boolean white, int picture) {
    boolean contains(float x, float y) {
      return x > x0 && x < x1 && y > top && y < bottom;
    }

    boolean image() {
      return picture >= 0;
    }
  }

  private final float pageTop;
  private final float pageLeft;
  private final float width;
  private final float height;
  private final PagePaths paths;
  private final List<Painted> areas = new ArrayList<>();
  /** How many things the page has painted so far: characters count too (see {@link #next()}). */
  private int painted;
  private boolean clipping;
  private final List<float[]> images = new ArrayList<>();
  private final List<PDImage> drawn = new ArrayList<>();
  /** Whether each image is drawn upright (its first row at its top), as a scan's picture is. */
  private final List<Boolean> upright = new ArrayList<>();

  PageGraphics(PDRectangle cropBox) {
    this.pageTop = cropBox.getUpperRightY();
    this.pageLeft = cropBox.getLowerLeftX();
    this.width = cropBox.getWidth();
    this.height = cropBox.getHeight();
    this.paths = new PagePaths(pageTop, pageLeft, width, height);
  }

  /** The ruling lines within the crop box: a line drawn outside it is not on the page a viewer shows. */
  List<Segment> segments() {
    return paths.segments();
  }

  /**
   * Has {@code engine} tell this page its paths, painting and images as it walks the page. Path
   * operators with operands missing or not numbers are passed over, as PDFBox's own do. A form
   * drawn on the page is walked as {@code engine} walks forms; the drawing of a Type 3 font's glyph
   * is a character, no table's border, and is not walked for paths.
   */
  void listen(PDFStreamEngine engine) {
    on(engine, "m", 2, (n, o, a) -> paths.moveTo(engine.transformedPoint(n[0], n[1])));
    on(engine, "l", 2, (n, o, a) -> paths.lineTo(engine.transformedPoint(n[0], n[1])));
    on(engine, "c", 6, (n, o, a) -> paths.curveTo(engine.transformedPoint(n[4], n[5])));
    on(engine, "v", 4, (n, o, a) -> paths.curveTo(engine.transformedPoint(n[2], n[3])));
    on(engine, "y", 4, (n, o, a) -> paths.curveTo(engine.transformedPoint(n[2], n[3])));
    on(engine, "re", 4, (n, o, a) -> paths.rectangle(engine.transformedPoint(n[0], n[1]), engine.transformedPoint(n[0] + n[2], n[1] + n[3])));
    on(engine, "W", 0, (n, o, a) -> clipping = true);
    on(engine, "W*", 0, (n, o, a) -> clipping = true);
    on(engine, "n", 0, (n, o, a) -> {
      clip(engine);
      paths.clear();
    });
    for (String stroke : List.of("S", "s")) {
      on(engine, stroke, 0, (n, o, a) -> {
        clip(engine);
        paths.strokePath();
      });
    }
    for (String both : List.of("B", "B*", "b", "b*")) {
      // Filled and stroked, a path's border is its stroke; its inside is painted over what was under it.
      on(engine, both, 0, (n, o, a) -> {
        clip(engine);
        paintAreas(engine);
        paths.strokePath();
      });
    }
    for (String fill : List.of("f", "F", "f*")) {
      on(engine, fill, 0, (n, o, a) -> {
        clip(engine);
        paintAreas(engine);
        paths.fillPath();
      });
    }
    // Colours are followed (PDFBox's text stripper does not), to tell white text and white boxes.
    for (OperatorProcessor colour : List.of(new SetNonStrokingDeviceRGBColor(engine), new SetNonStrokingDeviceGrayColor(engine),
        new SetNonStrokingDeviceCMYKColor(engine), new SetNonStrokingColor(engine), new SetNonStrokingColorN(engine), new SetNonStrokingColorSpace(engine),
        new SetStrokingDeviceRGBColor(engine), new SetStrokingDeviceGrayColor(engine), new SetStrokingDeviceCMYKColor(engine), new SetStrokingColor(engine),
        new SetStrokingColorN(engine), new SetStrokingColorSpace(engine))) {
      engine.addOperator(colour);
    }
    DrawObject forms = new DrawObject(engine);
    on(engine, "Do", 0, (n, o, a) -> drawObject(engine, forms, o, a));
    on(engine, "BI", 0, (n, o, a) -> inlineImage(engine, o));
  }

  /** Image boxes as {x0, top, x1, bottom}. */
  List<float[]> images() {
    return images;
  }

  /** What the page painted, in the order it painted it. */
  List<Painted> areas() {
    return areas;
  }

  /** Counts one more thing painted (a character), and says its place in the order of painting. */
  int next() {
    return painted++;
  }

  /** Whether the {@code i}th image is drawn upright, not turned or mirrored. */
  boolean upright(int i) {
    return upright.get(i);
  }

  /** The {@code i}th image drawn, as {@link #images()} lists their boxes. */
  PDImage image(int i) {
    return drawn.get(i);
  }

  private void on(PDFStreamEngine engine, String name, int numbers, Action action) {
    engine.addOperator(new Listener(engine, name, numbers, action));
  }

  private void drawObject(PDFStreamEngine engine, DrawObject forms, Operator operator, List<COSBase> operands) throws IOException {
    if (!operands.isEmpty() && operands.get(0) instanceof COSName name && engine.getResources() != null && engine.getResources().isImageXObject(name)) {
      PDXObject image;
      try {
        image = engine.getResources().getXObject(name);
      } catch (IOException e) {
        // An image that cannot be found or opened is passed over, as a page drawn for its text passes over every image.
        return;
      }
      if (image instanceof PDImageXObject x && (x.isStencil() || engine.isShouldProcessColorOperators())) {
        drawImage(x, engine.getGraphicsState().getCurrentTransformationMatrix(), !x.isStencil() && x.getSoftMask() == null && x.getMask() == null && opaque(engine));
      }
      return;
    }
    forms.process(operator, operands);
  }

  private void inlineImage(PDFStreamEngine engine, Operator operator) throws IOException {
    if (operator.getImageData() == null || operator.getImageData().length == 0) {
      return;
    }
    PDInlineImage image = new PDInlineImage(operator.getImageParameters(), operator.getImageData(), engine.getResources());
    if (!image.isEmpty() && (image.isStencil() || engine.isShouldProcessColorOperators())) {
      drawImage(image, engine.getGraphicsState().getCurrentTransformationMatrix(), !image.isStencil() && opaque(engine));
    }
  }

  private void drawImage(PDImage image, Matrix m, boolean opaque) {
    float x0 = m.getTranslateX() - pageLeft;
    float y0 = m.getTranslateY();
    float x1 = x0 + m.getScalingFactorX();
    float y1 = y0 + m.getScalingFactorY();
    float[] box = {Math.min(x0, x1), pageTop - Math.max(y0, y1), Math.max(x0, x1), pageTop - Math.min(y0, y1)};
    if (box[2] <= 0 || box[0] >= width || box[3] <= 0 || box[1] >= height) {
      // Outside the crop box: not on the page.
      return;
    }
    images.add(box);
    drawn.add(image);
    areas.add(new Painted(box[0], box[1], box[2], box[3], painted++, opaque, false, images.size() - 1));
    upright.add(m.getShearX() == 0 && m.getShearY() == 0 && m.getScaleX() > 0 && m.getScaleY() > 0);
  }

  /** Whether what is painted now hides what is under it: no transparency, no blending, no soft mask. */
  private static boolean opaque(PDFStreamEngine engine) {
    PDGraphicsState state = engine.getGraphicsState();
    return state.getNonStrokeAlphaConstant() >= 0.99 && state.getSoftMask() == null
        && (state.getBlendMode() == BlendMode.NORMAL || state.getBlendMode() == BlendMode.COMPATIBLE);
  }

  /** Whether a colour is white (or so near it that text in it cannot be seen on paper). */
  static boolean white(PDColor color) {
    try {
      int rgb = color.toRGB();
      return (rgb >> 16 & 0xFF) >= 0xF5 && (rgb >> 8 & 0xFF) >= 0xF5 && (rgb & 0xFF) >= 0xF5;
    } catch (IOException | RuntimeException e) {
      // A pattern or a colour space that cannot say its colour: not taken for white.
      return false;
    }
  }

  /**
   * The current path's rectangles, and its closed subpaths, as areas painted over what is under
   * them. Thin ones are ruling lines and paint over nothing worth telling.
   */
  private void paintAreas(PDFStreamEngine engine) {
    List<float[]> boxes = paths.closedBoxes();
    if (boxes.isEmpty()) {
      return;
    }
    boolean opaque = opaque(engine);
    boolean white = white(engine.getGraphicsState().getNonStrokingColor());
    for (float[] b : boxes) {
      if (b[2] - b[0] >= Rulings.THIN && b[3] - b[1] >= Rulings.THIN) {
        areas.add(new Painted(b[0], b[1], b[2], b[3], painted, opaque, white, -1));
      }
    }
    painted++;
  }

  /** A clipping path set by W or W* takes effect at the painting operator that ends its path. */
  private void clip(PDFStreamEngine engine) {
    Rectangle2D.Float box = paths.box();
    if (clipping && box != null) {
      engine.getGraphicsState().intersectClippingPath(new Area(box));
    }
    clipping = false;
  }

  /** What an operator does here, given its leading operands as numbers, the operator and all its operands. */
  private interface Action {
    void run(float[] numbers, Operator operator, List<COSBase> operands) throws IOException;
  }

  /** Runs an action for one operator, with its first {@code numbers} operands as numbers. */
  private static final class Listener extends OperatorProcessor {
    private final String name;
    private final int numbers;
    private final Action action;

    Listener(PDFStreamEngine engine, String name, int numbers, Action action) {
      super(engine);
      this.name = name;
      this.numbers = numbers;
      this.action = action;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) throws IOException {
      if (operands.size() < numbers) {
        return;
      }
      float[] n = new float[numbers];
      for (int i = 0; i < numbers; i++) {
        if (!(operands.get(i) instanceof COSNumber number)) {
          return;
        }
        n[i] = number.floatValue();
      }
      action.run(n, operator, operands);
    }

    @Override
    public String getName() {
      return name;
    }
  }
}
