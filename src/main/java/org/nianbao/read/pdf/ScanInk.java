package org.nianbao.read.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.nianbao.read.layout.Glyph;
import org.nianbao.read.layout.Segment;

/**
 * The print of a scanned page's picture, looked at to hold its OCR layer against: its ruling lines
 * (runs of ink as long as a table's borders), which the layer does not have, and the rest of its
 * ink, of which the layer must cover nearly all. OCR software that took a table for a picture leaves
 * the table's text out of its layer; read from that layer, the page would lose its numbers without
 * a word.
 */
final class ScanInk {
  /** The picture is looked at this many pixels along its longer side, or fewer. */
  private static final int SIDE = 2000;
  /** A pixel darker than this is print. */
  private static final int DARK = 128;
  /** A pixel darker than this may be part of a ruling line (a thin line scans grey). */
  private static final int GREY = 200;
  /** A run of ink this share of the picture's width long is a horizontal ruling line, not print. */
  private static final double RULE_ACROSS = 0.04;
  /** A run of ink this share of the picture's height long is a vertical ruling line (a cell's side is short). */
  private static final double RULE_DOWN = 0.02;
  /** A character covers the ink around it up to this share of its height (strokes overshoot boxes). */
  private static final float MARGIN = 0.3f;
  /** Less ink than this share of the picture is a blank page. */
  private static final double BLANK = 0.001;

  private final int w;
  private final int h;
  /** Ink that is not a ruling line. */
  private final boolean[] print;
  private final List<Segment> rules;
  private final float[] box;

  private ScanInk(int w, int h, boolean[] print, List<Segment> rules, float[] box) {
    this.w = w;
    this.h = h;
    this.print = print;
    this.rules = rules;
    this.box = box;
  }

  /**
   * The picture's print, or null when it cannot be decoded (the layer is then judged by its text alone).
   *
   * @param box where the picture is drawn upright {x0, top, x1, bottom}, in page coordinates
   */
  static ScanInk of(PDImage image, float[] box) {
    BufferedImage pixels;
    try {
      int sub = Math.max(1, (int) Math.ceil(Math.max(image.getWidth(), image.getHeight()) / (double) SIDE));
      pixels = image.getImage(null, sub);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    if (pixels == null) {
      return null;
    }
    int w = pixels.getWidth();
    int h = pixels.getHeight();
    boolean[] ink = new boolean[w * h];
    boolean[] print = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int rgb = pixels.getRGB(x, y);
        int grey = ((rgb >> 16 & 0xFF) * 30 + (rgb >> 8 & 0xFF) * 59 + (rgb & 0xFF) * 11) / 100;
        ink[y * w + x] = grey < GREY;
        print[y * w + x] = grey < DARK;
      }
    }
    float sx = (box[2] - box[0]) / w;
    float sy = (box[3] - box[1]) / h;
    List<Segment> rules = new ArrayList<>();
    for (float[] r : runs(ink, print, w, h, (int) Math.max(8, RULE_ACROSS * w), true)) {
      rules.add(new Segment(true, box[1] + r[0] * sy, box[0] + r[1] * sx, box[0] + r[2] * sx));
    }
    for (float[] r : runs(ink, print, w, h, (int) Math.max(8, RULE_DOWN * h), false)) {
      rules.add(new Segment(false, box[0] + r[0] * sx, box[1] + r[1] * sy, box[1] + r[2] * sy));
    }
    return new ScanInk(w, h, print, rules, box);
  }

  /** The picture's ruling lines, in page coordinates. */
  List<Segment> rules() {
    return rules;
  }

  /** The share of the picture's print that none of the glyphs (in page coordinates) covers. */
  double uncovered(List<Glyph> glyphs) {
    boolean[] covered = new boolean[w * h];
    float sx = w / Math.max(1e-3f, box[2] - box[0]);
    float sy = h / Math.max(1e-3f, box[3] - box[1]);
    for (Glyph g : glyphs) {
      float m = MARGIN * (g.bottom() - g.top());
      int x0 = Math.max(0, (int) ((g.x0() - m - box[0]) * sx));
      int x1 = Math.min(w - 1, (int) Math.ceil((g.x1() + m - box[0]) * sx));
      int y0 = Math.max(0, (int) ((g.top() - m - box[1]) * sy));
      int y1 = Math.min(h - 1, (int) Math.ceil((g.bottom() + m - box[1]) * sy));
      for (int y = y0; y <= y1; y++) {
        for (int x = x0; x <= x1; x++) {
          covered[y * w + x] = true;
        }
      }
    }
    int total = 0;
    int bare = 0;
    for (int i = 0; i < print.length; i++) {
      if (print[i]) {
        total++;
        if (!covered[i]) {
          bare++;
        }
      }
    }
    return total < BLANK * w * h ? 0 : (double) bare / total;
  }

  /**
   * The runs of ink at least {@code length} long, along rows or columns, cleared from {@code print}
   * and joined across neighbouring rows (a line a few pixels thick is one line): each as {where
   * across, from, to} in pixels.
   */
  private static List<float[]> runs(boolean[] ink, boolean[] print, int w, int h, int length, boolean rows) {
    int lines = rows ? h : w;
    int along = rows ? w : h;
    List<float[]> out = new ArrayList<>();
    List<float[]> open = new ArrayList<>();
    for (int l = 0; l < lines; l++) {
      List<float[]> found = lineRuns(ink, print, w, along, l, length, rows);
      // A run continues a line of the row before when the two overlap; {sum across, count, from, to}.
      List<float[]> next = new ArrayList<>();
      for (float[] f : found) {
        float[] joined = null;
        for (float[] o : open) {
          if (f[0] <= o[3] && o[2] <= f[1]) {
            joined = o;
            break;
          }
        }
        if (joined == null) {
          joined = new float[] {0, 0, f[0], f[1]};
        } else {
          open.remove(joined);
          joined[2] = Math.min(joined[2], f[0]);
          joined[3] = Math.max(joined[3], f[1]);
        }
        joined[0] += l;
        joined[1]++;
        next.add(joined);
      }
      for (float[] o : open) {
        out.add(new float[] {o[0] / o[1], o[2], o[3]});
      }
      open = next;
    }
    for (float[] o : open) {
      out.add(new float[] {o[0] / o[1], o[2], o[3]});
    }
    return out;
  }

  /** The runs of ink at least {@code length} long in row (or column) {@code l}, cleared from {@code print}: each as {from, to}. */
  private static List<float[]> lineRuns(boolean[] ink, boolean[] print, int w, int along, int l, int length, boolean rows) {
    List<float[]> found = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= along; i++) {
      boolean on = i < along && ink[rows ? l * w + i : i * w + l];
      if (on && start < 0) {
        start = i;
      } else if (!on && start >= 0) {
        if (i - start >= length) {
          for (int k = start; k < i; k++) {
            print[rows ? l * w + k : k * w + l] = false;
          }
          found.add(new float[] {start, i - 1});
        }
        start = -1;
      }
    }
    return found;
  }
}
