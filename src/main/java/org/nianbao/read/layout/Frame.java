package org.nianbao.read.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The frames a page is read in. Frame 0 is the page as stored, from its top left, y growing
 * downwards; frame 90 is the page as read by someone who turned it so that text running upwards
 * reads left to right (and so on for 180 and 270): the frame a viewer shows a page in that carries
 * {@code /Rotate 90}, and the frame of a table printed sideways. A PDF's characters come each in
 * the frame of its own direction; their boxes, and the page's ruling lines, are carried between
 * frames here.
 */
record Frame(int turn, float width, float height) {
  /** The frame turned {@code turn} on a page {@code width} × {@code height} (as stored). */
  Frame {
    turn = Math.floorMod(turn, 360);
  }

  /** The point (x, y) of this frame in frame 0. */
  private float[] toStored(float x, float y) {
    return switch (turn) {
      case 90 -> new float[] {y, height - x};
      case 180 -> new float[] {width - x, height - y};
      case 270 -> new float[] {width - y, x};
      default -> new float[] {x, y};
    };
  }

  /** The point (x, y) of frame 0 in this frame. */
  private float[] fromStored(float x, float y) {
    return switch (turn) {
      case 90 -> new float[] {height - y, x};
      case 180 -> new float[] {width - x, height - y};
      case 270 -> new float[] {y, width - x};
      default -> new float[] {x, y};
    };
  }

  /** A box {x0, top, x1, bottom} of frame {@code from} in this frame. */
  float[] box(Frame from, float x0, float top, float x1, float bottom) {
    float[] a = fromStored(from.toStored(x0, top));
    float[] b = fromStored(from.toStored(x1, bottom));
    return new float[] {Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])};
  }

  private float[] fromStored(float[] p) {
    return fromStored(p[0], p[1]);
  }

  /** A glyph of frame {@code from} placed in this frame, its turn the difference of the two. */
  Glyph glyph(Frame from, Glyph g) {
    if (from.turn == turn) {
      return g;
    }
    float[] b = box(from, g.x0(), g.top(), g.x1(), g.bottom());
    return g.moved(b[0], b[2], b[1], b[3], Math.floorMod(g.turn() + from.turn - turn, 360));
  }

  /** Ruling lines of frame 0 in this frame. */
  List<Segment> segments(List<Segment> stored) {
    if (turn == 0) {
      return stored;
    }
    Frame zero = new Frame(0, width, height);
    List<Segment> out = new ArrayList<>(stored.size());
    for (Segment s : stored) {
      float[] b = s.horizontal() ? box(zero, s.from(), s.at(), s.to(), s.at()) : box(zero, s.at(), s.from(), s.at(), s.to());
      boolean horizontal = b[3] - b[1] < b[2] - b[0];
      out.add(horizontal ? new Segment(true, b[1], b[0], b[2]) : new Segment(false, b[0], b[1], b[3]));
    }
    return out;
  }

  /**
   * Glyphs turned from their frame, as read in their own: only their places relative to each other
   * are kept (the turn undone about the origin), which is all that ordering them into lines needs.
   */
  static List<Glyph> upright(List<Glyph> glyphs) {
    if (glyphs.stream().allMatch(g -> g.turn() == 0)) {
      return glyphs;
    }
    List<Glyph> out = new ArrayList<>(glyphs.size());
    for (Glyph g : glyphs) {
      Frame own = new Frame(g.turn(), 0, 0);
      float[] b = own.box(new Frame(0, 0, 0), g.x0(), g.top(), g.x1(), g.bottom());
      out.add(g.moved(b[0], b[2], b[1], b[3], 0));
    }
    return out;
  }
}
