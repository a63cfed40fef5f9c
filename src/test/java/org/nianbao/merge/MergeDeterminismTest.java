package org.nianbao.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MergeDeterminismTest {
  @Test
  void writesTheSameBytesOnEveryRun() throws Exception {
    byte[] first = MergeFixtures.merge(MergeFixtures.corpus(), List.of()).xlsx();
    Thread.sleep(2_100);
    assertArrayEquals(first, MergeFixtures.merge(MergeFixtures.corpus(), List.of()).xlsx());
  }
}
