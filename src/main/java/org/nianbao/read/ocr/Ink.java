package org.nianbao.read.ocr;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.read.layout.Glyph;
import org.nianbao.read.layout.Segment;

/**
 * Ink the detector found no text in: a faint or broken digit, a mark. Each blot as tall as a good
 * part of a line of text becomes an unreadable character (U+FFFD, read with no certainty), so the
 * cell it stands in is left unread and flagged, never taken for a blank cell. Specks of scanner
 * noise and what is left of painted-over borders are too small or stand on a border.
 */
final class Ink {
  /** Pixels around a text box or a border that belong to it. */
  private static final int MARGIN = 3;

  private Ink() {}

  static List<Glyph> unread(Raster r, int ink, List<TextDetector.Box> boxes, List<Segment> rules, double minHeight, float scale, int firstLine) {
    boolean[] taken = taken(r, boxes, rules);
    List<Glyph> out = new ArrayList<>();
    int[] queue = new int[r.width * r.height];
    int line = firstLine;
    for (int start = 0; start < taken.length; start++) {
      if (taken[start] || (r.grey[start] & 255) >= ink) {
        continue;
      }
      int head = 0;
      int tail = 0;
      queue[tail++] = start;
      taken[start] = true;
      int x0 = r.width;
      int y0 = r.height;
      int x1 = -1;
      int y1 = -1;
      while (head < tail) {
        int p = queue[head++];
        int x = p % r.width;
        int y = p / r.width;
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int nx = x + dx;
            int ny = y + dy;
            if (nx >= 0 && ny >= 0 && nx < r.width && ny < r.height) {
              int q = ny * r.width + nx;
              if (!taken[q] && (r.grey[q] & 255) < ink) {
                taken[q] = true;
                queue[tail++] = q;
              }
            }
          }
        }
      }
      int h = y1 - y0 + 1;
      if (h >= minHeight && tail >= minHeight) {
        out.add(new Glyph("\uFFFD", x0 * scale, (x1 + 1) * scale, y0 * scale, (y1 + 1) * scale, h * scale * 0.8f, line++, 0f, 0));
      }
    }
    return out;
  }

  /** The pixels that belong to a text box or a border, with their margins. */
  private static boolean[] taken(Raster r, List<TextDetector.Box> boxes, List<Segment> rules) {
    boolean[] taken = new boolean[r.width * r.height];
    for (TextDetector.Box b : boxes) {
      mark(taken, r, b.x0() - MARGIN, b.y0() - MARGIN, b.x1() + MARGIN, b.y1() + MARGIN);
    }
    for (Segment s : rules) {
      int at = Math.round(s.at());
      if (s.horizontal()) {
        mark(taken, r, (int) s.from() - MARGIN, at - MARGIN - 2, (int) s.to() + MARGIN, at + MARGIN + 2);
      } else {
        mark(taken, r, at - MARGIN - 2, (int) s.from() - MARGIN, at + MARGIN + 2, (int) s.to() + MARGIN);
      }
    }
    return taken;
  }

  /** Whether a box holds a blot of ink at least {@code minHeight} high (more than a speck or a border's remnant). */
  static boolean holds(Raster r, int ink, TextDetector.Box b, double minHeight) {
    int top = Integer.MAX_VALUE;
    int bottom = -1;
    int count = 0;
    for (int y = b.y0(); y <= b.y1(); y++) {
      for (int x = b.x0(); x <= b.x1(); x++) {
        if (r.at(x, y) < ink) {
          count++;
          top = Math.min(top, y);
          bottom = Math.max(bottom, y);
        }
      }
    }
    return count >= minHeight && bottom - top + 1 >= minHeight;
  }

  /**
   * The widest run of columns with no ink between {@code from} and {@code to} inside a box's core
   * rows, as {start, end} (end exclusive), or null if every column there has ink.
   */
  static int[] widestBlank(Raster r, int ink, TextDetector.Box b, int from, int to) {
    int best = -1;
    int bestEnd = -1;
    int start = -1;
    for (int x = Math.max(b.x0(), from); x <= Math.min(b.x1() + 1, to); x++) {
      boolean blank = x <= Math.min(b.x1(), to - 1) && x < r.width && blankColumn(r, ink, x, b.coreY0(), b.coreY1());
      if (blank && start < 0) {
        start = x;
      } else if (!blank && start >= 0) {
        if (x - start > bestEnd - best) {
          best = start;
          bestEnd = x;
        }
        start = -1;
      }
    }
    return best < 0 ? null : new int[] {best, bestEnd};
  }

  /** The column with no ink in a box's core rows nearest {@code target}, at most {@code reach} away, or -1. */
  static int blankNear(Raster r, int ink, TextDetector.Box b, int target, int reach) {
    for (int d = 0; d <= reach; d++) {
      for (int x : new int[] {target - d, target + d}) {
        if (x > b.x0() && x < b.x1() && blankColumn(r, ink, x, b.coreY0(), b.coreY1())) {
          return x;
        }
      }
    }
    return -1;
  }

  private static boolean blankColumn(Raster r, int ink, int x, int y0, int y1) {
    for (int y = Math.max(0, y0); y <= Math.min(r.height - 1, y1); y++) {
      if (r.at(x, y) < ink) {
        return false;
      }
    }
    return true;
  }

  private static void mark(boolean[] taken, Raster r, int x0, int y0, int x1, int y1) {
    for (int y = Math.max(0, y0); y <= Math.min(r.height - 1, y1); y++) {
      for (int x = Math.max(0, x0); x <= Math.min(r.width - 1, x1); x++) {
        taken[y * r.width + x] = true;
      }
    }
  }
}
