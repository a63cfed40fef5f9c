package org.nianbao.read.ofd;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.read.Budget;
import org.nianbao.read.layout.Glyph;
import org.nianbao.read.layout.Rulings;
import org.nianbao.read.layout.Segment;
import org.ofdrw.core.basicStructure.pageObj.Content;
import org.ofdrw.core.basicStructure.pageObj.Page;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.ImageObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.graph.pathObj.AbbreviatedData;
import org.ofdrw.core.graph.pathObj.OptVal;
import org.ofdrw.core.pageDescription.CT_GraphicUnit;
import org.ofdrw.core.text.TextCode;

/**
 * What one OFD page draws, in the PDF reader's terms: characters with their positions, ruling lines
 * and images, in points from the page's top left (OFD measures in millimetres, y growing
 * downwards, as the layout does). A text object's characters stand at its text codes' X and Y, each
 * next one DeltaX and DeltaY further, mapped by the object's CTM into its boundary (GB/T 33190,
 * 11.3 and 8.3.2); a path's straight lines, stroked or thin and filled, are table borders; an
 * image fills its boundary. The page's templates are drawn with it.
 */
final class OfdPage {
  /** Points in a millimetre. */
  static final float PT = 72f / 25.4f;
  /** Baselines closer than this share of the font size are one line of text. */
  private static final float SAME_LINE = 0.5f;

  /** A character before its line is known. */
  private record Char(String text, float x0, float x1, float baseline, float size) {}

  /** An image drawn on the page: its box {x0, top, x1, bottom} in points and the resource it shows. */
  record Image(float[] box, ImageObject object) {}

  private final List<Char> chars = new ArrayList<>();
  private final List<Segment> segments = new ArrayList<>();
  private final List<Image> images = new ArrayList<>();
  private int objects;
  private final int maxObjects;

  private OfdPage(int maxObjects) {
    this.maxObjects = maxObjects;
  }

  /**
   * The objects of a page and its templates ({@code pages}, in the order they are drawn); at most
   * {@code maxObjects} are looked at (a page drawn with millions of objects is no report page).
   */
  static OfdPage of(List<Page> pages, int maxObjects) {
    OfdPage out = new OfdPage(maxObjects);
    for (Page p : pages) {
      if (p != null) {
        out.content(p.getContent());
      }
    }
    return out;
  }

  /** Whether more objects were drawn than were looked at. */
  boolean cut() {
    return objects > maxObjects;
  }

  private void content(Content content) {
    if (content == null) {
      return;
    }
    for (CT_Layer layer : content.getLayers()) {
      blocks(layer.getPageBlocks());
    }
  }

  private void blocks(List<PageBlockType> blocks) {
    for (PageBlockType b : blocks) {
      if (++objects > maxObjects) {
        return;
      }
      // Drawn objects are spent as a PDF's drawing instructions are, characters as its characters.
      Budget.spend(Budget.Work.OPERATIONS, 1);
      if (b instanceof CT_PageBlock block) {
        blocks(block.getPageBlocks());
      } else if (b instanceof TextObject t) {
        text(t);
      } else if (b instanceof PathObject p) {
        path(p);
      } else if (b instanceof ImageObject i) {
        image(i);
      }
    }
  }

  private static boolean hidden(CT_GraphicUnit<?> unit) {
    return Boolean.FALSE.equals(unit.getVisible());
  }

  /** The map from an object's own space to the page: its CTM, then its boundary's origin. */
  private record Transform(double a, double b, double c, double d, double e, double f) {
    static Transform of(CT_GraphicUnit<?> unit) {
      ST_Box box = unit.getBoundary();
      double x = box == null ? 0 : box.getTopLeftX();
      double y = box == null ? 0 : box.getTopLeftY();
      ST_Array ctm = unit.getCTM();
      if (ctm == null || ctm.size() < 6) {
        return new Transform(1, 0, 0, 1, x, y);
      }
      Double[] m = ctm.toDouble();
      return new Transform(m[0], m[1], m[2], m[3], m[4] + x, m[5] + y);
    }

