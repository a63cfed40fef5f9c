package org.nianbao.read.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.nianbao.read.layout.Segment;

/**
 * The ruling lines and images of one page, in the text's coordinates (from the crop box's top left,
 * y growing downwards). Table borders are drawn as stroked lines, stroked rectangles, or thin filled
 * rectangles and polygons (a browser printing a page draws each cell's border as four bevelled
 * strips); each becomes horizontal or vertical segments. Curves and slanted lines are no table's
 * borders and are dropped.
 */
final class PageGraphics extends PDFGraphicsStreamEngine {
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
  private Point2D current = new Point2D.Float();

  private PageGraphics(PDPage page) {
    super(page);
    PDRectangle box = page.getCropBox();
    this.pageTop = box.getUpperRightY();
    this.pageLeft = box.getLowerLeftX();
  }

  static PageGraphics of(PDPage page) throws IOException {
    PageGraphics g = new PageGraphics(page);
    g.processPage(page);
    return g;
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

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    float x0 = (float) Math.min(p0.getX(), p2.getX()) - pageLeft;
    float x1 = (float) Math.max(p0.getX(), p2.getX()) - pageLeft;
    float top = pageTop - (float) Math.max(p0.getY(), p2.getY());
    float bottom = pageTop - (float) Math.min(p0.getY(), p2.getY());
    rectangles.add(new float[] {x0, top, x1, bottom});
    current = p0;
  }

  @Override
  public void drawImage(PDImage image) {
    Matrix m = getGraphicsState().getCurrentTransformationMatrix();
    float x0 = m.getTranslateX() - pageLeft;
    float y0 = m.getTranslateY();
    float x1 = x0 + m.getScalingFactorX();
    float y1 = y0 + m.getScalingFactorY();
    images.add(new float[] {Math.min(x0, x1), pageTop - Math.max(y0, y1), Math.max(x0, x1), pageTop - Math.min(y0, y1)});
    drawn.add(image);
  }

  @Override
  public void moveTo(float x, float y) {
    current = new Point2D.Float(x, y);
    subpaths.add(path.size());
  }

  @Override
  public void lineTo(float x, float y) {
    path.add(new float[] {(float) current.getX(), (float) current.getY(), x, y});
    current = new Point2D.Float(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current = new Point2D.Float(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {
    // A closed path's closing edge repeats a border already drawn, or draws none a table needs.
  }

  @Override
  public void endPath() {
    clear();
  }

  @Override
  public void strokePath() {
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

  @Override
  public void fillPath(int windingRule) {
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

  @Override
  public void fillAndStrokePath(int windingRule) {
    strokePath();
  }

  @Override
  public void clip(int windingRule) {
    // Clipping paths are not drawn; the path is dropped at the next endPath.
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // Shadings colour cells; they draw no borders.
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
}
