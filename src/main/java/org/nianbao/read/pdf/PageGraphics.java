package org.nianbao.read.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage;
import org.apache.pdfbox.util.Matrix;
import org.nianbao.read.layout.Segment;

/**
 * The ruling lines and images of one page, in the text's coordinates (from the crop box's top left,
 * y growing downwards). Table borders are drawn as stroked lines, stroked rectangles, or thin filled
 * rectangles and polygons (a browser printing a page draws each cell's border as four bevelled
 * strips); each becomes horizontal or vertical segments. Curves and slanted lines are no table's
 * borders and are dropped.
 *
 * <p>The drawing operators are heard in the same walk of the page that reads its characters
 * ({@link #listen}): a second walk parsed every content stream and loaded every font again.
 */
final class PageGraphics {
  /** A filled rectangle thinner than this (points) is a line. */
  private static final float THIN = 3f;
  /** A segment shorter than this is a tick or a dot, not a border. */
  private static final float SHORT = 4f;

  private final float pageTop;
  private final float pageLeft;
  private final List<Segment> segments = new ArrayList<>();
  private final List<float[]> images = new ArrayList<>();
  private final List<PDImage> drawn = new ArrayList<>();
  private final List<float[]> path = new ArrayList<>();
  /** Where each subpath of the current path starts in {@link #path}. */
  private final List<Integer> subpaths = new ArrayList<>();
  private final List<float[]> rectangles = new ArrayList<>();
  private Point2D.Float current = new Point2D.Float();

  PageGraphics(PDRectangle cropBox) {
    this.pageTop = cropBox.getUpperRightY();
    this.pageLeft = cropBox.getLowerLeftX();
  }

  /**
   * Has {@code engine} tell this page its paths, painting and images as it walks the page. Path
   * operators with operands missing or not numbers are passed over, as PDFBox's own do. A form
   * drawn on the page is walked as {@code engine} walks forms; the drawing of a Type 3 font's glyph
   * is a character, no table's border, and is not walked for paths.
   */
  void listen(PDFStreamEngine engine) {
    on(engine, "m", 2, (n, o, a) -> moveTo(engine.transformedPoint(n[0], n[1])));
    on(engine, "l", 2, (n, o, a) -> lineTo(engine.transformedPoint(n[0], n[1])));
    on(engine, "c", 6, (n, o, a) -> current = engine.transformedPoint(n[4], n[5]));
    on(engine, "v", 4, (n, o, a) -> current = engine.transformedPoint(n[2], n[3]));
    on(engine, "y", 4, (n, o, a) -> current = engine.transformedPoint(n[2], n[3]));
    on(engine, "re", 4, (n, o, a) -> rectangle(engine.transformedPoint(n[0], n[1]), engine.transformedPoint(n[0] + n[2], n[1] + n[3])));
    on(engine, "n", 0, (n, o, a) -> clear());
    for (String stroke : List.of("S", "s", "B", "B*", "b", "b*")) {
      // Filled and stroked, a path's border is its stroke.
      on(engine, stroke, 0, (n, o, a) -> strokePath());
    }
    for (String fill : List.of("f", "F", "f*")) {
      on(engine, fill, 0, (n, o, a) -> fillPath());
    }
    DrawObject forms = new DrawObject(engine);
    on(engine, "Do", 0, (n, o, a) -> drawObject(engine, forms, o, a));
    on(engine, "BI", 0, (n, o, a) -> inlineImage(engine, o));
  }

  List<Segment> segments() {
    return segments;
  }

