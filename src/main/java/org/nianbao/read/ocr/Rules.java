package org.nianbao.read.ocr;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.read.layout.Segment;

/**
 * The ruling lines of a picture's tables: long, thin, straight runs of ink, horizontal or
 * vertical, found row by row and column by column (a scanned border may break for a pixel or two,
 * and wander by one row). Characters' strokes are too short to be taken for borders.
 */
final class Rules {
  /** Gaps a scanned border may have, in pixels. */
  private static final int GAP = 2;
  /** A border thicker than this share of the picture's longer side is a filled area, not a line. */
  private static final double MAX_THICKNESS = 0.008;
  /** How far either side of a border's middle its ink is painted over. */
  private static final int REACH = 2;
  /** Parallel lines nearer than this share of a line of text are one border. */
  private static final float DOUBLE_LINE = 0.35f;
  /** A table has a border at least this many lines of text long; a character's strokes are shorter. */
  private static final float LONGEST_BORDER = 3;
  /** Pieces of one border parted by no more than this (pixels) are joined; characters stand further apart. */
  private static final int JOIN_GAP = 6;

  private Rules() {}

  /**
   * The ruling lines, in pixels.
   *
   * @param textHeight how high a line of text stands: a border is thinner than a fifth of it (a
   *     bold title's strokes are not)
   */
  static List<Segment> find(Raster r, int ink, float textHeight) {
    List<Segment> out = new ArrayList<>();
    int minLength = Math.max(40, Math.max(r.width, r.height) / 40);
    // Two pixels more than the border itself: rows are taken three at a time.
    int maxThickness = Math.max(5, Math.min((int) (Math.max(r.width, r.height) * MAX_THICKNESS), Math.round(textHeight / 5) + 2));
    out.addAll(merged(lines(r, ink, true, minLength, maxThickness), textHeight * DOUBLE_LINE));
    out.addAll(merged(lines(r, ink, false, minLength, maxThickness), textHeight * DOUBLE_LINE));
    return trimmed(out, textHeight);
  }

  /**
   * Parallel lines closer than a row of text could stand between are one border (a web page's
   * cells each draw their own, a scan thickens a line into two).
   */
  private static List<Segment> merged(List<Segment> lines, float apart) {
    List<Segment> sorted = new ArrayList<>(lines);
    sorted.sort((a, b) -> Float.compare(a.at(), b.at()));
    List<Segment> out = new ArrayList<>();
    boolean[] used = new boolean[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      if (used[i]) {
        continue;
      }
      Segment s = sorted.get(i);
      float from = s.from();
      float to = s.to();
      float at = s.at();
      float weight = s.to() - s.from();
      float sum = at * weight;
      for (int j = i + 1; j < sorted.size() && sorted.get(j).at() - s.at() <= apart; j++) {
        Segment t = sorted.get(j);
        if (!used[j] && t.from() <= to && t.to() >= from) {
          used[j] = true;
          from = Math.min(from, t.from());
          to = Math.max(to, t.to());
          sum += t.at() * (t.to() - t.from());
          weight += t.to() - t.from();
        }
      }
      out.add(new Segment(s.horizontal(), weight > 0 ? sum / weight : at, from, to));
    }
    return out;
  }

  /**
   * Lines cut back to the last line they cross, when they overrun it by less than a line of text: a
   * border runs on into a stroke of the heading under the table in a scan, and would pull the
   * heading into the table.
   */
  private static List<Segment> trimmed(List<Segment> lines, float textHeight) {
    List<Segment> out = new ArrayList<>(lines.size());
    for (Segment s : lines) {
      float first = Float.MAX_VALUE;
      float last = -Float.MAX_VALUE;
      for (Segment o : lines) {
        if (o.horizontal() != s.horizontal() && o.from() - 3 <= s.at() && o.to() + 3 >= s.at() && o.at() >= s.from() - 3 && o.at() <= s.to() + 3) {
          first = Math.min(first, o.at());
          last = Math.max(last, o.at());
        }
      }
      if (first > last) {
        out.add(s);
        continue;
      }
      float from = first - s.from() < textHeight ? Math.max(s.from(), first) : s.from();
      float to = s.to() - last < textHeight ? Math.min(s.to(), last) : s.to();
      out.add(new Segment(s.horizontal(), s.at(), from, to));
    }
    return out;
  }

