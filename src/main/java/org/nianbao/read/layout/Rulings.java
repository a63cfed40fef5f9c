package org.nianbao.read.layout;

import java.util.List;

/**
 * The ruling lines drawn shapes leave, whatever the file format draws them with: a straight
 * stroked line, and a filled box or polygon thin enough to be a line along its length (a bevelled
 * border); slanted lines, ticks and dots are none. Coordinates are the caller's own frame.
 */
public final class Rulings {
  /** A filled shape thinner than this (points) is a line. */
  public static final float THIN = 3f;
  /** A line shorter than this (points) is a tick or a dot, not a border. */
  public static final float SHORT = 4f;

  private Rulings() {}

  /** The segment a stroked line is, or null when it is slanted or too short. */
  public static Segment line(float x0, float y0, float x1, float y1) {
    if (Math.abs(y0 - y1) < 1 && Math.abs(x1 - x0) >= SHORT) {
      return new Segment(true, (y0 + y1) / 2, Math.min(x0, x1), Math.max(x0, x1));
    }
    if (Math.abs(x0 - x1) < 1 && Math.abs(y1 - y0) >= SHORT) {
      return new Segment(false, (x0 + x1) / 2, Math.min(y0, y1), Math.max(y0, y1));
    }
    return null;
  }

  /** The segment a filled box ({@code x0 <= x1}, {@code y0 <= y1}) is along its length when it is thin, or null. */
  public static Segment box(float x0, float y0, float x1, float y1) {
    float w = x1 - x0;
    float h = y1 - y0;
    if (h < THIN && w >= SHORT) {
      return new Segment(true, (y0 + y1) / 2, x0, x1);
    }
    if (w < THIN && h >= SHORT) {
      return new Segment(false, (x0 + x1) / 2, y0, y1);
    }
    return null;
  }

  /** The segment a filled polygon (its edges, each {x0, y0, x1, y1}) is when its bounds are a thin box, or null. */
  public static Segment strip(List<float[]> edges) {
    float[] b = bounds(edges);
    return box(b[0], b[1], b[2], b[3]);
  }

  /** The bounding box {x0, y0, x1, y1} of edges, each {x0, y0, x1, y1}. */
  public static float[] bounds(List<float[]> edges) {
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
}
