package org.nianbao.read.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nianbao.document.Cell;
import org.nianbao.document.Grid;
import org.nianbao.document.SourcePos;

/**
 * Rebuilds ruled tables from their borders, the way tabula's lattice mode does: segments that touch
 * form one table; the distinct x of its vertical and y of its horizontal segments cut it into a
 * fine grid; two neighbouring grid cells with no border between them are one merged cell (a
 * colspan or rowspan), whose text the others repeat as span copies. Each glyph goes to the cell
 * its centre falls in.
 */
final class Lattice {
  /** Borders closer than this (points) are one line: double borders, rounding. */
  private static final float SNAP = 3f;

  private final List<Float> xs;
  private final List<Float> ys;
  private final List<Segment> segments;
  private final int[] parent;

  private Lattice(List<Float> xs, List<Float> ys, List<Segment> segments) {
    this.xs = xs;
    this.ys = ys;
    this.segments = segments;
    this.parent = new int[Math.max(0, (xs.size() - 1) * (ys.size() - 1))];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    mergeUnbordered();
  }

  /** The tables on one page, top to bottom. */
  static List<Lattice> find(List<Segment> segments) {
    List<Lattice> out = new ArrayList<>();
    for (List<Segment> group : connected(segments)) {
      // Columns are cut where vertical borders stand, rows where horizontal ones do; the other
      // segments' ends only mark the table's outer edges. (Cells drawn with borders of their own end
      // their horizontal borders at every column, and a table cut at the page edge has no right
      // border: its last column runs to where its horizontal borders stop.)
      List<Float> xs = new ArrayList<>();
      List<Float> ys = new ArrayList<>();
      float left = Float.MAX_VALUE;
      float right = -Float.MAX_VALUE;
      float top = Float.MAX_VALUE;
      float bottom = -Float.MAX_VALUE;
      for (Segment s : group) {
        if (s.horizontal()) {
          ys.add(s.at());
          left = Math.min(left, s.from());
          right = Math.max(right, s.to());
        } else {
          xs.add(s.at());
          top = Math.min(top, s.from());
          bottom = Math.max(bottom, s.to());
        }
      }
      if (left <= right) {
        xs.add(left);
        xs.add(right);
      }
      if (top <= bottom) {
        ys.add(top);
        ys.add(bottom);
      }
      List<Float> cutsX = snap(xs);
      List<Float> cutsY = snap(ys);
      if (cutsX.size() >= 3 && cutsY.size() >= 2 || cutsX.size() >= 2 && cutsY.size() >= 3) {
        out.add(new Lattice(cutsX, cutsY, group));
      }
    }
    out.sort(Comparator.comparing(Lattice::top));
    return out;
  }

  float top() {
    return ys.get(0);
  }

  float bottom() {
    return ys.get(ys.size() - 1);
  }

  float left() {
    return xs.get(0);
  }

  float right() {
    return xs.get(xs.size() - 1);
  }

  int columns() {
    return xs.size() - 1;
  }

  /** Whether a glyph belongs to this table. */
  boolean holds(Glyph g) {
    return g.centreX() >= xs.get(0) && g.centreX() <= xs.get(xs.size() - 1) && g.centreY() >= top() && g.centreY() <= bottom();
  }

  /**
   * The table as a grid, its cells filled with the glyphs it holds; in a {@code damaged} file, glyphs
   * may be lost or misplaced, so every cell is marked damaged. A cell of a picture says so in its
   * position, with how sure the reading of its least sure character is ({@code scan[87]}).
   */
  Grid grid(List<Glyph> glyphs, String path, boolean damaged, boolean picture) {
    int cols = columns();
    int rows = ys.size() - 1;
    Map<Integer, List<Glyph>> byCell = new TreeMap<>();
    for (Glyph g : glyphs) {
      if (holds(g)) {
        int id = find(index(ys, g.centreY()) * cols + index(xs, g.centreX()));
        byCell.computeIfAbsent(id, k -> new ArrayList<>()).add(g);
      }
    }
    List<List<Cell>> out = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<Cell> row = new ArrayList<>(cols);
      boolean anyOrigin = false;
      for (int c = 0; c < cols; c++) {
        int id = r * cols + c;
        int root = find(id);
        List<Glyph> in = byCell.getOrDefault(root, List.of());
        String cell = path + "/tr[" + (root / cols + 1) + "]/td[" + (root % cols + 1) + "]";
        SourcePos pos = new SourcePos(0, picture ? cell + "/" + PageLayout.scanStep(in) : cell);
        String text = GlyphText.cell(in, !picture);
        row.add(new Cell(text, pos, root != id, damaged));
        anyOrigin |= root == id;
      }
      if (anyOrigin) {
        out.add(row);
      }
    }
    return new Grid(out, new SourcePos(0, path));
  }

  private void mergeUnbordered() {
    int cols = columns();
    int rows = ys.size() - 1;
    for (int r = 0; r < rows; r++) {
      float midY = (ys.get(r) + ys.get(r + 1)) / 2;
      for (int c = 0; c < cols; c++) {
        if (c + 1 < cols && !bordered(false, xs.get(c + 1), midY)) {
          union(r * cols + c, r * cols + c + 1);
        }
        // Looked for near the column's left: a border cut short at the page edge still parts the rows.
        float nearLeft = xs.get(c) + Math.min(10f, (xs.get(c + 1) - xs.get(c)) / 4);
        if (r + 1 < rows && !bordered(true, ys.get(r + 1), nearLeft)) {
          union(r * cols + c, (r + 1) * cols + c);
        }
      }
    }
  }

  private boolean bordered(boolean horizontal, float at, float along) {
    for (Segment s : segments) {
      if (s.horizontal() == horizontal && Math.abs(s.at() - at) <= SNAP && s.covers(along, SNAP)) {
        return true;
      }
    }
    return false;
  }

  private int find(int i) {
    return root(parent, i);
  }

  /** Joins two sets, keeping the upper-left cell (the lower index) as the one printed. */
  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  private static int index(List<Float> cuts, float v) {
    for (int i = 1; i < cuts.size() - 1; i++) {
      if (v < cuts.get(i)) {
        return i - 1;
      }
    }
    return cuts.size() - 2;
  }

  private static List<Float> snap(List<Float> values) {
    List<Float> sorted = new ArrayList<>(values);
    sorted.sort(null);
    List<Float> out = new ArrayList<>();
    for (float v : sorted) {
      if (out.isEmpty() || v - out.get(out.size() - 1) > SNAP) {
        out.add(v);
      }
    }
    return out;
  }

  /** Segments grouped by touching, each group one table (or one stray line). */
  private static List<List<Segment>> connected(List<Segment> segments) {
    int n = segments.size();
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (segments.get(i).meets(segments.get(j), SNAP)) {
          int a = root(group, i);
          int b = root(group, j);
          group[Math.max(a, b)] = Math.min(a, b);
        }
      }
    }
    Map<Integer, List<Segment>> out = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      out.computeIfAbsent(root(group, i), k -> new ArrayList<>()).add(segments.get(i));
    }
    return new ArrayList<>(out.values());
  }

  private static int root(int[] group, int i) {
    while (group[i] != i) {
      group[i] = group[group[i]];
      i = group[i];
    }
    return i;
  }
}