    float x(double px, double py) {
      return (float) ((a * px + c * py + e) * PT);
    }

    float y(double px, double py) {
      return (float) ((b * px + d * py + f) * PT);
    }

    /** How much lengths grow: the square root of the determinant. */
    double scale() {
      double det = Math.abs(a * d - b * c);
      return det > 0 ? Math.sqrt(det) : 1;
    }
  }

  private void text(TextObject t) {
    if (hidden(t)) {
      return;
    }
    Transform m = Transform.of(t);
    double size = t.getSize() == null ? 3.5 : t.getSize();
    float pointSize = (float) (size * m.scale() * PT);
    if (pointSize <= 0) {
      return;
    }
    for (TextCode code : t.getTextCodes()) {
      String content = code.getContent();
      if (content == null || content.isEmpty()) {
        continue;
      }
      int[] points = content.codePoints().toArray();
      Budget.spend(Budget.Work.CHARACTERS, points.length);
      double[] dx = deltas(code.getDeltaX(), points.length);
      double[] dy = deltas(code.getDeltaY(), points.length);
      double x = code.getX() == null ? 0 : code.getX();
      double y = code.getY() == null ? 0 : code.getY();
      for (int i = 0; i < points.length; i++) {
        String ch = new String(Character.toChars(points[i]));
        // A character's width is the step to the next one; the last one's, its font's usual advance.
        double advance = i < points.length - 1 && dx[i] > 0 ? dx[i] : size * (points[i] < 0x2E80 ? 0.5 : 1);
        if (!ch.isBlank()) {
          float x0 = m.x(x, y);
          float x1 = m.x(x + advance, y);
          chars.add(new Char(ch, Math.min(x0, x1), Math.max(x0, x1), m.y(x, y), pointSize));
        }
        if (i < points.length - 1) {
          x += dx[i] != 0 || dy[i] != 0 ? dx[i] : advance;
          y += dy[i];
        }
      }
    }
  }

  /**
   * The steps between characters as written ({@code g 3 4.2} repeats 4.2 three times), the last one
   * standing for the rest when fewer are given, zero when none.
   */
  static double[] deltas(ST_Array array, int count) {
    double[] out = new double[Math.max(0, count - 1)];
    if (array == null || out.length == 0) {
      return out;
    }
    List<String> items = array.getArray();
    int n = 0;
    double last = 0;
    try {
      for (int i = 0; i < items.size() && n < out.length; i++) {
        if (items.get(i).equals("g") && i + 2 < items.size()) {
          int repeat = Integer.parseInt(items.get(i + 1));
          last = Double.parseDouble(items.get(i + 2));
          for (int r = 0; r < repeat && n < out.length; r++) {
            out[n++] = last;
          }
          i += 2;
        } else {
          last = Double.parseDouble(items.get(i));
          out[n++] = last;
        }
      }
    } catch (NumberFormatException e) {
      // A step that is no number: the steps read so far stand, the last for the rest.
    }
    while (n > 0 && n < out.length) {
      out[n++] = last;
    }
    return out;
  }

  private void path(PathObject p) {
    if (hidden(p)) {
      return;
    }
    AbbreviatedData data = p.getAbbreviatedDataEle();
    if (data == null) {
      return;
    }
    Outline outline = new Outline(Transform.of(p));
    boolean stroke = !Boolean.FALSE.equals(p.getStroke());
    boolean fill = Boolean.TRUE.equals(p.getFill());
    for (OptVal o : data.getRawOptVal()) {
      outline.step(o);
    }
    if (stroke) {
      outline.lines.forEach(l -> line(l[0], l[1], l[2], l[3]));
    }
    if (fill) {
      outline.subpaths.stream().filter(s -> s.size() >= 2).forEach(this::strip);
    }
  }

