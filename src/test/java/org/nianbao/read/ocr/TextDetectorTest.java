package org.nianbao.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextDetectorTest {
  /** The line 二、上年结转… as the network found it on a scan: the lower stroke of 二 a sliver of its own. */
  private static final TextDetector.Box LINE = new TextDetector.Box(133, 706, 633, 731, 141, 714, 626, 723);
  private static final TextDetector.Box SLIVER = new TextDetector.Box(125, 722, 147, 728, 127, 723, 145, 726);

  @Test
  void aSliverBesideItsLineBecomesPartOfIt() {
    List<TextDetector.Box> joined = TextDetector.withFragmentsJoined(List.of(SLIVER, LINE));

    assertEquals(List.of(new TextDetector.Box(125, 706, 633, 731, 127, 714, 626, 723)), joined);
  }

  @Test
  void textOfItsOwnStaysApart() {
    // A full-height box in the next cell, and a sliver far from any line (a mark, a dash).
    TextDetector.Box nextCell = new TextDetector.Box(650, 706, 700, 731);
    TextDetector.Box farSliver = new TextDetector.Box(900, 722, 930, 728);

    List<TextDetector.Box> boxes = List.of(LINE, nextCell, farSliver);

    assertEquals(boxes, TextDetector.withFragmentsJoined(boxes));
  }
}
