package org.nianbao.read.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameTest {
  private static final float W = 595;
  private static final float H = 842;

  @Test
  void aBoxCarriedToAnotherFrameAndBackIsTheSameBox() {
    Frame stored = new Frame(0, W, H);
    for (int turn : new int[] {90, 180, 270}) {
      Frame turned = new Frame(turn, W, H);
      float[] there = turned.box(stored, 50, 60, 120, 75);
      assertArrayEquals(new float[] {50, 60, 120, 75}, stored.box(turned, there[0], there[1], there[2], there[3]), 1e-3f, "turn " + turn);
    }
  }

  @Test
  void theTopLeftOfAPageTurnedAQuarterIsItsBottomLeftAsStored() {
    // Text running upwards reads from the stored page's bottom: its start is the turned frame's left.
    float[] b = new Frame(90, W, H).box(new Frame(0, W, H), 0, H - 10, 10, H);
    assertEquals(0, b[0], 1e-3f);
    assertEquals(0, b[1], 1e-3f);
  }

  @Test
  void aHorizontalRuleIsVerticalInAFrameTurnedAQuarter() {
    List<Segment> s = new Frame(90, W, H).segments(List.of(new Segment(true, 100, 50, 300)));
    assertEquals(new Segment(false, H - 100, 50, 300), s.get(0));
  }
}