  /** A path's straight edges on the page, traced from its operators, and each subpath's apart (a filled strip is read from those). */
  private static final class Outline {
    private final Transform m;
    private final List<float[]> lines = new ArrayList<>();
    private final List<List<float[]>> subpaths = new ArrayList<>();
    private double sx;
    private double sy;
    private double cx;
    private double cy;

    Outline(Transform m) {
      this.m = m;
    }

    void step(OptVal o) {
      double[] v = o.values;
      switch (o.opt) {
        case "S", "M" -> {
          if (v.length < 2) {
            return;
          }
          sx = cx = v[0];
          sy = cy = v[1];
          subpaths.add(new ArrayList<>());
        }
        case "L" -> {
          if (v.length < 2) {
            return;
          }
          edge(new float[] {m.x(cx, cy), m.y(cx, cy), m.x(v[0], v[1]), m.y(v[0], v[1])}, true);
          cx = v[0];
          cy = v[1];
        }
        case "C" -> {
          edge(new float[] {m.x(cx, cy), m.y(cx, cy), m.x(sx, sy), m.y(sx, sy)}, false);
          cx = sx;
          cy = sy;
        }
        default -> {
          // A curve or an arc is no table's border: only where it ends matters.
          if (v.length >= 2) {
            cx = v[v.length - 2];
            cy = v[v.length - 1];
          }
        }
      }
    }

    /** An edge drawn, added to the subpath open; {@code opens} when an edge with none open starts one. */
    private void edge(float[] l, boolean opens) {
      lines.add(l);
      if (subpaths.isEmpty() && opens) {
        subpaths.add(new ArrayList<>());
      }
      if (!subpaths.isEmpty()) {
        subpaths.get(subpaths.size() - 1).add(l);
      }
    }
  }

  /** A filled shape that is a thin strip is a line along its length. */
  private void strip(List<float[]> edges) {
    add(Rulings.strip(edges));
  }

  private void line(float x0, float y0, float x1, float y1) {
    add(Rulings.line(x0, y0, x1, y1));
  }

  private void add(Segment s) {
    if (s != null) {
      segments.add(s);
    }
  }

  private void image(ImageObject i) {
    if (hidden(i) || i.getResourceID() == null) {
      return;
    }
    ST_Box box = i.getBoundary();
    if (box == null) {
      return;
    }
    float x0 = (float) (box.getTopLeftX() * PT);
    float top = (float) (box.getTopLeftY() * PT);
    images.add(new Image(new float[] {x0, top, x0 + (float) (box.getWidth() * PT), top + (float) (box.getHeight() * PT)}, i));
  }

  List<Segment> segments() {
    return segments;
  }

  List<Image> images() {
    return images;
  }

  /**
   * The characters as glyphs, numbered by the text line they stand on: ordered by baseline, a
   * character whose baseline is within half a font size of its line's first one is on that line;
   * within a line, left to right.
   */
  List<Glyph> glyphs() {
    List<Char> sorted = new ArrayList<>(chars);
    sorted.sort(Comparator.comparingDouble(Char::baseline).thenComparingDouble(Char::x0));
    List<Glyph> out = new ArrayList<>(sorted.size());
    List<Char> line = new ArrayList<>();
    int number = 0;
    for (Char c : sorted) {
      if (!line.isEmpty() && c.baseline() - line.get(0).baseline() > SAME_LINE * Math.max(c.size(), line.get(0).size())) {
        flush(line, number++, out);
      }
      line.add(c);
    }
    flush(line, number, out);
    return out;
  }

  private static void flush(List<Char> line, int number, List<Glyph> out) {
    line.sort(Comparator.comparingDouble(Char::x0));
    for (Char c : line) {
      // The top of a character: its baseline less most of its size (CJK faces rise about 0.88 of it).
      out.add(new Glyph(c.text(), c.x0(), c.x1(), c.baseline() - c.size() * 0.88f, c.baseline(), c.size(), number, 1f, 0));
    }
    line.clear();
  }
}
