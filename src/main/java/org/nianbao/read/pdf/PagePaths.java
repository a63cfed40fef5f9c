package org.nianbao.read.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.read.layout.Segment;

/**
 * The path a page is drawing, and the ruling lines its stroked and filled paths leave, in the
 * text's coordinates (see {@link PageGraphics}): stroked lines and rectangles, and thin filled
 * rectangles and polygons, become horizontal or vertical segments; curves and slanted lines are
 * dropped.
 */
final class PagePaths {
  /** A filled rectangle thinner than this (points) is a line. */
  static final float THIN = 3f;
  /** A segment shorter than this is a tick or a dot, not a border. */
  private static final float SHORT = 4f;

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
    return s.at() >= -SHORT && s.at() <= across + SHORT && s.to() > 0 && s.from() < along;
  }

  /** The current path's rectangles, and its closed subpaths' bounding boxes, as {x0, top, x1, bottom}. */
  List<float[]> closedBoxes() {
    List<float[]> boxes = new ArrayList<>(rectangles);
    for (int s = 0; s < subpaths.size(); s++) {
      int from = subpaths.get(s);
      int to = s + 1 < subpaths.size() ? subpaths.get(s + 1) : path.size();
      if (to - from >= 3) {
        float[] b = bounds(path.subList(from, to));
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
    float[] b = bounds(edges);
    float x0 = b[0];
    float y0 = b[1];
    float x1 = b[2];
    float y1 = b[3];
    float w = x1 - x0;
    float h = y1 - y0;
    if (h < THIN && w >= SHORT) {
      segments.add(new Segment(true, pageTop - (y0 + y1) / 2, x0 - pageLeft, x1 - pageLeft));
    } else if (w < THIN && h >= SHORT) {
      segments.add(new Segment(false, (x0 + x1) / 2 - pageLeft, pageTop - y1, pageTop - y0));
    }
  }

  /** The bounding box {x0, y0, x1, y1} of path edges, in device space. */
  private static float[] bounds(List<float[]> edges) {
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
    return new float[] {x0, y0, x1, y1};
  }

  private void line(float x0, float y0, float x1, float y1) {
    if (Math.abs(y0 - y1) < 1 && Math.abs(x1 - x0) >= SHORT) {
      segments.add(new Segment(true, (y0 + y1) / 2, Math.min(x0, x1), Math.max(x0, x1)));
    } else if (Math.abs(x0 - x1) < 1 && Math.abs(y1 - y0) >= SHORT) {
      segments.add(new Segment(false, (x0 + x1) / 2, Math.min(y0, y1), Math.max(y0, y1)));
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
