package org.nianbao.read.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.read.layout.Rulings;
import org.nianbao.read.layout.Segment;

/**
 * The path a page is drawing, and the ruling lines its stroked and filled paths leave, in the
 * text's coordinates (see {@link PageGraphics}): stroked lines and rectangles, and thin filled
 * rectangles and polygons, become horizontal or vertical segments; curves and slanted lines are
 * dropped.
 */
final class PagePaths {
  private final float pageTop;
  private final float pageLeft;
  private final float width;
  private final float height;
  /** The bounding box of the current path in device space {x0, y0, x1, y1}, for a clipping path. */
  private final float[] pathBox = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
  private final List<Segment> segments = new ArrayList<>();
  private final List<float[]> path = new ArrayList<>();
  /** Where each subpath of the current path starts in {@link #path}. */
  private final List<Integer> subpaths = new ArrayList<>();
  private final List<float[]> rectangles = new ArrayList<>();
  private Point2D.Float current = new Point2D.Float();

  PagePaths(float pageTop, float pageLeft, float width, float height) {
    this.pageTop = pageTop;
    this.pageLeft = pageLeft;
    this.width = width;
    this.height = height;
  }

  /** The ruling lines within the crop box: a line drawn outside it is not on the page a viewer shows. */
  List<Segment> segments() {
    return segments.stream().filter(this::onPage).toList();
  }

  private boolean onPage(Segment s) {
    float across = s.horizontal() ? height : width;
    float along = s.horizontal() ? width : height;
    return s.at() >= -Rulings.SHORT && s.at() <= across + Rulings.SHORT && s.to() > 0 && s.from() < along;
  }

  /** The current path's rectangles, and its closed subpaths' bounding boxes, as {x0, top, x1, bottom}. */
  List<float[]> closedBoxes() {
    List<float[]> boxes = new ArrayList<>(rectangles);
    for (int s = 0; s < subpaths.size(); s++) {
      int from = subpaths.get(s);
      int to = s + 1 < subpaths.size() ? subpaths.get(s + 1) : path.size();
      if (to - from >= 3) {
        float[] b = Rulings.bounds(path.subList(from, to));
        boxes.add(new float[] {b[0] - pageLeft, pageTop - b[3], b[2] - pageLeft, pageTop - b[1]});
      }
    }
    return boxes;
  }

  /** The bounding box of the current path in device space, or null for an empty path. */
  Rectangle2D.Float box() {
    return pathBox[0] <= pathBox[2] ? new Rectangle2D.Float(pathBox[0], pathBox[1], pathBox[2] - pathBox[0], pathBox[3] - pathBox[1]) : null;
  }

  private void extend(Point2D.Float p) {
    pathBox[0] = Math.min(pathBox[0], p.x);
    pathBox[1] = Math.min(pathBox[1], p.y);
    pathBox[2] = Math.max(pathBox[2], p.x);
    pathBox[3] = Math.max(pathBox[3], p.y);
  }

  /** A rectangle from two opposite corners, as drawn. */
  void rectangle(Point2D.Float p0, Point2D.Float p2) {
    extend(p0);
    extend(p2);
    float x0 = Math.min(p0.x, p2.x) - pageLeft;
    float x1 = Math.max(p0.x, p2.x) - pageLeft;
    float top = pageTop - Math.max(p0.y, p2.y);
    float bottom = pageTop - Math.min(p0.y, p2.y);
    rectangles.add(new float[] {x0, top, x1, bottom});
    current = p0;
  }

  void curveTo(Point2D.Float p) {
    extend(p);
    current = p;
  }

  void moveTo(Point2D.Float p) {
    extend(p);
    current = p;
    subpaths.add(path.size());
  }

  void lineTo(Point2D.Float p) {
    extend(p);
    path.add(new float[] {current.x, current.y, p.x, p.y});
    current = p;
  }

  void strokePath() {
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

  void fillPath() {
    for (float[] r : rectangles) {
      add(Rulings.box(r[0], r[1], r[2], r[3]));
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

  /**
   * A filled polygon that is a thin strip is a line along its length; its edges are in device
   * space (y growing upwards), the segment in the text's coordinates.
   */
  private void strip(List<float[]> edges) {
    Segment s = Rulings.strip(edges);
    if (s != null) {
      segments.add(s.horizontal()
          ? new Segment(true, pageTop - s.at(), s.from() - pageLeft, s.to() - pageLeft)
          : new Segment(false, s.at() - pageLeft, pageTop - s.to(), pageTop - s.from()));
    }
  }

  private void line(float x0, float y0, float x1, float y1) {
    add(Rulings.line(x0, y0, x1, y1));
  }

  private void add(Segment s) {
    if (s != null) {
      segments.add(s);
    }
  }

  void clear() {
    path.clear();
    subpaths.clear();
    rectangles.clear();
    pathBox[0] = Float.MAX_VALUE;
    pathBox[1] = Float.MAX_VALUE;
    pathBox[2] = -Float.MAX_VALUE;
    pathBox[3] = -Float.MAX_VALUE;
  }
}