  /** A run of ink along one row (or column) of pixels. */
  private record Run(int at, int from, int to) {}

  /** The runs of ink at least {@code minLength} long along row (or column) {@code i}, bridging gaps of up to GAP pixels. */
  private static List<Run> runs(Raster r, int ink, boolean horizontal, int i, int along, int minLength) {
    List<Run> runs = new ArrayList<>();
    int start = -1;
    int gap = 0;
    for (int j = 0; j <= along; j++) {
      boolean dark = j < along && darkest(r, horizontal, i, j) < ink;
      if (dark) {
        if (start < 0) {
          start = j;
        }
        gap = 0;
      } else if (start >= 0 && ++gap > GAP) {
        int end = j - gap;
        if (end - start + 1 >= minLength) {
          runs.add(new Run(i, start, end));
        }
        start = -1;
        gap = 0;
      }
    }
    return runs;
  }

  private static List<Segment> lines(Raster r, int ink, boolean horizontal, int minLength, int maxThickness) {
    int across = horizontal ? r.height : r.width;
    int along = horizontal ? r.width : r.height;
    List<List<Run>> open = new ArrayList<>();
    List<Segment> out = new ArrayList<>();
    for (int i = 0; i < across; i++) {
      List<Run> runs = runs(r, ink, horizontal, i, along, minLength);
      // A run continues a line of the row before if they overlap along most of the shorter one.
      List<List<Run>> still = new ArrayList<>();
      for (Run run : runs) {
        List<Run> line = null;
        for (List<Run> l : open) {
          Run last = l.get(l.size() - 1);
          int overlap = Math.min(last.to, run.to) - Math.max(last.from, run.from);
          if (last.at == i - 1 && overlap > Math.min(last.to - last.from, run.to - run.from) / 2 && !still.contains(l)) {
            line = l;
            break;
          }
        }
        if (line == null) {
          line = new ArrayList<>();
        }
        line.add(run);
        still.add(line);
      }
      for (List<Run> l : open) {
        if (!still.contains(l)) {
          close(l, horizontal, maxThickness, out);
        }
      }
      open = still;
    }
    open.forEach(l -> close(l, horizontal, maxThickness, out));
    return joined(out);
  }

  /**
   * The darkest of a pixel and its two neighbours across the line: a thin border turned a little
   * (or turned back) runs through two rows by turns, and would break into pieces in either.
   */
  private static int darkest(Raster r, boolean horizontal, int across, int along) {
    int v = horizontal ? r.at(along, across) : r.at(across, along);
    int limit = horizontal ? r.height : r.width;
    if (across > 0) {
      v = Math.min(v, horizontal ? r.at(along, across - 1) : r.at(across - 1, along));
    }
    if (across + 1 < limit) {
      v = Math.min(v, horizontal ? r.at(along, across + 1) : r.at(across + 1, along));
    }
    return v;
  }

  private static void close(List<Run> line, boolean horizontal, int maxThickness, List<Segment> out) {
    if (line.size() > maxThickness) {
      return;
    }
    float at = (line.get(0).at + line.get(line.size() - 1).at) / 2f;
    int from = line.stream().mapToInt(Run::from).min().orElse(0);
    int to = line.stream().mapToInt(Run::to).max().orElse(0);
    out.add(new Segment(horizontal, at, from, to));
  }