  /** Image boxes as {x0, top, x1, bottom}. */
  List<float[]> images() {
    return images;
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
        drawImage(x, engine.getGraphicsState().getCurrentTransformationMatrix());
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
      drawImage(image, engine.getGraphicsState().getCurrentTransformationMatrix());
    }
  }

  private void drawImage(PDImage image, Matrix m) {
    float x0 = m.getTranslateX() - pageLeft;
    float y0 = m.getTranslateY();
    float x1 = x0 + m.getScalingFactorX();
    float y1 = y0 + m.getScalingFactorY();
    images.add(new float[] {Math.min(x0, x1), pageTop - Math.max(y0, y1), Math.max(x0, x1), pageTop - Math.min(y0, y1)});
    drawn.add(image);
  }

  /** A rectangle from two opposite corners, as drawn. */
  private void rectangle(Point2D.Float p0, Point2D.Float p2) {
    float x0 = Math.min(p0.x, p2.x) - pageLeft;
    float x1 = Math.max(p0.x, p2.x) - pageLeft;
    float top = pageTop - Math.max(p0.y, p2.y);
    float bottom = pageTop - Math.min(p0.y, p2.y);
    rectangles.add(new float[] {x0, top, x1, bottom});
    current = p0;
  }

  private void moveTo(Point2D.Float p) {
    current = p;
    subpaths.add(path.size());
  }

  private void lineTo(Point2D.Float p) {
    path.add(new float[] {current.x, current.y, p.x, p.y});
    current = p;
  }

  private void strokePath() {
    for (float[] l : path) {
      line(l[0] - pageLeft, pageTop - l[1], l[2] - pageLeft, pageTop - l[3]);
    }
    for (float[] r : rectangles) {
      line(r[0], r[1], r[2], r[1]);
      line(r[0], r[3], r[2], r[3]);
      line(r[0], r[1], r[0], r[3]);
      line(r[2], r[1], r[2], r[3]);
    }
    clear();
  }

  private void fillPath() {
    for (float[] r : rectangles) {
      float w = r[2] - r[0];
      float h = r[3] - r[1];
      if (h < THIN && w >= SHORT) {
        segments.add(new Segment(true, (r[1] + r[3]) / 2, r[0], r[2]));
      } else if (w < THIN && h >= SHORT) {
        segments.add(new Segment(false, (r[0] + r[2]) / 2, r[1], r[3]));
      }
    }
    for (int s = 0; s < subpaths.size(); s++) {
      int from = subpaths.get(s);
      int to = s + 1 < subpaths.size() ? subpaths.get(s + 1) : path.size();
      if (to - from >= 2) {
        strip(path.subList(from, to));
      }
    }
    clear();
  }

  /** A filled polygon that is a thin strip (a bevelled border) is a line along its length. */
  private void strip(List<float[]> edges) {
    float x0 = Float.MAX_VALUE;
    float y0 = Float.MAX_VALUE;
    float x1 = -Float.MAX_VALUE;
    float y1 = -Float.MAX_VALUE;
    for (float[] e : edges) {
      x0 = Math.min(x0, Math.min(e[0], e[2]));
      x1 = Math.max(x1, Math.max(e[0], e[2]));
      y0 = Math.min(y0, Math.min(e[1], e[3]));
      y1 = Math.max(y1, Math.max(e[1], e[3]));
    }
    float w = x1 - x0;
    float h = y1 - y0;
    if (h < THIN && w >= SHORT) {
      segments.add(new Segment(true, pageTop - (y0 + y1) / 2, x0 - pageLeft, x1 - pageLeft));
    } else if (w < THIN && h >= SHORT) {
      segments.add(new Segment(false, (x0 + x1) / 2 - pageLeft, pageTop - y1, pageTop - y0));
    }
  }

  private void line(float x0, float y0, float x1, float y1) {
    if (Math.abs(y0 - y1) < 1 && Math.abs(x1 - x0) >= SHORT) {
      segments.add(new Segment(true, (y0 + y1) / 2, Math.min(x0, x1), Math.max(x0, x1)));
    } else if (Math.abs(x0 - x1) < 1 && Math.abs(y1 - y0) >= SHORT) {
      segments.add(new Segment(false, (x0 + x1) / 2, Math.min(y0, y1), Math.max(y0, y1)));
    }
  }

  private void clear() {
    path.clear();
    subpaths.clear();
    rectangles.clear();
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
