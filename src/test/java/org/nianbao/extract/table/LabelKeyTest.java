package org.nianbao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LabelKeyTest {
  @Test
  void separatesTheNumberingFromTheWords() {
    assertEquals(new LabelKey("七", "总计"), LabelKey.of("（七）总计"));
    assertEquals(new LabelKey("七", "总计"), LabelKey.of("(七) 总 计"));
    assertEquals(new LabelKey("一", "本年新收政府信息公开申请数量"), LabelKey.of("一、本年新收政府信息公开申请数量"));
    assertEquals(new LabelKey("3", "其他"), LabelKey.of("3.其他"));
    assertEquals(new LabelKey("3", "危及三安全一稳定"), LabelKey.of("3．危及“三安全一稳定”"));
  }

  @Test
  void dropsSpacesAndPunctuationInsideLabels() {
    assertEquals("结果维持", LabelKey.of("结果维  持").key());
    assertEquals("部分公开区分处理的只计这一情形不计其他情形", LabelKey.of("（二）部分公开（区分处理的，只计这一情形，不计其他情形）").key());
  }

  @Test
  void doesNotTakeADecimalNumberForNumbering() {
    assertEquals("", LabelKey.of("2.5万元").numbering());
  }

  @Test
  void aUnitPrintedAfterTheWordsComesOffWhole() {
    assertEquals("自然人", LabelKey.of("自然人（件）").withoutUnit());
    assertEquals("总计", LabelKey.of("总计（单位：件）").withoutUnit());
    assertEquals("申请", LabelKey.of("申请件数").withoutUnit());
    assertEquals("申请", LabelKey.of("申请数量").withoutUnit());
    assertEquals("咨询", LabelKey.of("咨询人次").withoutUnit());
    // A label that is a unit and nothing else keeps its words; one without a unit is itself.
    assertEquals("件数", LabelKey.of("件数").withoutUnit());
    assertEquals("单位件", LabelKey.of("单位：件").withoutUnit());
    assertEquals("予以公开", LabelKey.of("予以公开").withoutUnit());
  }
}
