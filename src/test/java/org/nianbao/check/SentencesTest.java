package org.nianbao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
  @Test
  void cutsAtEveryFullAndHalfWidthEndAndAtLineEnds() {
    assertEquals(List.of("甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬"), Sentences.of("甲。乙；丙;丁！戊!己？庚?辛\n壬"));
  }

  @Test
  void dropsBlankPiecesAndStripsSpaces() {
    assertEquals(List.of("收到申请12件", "办结11件"), Sentences.of("  收到申请12件 。。 \n；办结11件\u3000。 "));
    assertEquals(List.of(), Sentences.of(""));
    assertEquals(List.of(), Sentences.of("。；\n"));
    assertEquals(List.of("没有句号的一句"), Sentences.of("没有句号的一句"));
  }
}
