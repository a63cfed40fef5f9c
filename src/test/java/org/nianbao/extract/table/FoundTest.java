package org.nianbao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FoundTest {
  @Test
  void wordsAreLookedAtOnceThenRemembered() {
    AtomicInteger looks = new AtomicInteger();
    Found<Integer> found = lengths(looks);
    assertEquals(4, found.of("予以公开"));
    assertEquals(4, found.of("予以公开"));
    assertEquals(1, looks.get());
  }

  @Test
  void fullItStillAnswersButRemembersNoMore() {
    AtomicInteger looks = new AtomicInteger();
    Found<Integer> found = lengths(looks);
    for (int i = 0; i < Found.MAX_WORDS; i++) {
      found.of("词" + i);
    }
    looks.set(0);
    assertEquals(3, found.of("新词语"));
    assertEquals(3, found.of("新词语"));
    assertEquals(2, looks.get());
    assertEquals(2, found.of("词0"));
    assertEquals(2, looks.get());
  }

  /** Words' lengths, each look counted. */
  private static Found<Integer> lengths(AtomicInteger looks) {
    return new Found<>(w -> {
      looks.incrementAndGet();
      return w.length();
    });
  }
}
