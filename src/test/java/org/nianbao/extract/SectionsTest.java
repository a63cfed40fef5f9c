package org.nianbao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.document.Block;
import org.nianbao.document.Paragraph;
import org.nianbao.document.SourcePos;

class SectionsTest {
  private static List<String> split(String text) {
    List<Block> blocks = Sections.splitInline(List.of(new Paragraph(text, SourcePos.line(1))));
    return blocks.stream().map(b -> ((Paragraph) b).text()).toList();
  }

  @Test
  void cutsHeadingsRunIntoAParagraph() {
    assertEquals(List.of("本机关全年主动公开政府信息共计120条。", "二、主动公开政府信息情况 见下表。", "三 、收到和处理政府信息公开申请情况 共收到12件。"),
        split("本机关全年主动公开政府信息共计120条。二、主动公开政府信息情况 见下表。三 、收到和处理政府信息公开申请情况 共收到12件。"));
  }

  @Test
  void findsTheSeparatorAfterSpacesTabsAndLineBreaks() {
    assertEquals(List.of("本年度工作总体平稳有序推进各项任务落实。", "四\t．政府信息公开行政复议、行政诉讼情况 无。"),
        split("本年度工作总体平稳有序推进各项任务落实。四\t．政府信息公开行政复议、行政诉讼情况 无。"));
    assertEquals(List.of("本年度工作总体平稳有序推进各项任务落实；", "五\n.存在的主要问题及改进情况 如下。"),
        split("本年度工作总体平稳有序推进各项任务落实；五\n.存在的主要问题及改进情况 如下。"));
  }

  @Test
  void leavesNumeralsWithoutASeparatorAndShortParagraphsWhole() {
    String plain = "一是加强组织领导，二是完善制度建设，三是强化监督考核，六个方面齐抓共管。";
    assertEquals(List.of(plain), split(plain));
    assertEquals(List.of("情况。二、主动公开政府信息情况"), split("情况。二、主动公开政府信息情况"));
    // A separator that is not one (a full stop after a numeral with an ideographic space between) is no heading's.
    String ideographic = "本机关全年主动公开政府信息共计一百二十条，其中二\u3000、较上年有所增加。";
    assertEquals(List.of(ideographic), split(ideographic));
  }
}
