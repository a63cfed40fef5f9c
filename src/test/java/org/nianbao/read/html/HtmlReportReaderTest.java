package org.nianbao.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nianbao.doc.Cell;
import org.nianbao.doc.Document;
import org.nianbao.doc.Grid;
import org.nianbao.doc.Paragraph;
import org.nianbao.read.DecodedText;

class HtmlReportReaderTest {
  private static Document read(String html) {
    return new HtmlReportReader().read("p.html", new DecodedText(html, StandardCharsets.UTF_8, Optional.empty()));
  }

  @Test
  void imagesBecomePicturesAndIconsDoNot() {
    Document d = read("<html><body><p>三、收到和处理政府信息公开申请情况</p><img src=\"/upload/2022/biao3.jpg\" width=\"600\">"
        + "<img src=\"share.png\" width=\"16\" height=\"16\"></body></html>");
    List<org.nianbao.doc.Picture> pictures = d.blocks().stream().filter(org.nianbao.doc.Picture.class::isInstance).map(org.nianbao.doc.Picture.class::cast).toList();
    assertEquals(1, pictures.size());
    assertEquals("biao3.jpg", pictures.get(0).file());
  }

  @Test
  void expandsRowspanAndColspanIntoATrueGrid() {
    Document d = read("<html><body><table>"
        + "<tr><td rowspan=2>三、本年度办理结果</td><td colspan=2>（一）予以公开</td><td>5</td></tr>"
        + "<tr><td>（三）不予公开</td><td>1.属于国家秘密</td><td>&nbsp;</td></tr>"
        + "</table></body></html>");
    Grid g = (Grid) d.blocks().get(0);
    List<Cell> first = g.rows().get(0);
    List<Cell> second = g.rows().get(1);
    assertEquals(4, first.size());
    assertTrue(first.get(2).spanCopy());
    assertTrue(second.get(0).spanCopy());
    assertEquals("三、本年度办理结果", second.get(0).text());
    assertEquals("1.属于国家秘密", second.get(2).text());
    assertTrue(second.get(3).text().isBlank(), "an &nbsp; cell stays a blank cell");
    assertFalse(second.get(3).spanCopy());
    assertTrue(second.get(3).pos().path().endsWith("tr[2]/td[3]"));
  }

  @Test
  void readsLayoutTablesThroughAndBreaksParagraphsAtBlocksAndBreaks() {
    Document d = read("<body><table><tr><td><h1>某局2021年政府信息公开工作年度报告</h1><p>一、总体情况<br>第一行</p>"
        + "<table><tr><td>规章</td><td>0</td></tr></table></td></tr></table><script>var a='<p>x</p>';</script></body>");
    List<String> paragraphs = d.blocks().stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text()).toList();
    assertEquals(List.of("某局2021年政府信息公开工作年度报告", "一、总体情况", "第一行"), paragraphs);
    assertEquals(1, d.blocks().stream().filter(b -> b instanceof Grid).count());
  }

  @Test
  void readsAPageNestedDeeperThanTheStackWouldAllow() {
    int depth = 100_000;
    Document d = read("<html><body>" + "<div>".repeat(depth) + "<p>一、总体情况</p>" + "</div>".repeat(depth) + "<p>二、主动公开</p></body></html>");
    List<String> paragraphs = d.blocks().stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text()).toList();
    assertEquals(List.of("一、总体情况", "二、主动公开"), paragraphs);
  }
}