  /** Pieces of one border broken by noise, in line and close, are one border. */
  private static List<Segment> joined(List<Segment> segments) {
    List<Segment> sorted = new ArrayList<>(segments);
    sorted.sort((a, b) -> a.at() != b.at() ? Float.compare(a.at(), b.at()) : Float.compare(a.from(), b.from()));
    List<Segment> out = new ArrayList<>();
    for (Segment s : sorted) {
      Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
      // Only end to start: pieces side by side are strokes of characters, not a border.
      if (last != null && Math.abs(last.at() - s.at()) <= 2 && s.from() - last.to() <= JOIN_GAP && s.from() - last.to() >= -JOIN_GAP) {
        out.set(out.size() - 1, new Segment(s.horizontal(), (last.at() + s.at()) / 2, Math.min(last.from(), s.from()), Math.max(last.to(), s.to())));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The lines less the strokes of large characters (a bold title's 一 and 丨 are straight and long
   * too) and lines that frame no text (underlines, rules between paragraphs): lines that touch one
   * another make a figure; a table's borders stand around text, a character's strokes within it.
   */
  static List<Segment> withoutStrokes(List<Segment> lines, List<TextDetector.Box> text, float textHeight) {
    int n = lines.size();
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (touch(lines.get(i), lines.get(j))) {
          group[root(group, j)] = root(group, i);
        }
      }
    }
    float[][] extent = new float[n][];
    for (int i = 0; i < n; i++) {
      Segment s = lines.get(i);
      int g = root(group, i);
      float x0 = s.horizontal() ? s.from() : s.at();
      float x1 = s.horizontal() ? s.to() : s.at();
      float y0 = s.horizontal() ? s.at() : s.from();
      float y1 = s.horizontal() ? s.at() : s.to();
      extent[g] = extent[g] == null ? new float[] {x0, y0, x1, y1}
          : new float[] {Math.min(extent[g][0], x0), Math.min(extent[g][1], y0), Math.max(extent[g][2], x1), Math.max(extent[g][3], y1)};
    }
    List<Segment> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      float[] e = extent[root(group, i)];
      boolean framesText = text.stream().anyMatch(b -> (b.x0() + b.x1()) / 2f >= e[0] && (b.x0() + b.x1()) / 2f <= e[2] && (b.y0() + b.y1()) / 2f >= e[1]
          && (b.y0() + b.y1()) / 2f <= e[3]);
      boolean withinText = text.stream().anyMatch(b -> b.x0() <= e[0] && b.y0() <= e[1] && b.x1() >= e[2] && b.y1() >= e[3]);
      float longest = 0;
      for (int k = 0; k < n; k++) {
        if (root(group, k) == root(group, i)) {
          longest = Math.max(longest, lines.get(k).to() - lines.get(k).from());
        }
      }
      if (framesText && !withinText && longest >= LONGEST_BORDER * textHeight) {
        out.add(lines.get(i));
      }
    }
    return out;
  }

  private static boolean touch(Segment a, Segment b) {
    float slack = 3;
    if (a.horizontal() == b.horizontal()) {
      return Math.abs(a.at() - b.at()) <= slack && a.from() <= b.to() + slack && b.from() <= a.to() + slack;
    }
    Segment h = a.horizontal() ? a : b;
    Segment v = a.horizontal() ? b : a;
    return v.at() >= h.from() - slack && v.at() <= h.to() + slack && h.at() >= v.from() - slack && h.at() <= v.to() + slack;
  }

  private static int root(int[] group, int i) {
    while (group[i] != i) {
      group[i] = group[group[i]];
      i = group[i];
    }
    return i;
  }

  /** The picture with its ruling lines painted over in paper white, so no border is read as a 1 or an l. */
  static Raster erased(Raster r, List<Segment> rules, int ink) {
    Raster out = r.copy();
    for (Segment s : rules) {
      int at = Math.round(s.at());
      for (int d = -REACH; d <= REACH; d++) {
        int line = at + d;
        for (int j = (int) s.from(); j <= (int) s.to(); j++) {
          int x = s.horizontal() ? j : line;
          int y = s.horizontal() ? line : j;
          if (x >= 0 && y >= 0 && x < r.width && y < r.height && r.at(x, y) < Math.min(255, ink + 20)) {
            out.grey[y * r.width + x] = (byte) 255;
          }
        }
      }
    }
    return out;
  }
}
