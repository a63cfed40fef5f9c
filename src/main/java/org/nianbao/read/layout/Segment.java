package org.nianbao.read.layout;

/**
 * A ruling line of a table: horizontal at y = {@code at} from x {@code from} to {@code to}, or
 * vertical at x = {@code at} from y {@code from} to {@code to} (y growing downwards).
 */
public record Segment(boolean horizontal, float at, float from, float to) {
  /** Whether the other segment crosses or touches this one, within {@code slack} points. */
  boolean meets(Segment o, float slack) {
    if (horizontal == o.horizontal) {
      return Math.abs(at - o.at) <= slack && from <= o.to + slack && o.from <= to + slack;
    }
    return o.at >= from - slack && o.at <= to + slack && at >= o.from - slack && at <= o.to + slack;
  }

  /** Whether this segment covers the point {@code along} of its length, within {@code slack}. */
  boolean covers(float along, float slack) {
    return along >= from - slack && along <= to + slack;
  }
}
