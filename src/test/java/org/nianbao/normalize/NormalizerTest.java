package org.nianbao.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.document.Document;
import org.nianbao.document.Paragraph;
import org.nianbao.document.SourcePos;

class NormalizerTest {
  private static final Normalizer NORMALIZER = new Normalizer();

  @Test
  void stripsPinyinAfterEachCharacter() {
    assertEquals("定海区人民政府", NORMALIZER.text("定海區(qū)人民政府"));
    assertEquals("报告", NORMALIZER.text("報(bao)告(gao)"));
    assertEquals("发布时间", NORMALIZER.text("發(fā)布時間"));
  }

  @Test
  void stripsPinyinOnlyRightAfterACharacterOrAcrossABreakWhenToned() {
    assertEquals("创新", Pinyin.strip("创 (chuàng)新"), "spaces or a line break before toned pinyin go with it");
    assertEquals("创新", Pinyin.strip("创\n(chuàng)新"));
    assertEquals("第一项 (a) 规定", Pinyin.strip("第一项 (a) 规定"), "after a space, an untoned letter is a list item");
    assertEquals("报告", Pinyin.strip("报（bào）告"));
    assertEquals("表5(a)", Pinyin.strip("表5(a)"), "after a digit, not pinyin");
    assertEquals("(a)项", Pinyin.strip("(a)项"), "with nothing before it, not pinyin");
    assertEquals("定 海", Pinyin.strip("定(dìng) 海(hǎi)"));
  }

  @Test
  void keepsTheQianAndFanOfPlaceNames() {
    assertEquals("乾县人民政府", NORMALIZER.text("乾縣人民政府"), "乾 is a standard character of its own, not only the traditional form of 干");
    assertEquals("荥阳市氾水镇", NORMALIZER.text("滎陽市氾水鎮"));
    assertEquals("关于", NORMALIZER.text("關於"), "while 於 still reads as 于");
  }

  @Test
  void keepsBracketsThatAreNotPinyin() {
    assertEquals("(以下简称《条例》)", NORMALIZER.text("(以下简称《条例》)"));
    assertEquals("（一）予以公开", NORMALIZER.text("（一）予以公开"));
    assertEquals("采购总金额(单位:万元)", NORMALIZER.text("采购总金额(单位:万元)"));
    assertEquals("政务服务(APP)", NORMALIZER.text("政务服务(APP)"));
    assertEquals("平台(http)", NORMALIZER.text("平台(http)"));
  }

  @Test
  void joinsALineThatOpensWithThePinyinOfTheCharacterBeforeTheBreak() {
    Document doc = new Document("t.pdf", List.of(new Paragraph("工作方式有待进一步创", SourcePos.line(1)), new Paragraph("(chuàng)新。下步改进情况", SourcePos.line(2)),
        new Paragraph("(a)项目清单", SourcePos.line(3))), List.of());
    List<String> texts = NORMALIZER.normalize(doc).blocks().stream().map(b -> ((Paragraph) b).text()).toList();
    assertEquals(List.of("工作方式有待进一步创新。下步改进情况", "(a)项目清单"), texts);
    assertEquals("经济", NORMALIZER.text("经 (jīng)济"));
  }

  @Test
  void tellsPinyinSyllablesFromOtherWords() {
    assertTrue(Pinyin.isSyllable("zhuǎn"));
    assertTrue(Pinyin.isSyllable("er"));
    assertTrue(Pinyin.isSyllable("lüè"));
    assertFalse(Pinyin.isSyllable("http"));
    assertFalse(Pinyin.isSyllable("ing"));
  }

  @Test
  void simplifiesTraditionalCharacters() {
    assertEquals("衡阳市人民政府办公室", NORMALIZER.text("衡陽市人民政府辦公室"));
    assertEquals("结转下年度继续办理", NORMALIZER.text("結轉下年度繼續辦理"));
  }

  @Test
  void foldsFullWidthDigitsAndOddSpaces() {
    assertEquals("2020年 12 +3", NORMALIZER.text("２０２０年\u3000１２\u00a0＋３"));
    assertEquals("ab", NORMALIZER.text("a\u200bb"));
  }

  @Test
  void keepsChinesePunctuationForReaders() {
    assertEquals("一是加强，二是提高。", NORMALIZER.text("一是加强，二是提高。"));
  }
}
