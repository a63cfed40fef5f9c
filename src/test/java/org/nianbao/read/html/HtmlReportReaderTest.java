package org.nianbao.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nianbao.document.Cell;
import org.nianbao.document.Document;
import org.nianbao.document.Grid;
import org.nianbao.document.Paragraph;
import org.nianbao.read.DecodedText;
import org.nianbao.read.Source;

class HtmlReportReaderTest {
  private static Document read(String html) {
    return new HtmlReportReader().read(Source.of("p.html", html.getBytes(StandardCharsets.UTF_8)).withText(new DecodedText(html, StandardCharsets.UTF_8, Optional.empty())));
  }

  @Test
  void imagesBecomePicturesAndIconsDoNot() {
    Document d = read("<html><body><p>三、收到和处理政府信息公开申请情况</p><img src=\"/upload/2022/biao3.jpg\" width=\"600\">"
        + "<img src=\"share.png\" width=\"16\" height=\"16\"></body></html>");
    List<org.nianbao.document.Picture> pictures = d.blocks().stream().filter(org.nianbao.document.Picture.class::isInstance).map(org.nianbao.document.Picture.class::cast).toList();
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

  private static List<String> paragraphs(Document d) {
    return d.blocks().stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text()).toList();
  }

  private static List<List<String>> cells(Document d, int table) {
    Grid g = (Grid) d.blocks().stream().filter(b -> b instanceof Grid).toList().get(table);
    return g.rows().stream().map(r -> r.stream().map(Cell::text).toList()).toList();
  }

  @Test
  void readsNothingTheBrowserHides() {
    Document d = read("<html><head><style>.hide{display:none} #print{display:none} div.box > p.gone{visibility:hidden}"
        + "@media print{.hide{display:block}} @media (max-width:768px){.pc{display:none}} .pc{display:block}</style></head><body>"
        + "<p>一、看得见</p><p style=\"display: none\">藏起来的段落</p><p hidden>隐藏属性</p><div class=\"hide\">按类隐藏</div>"
        + "<div id=\"print\">按编号隐藏</div><div class=\"box\"><p class=\"gone\">不可见</p><p>二、也看得见</p></div>"
        + "<p>三、<span style='display:none;mso-hide:all'>Word隐藏文字</span>正文<del>删去</del><s>划掉</s>"
        + "<span style=\"text-decoration: line-through\">划线</span></p><div class=\"pc\">桌面版</div>"
        + "<div style=\"height:0;overflow:hidden\">折叠</div><noscript>请开启脚本</noscript></body></html>");
    assertEquals(List.of("一、看得见", "二、也看得见", "三、正文", "桌面版"), paragraphs(d));
  }

  @Test
  void laterAndMoreSpecificRulesWinAndImportantBeatsInline() {
    Document d = read("<html><head><style>p.note{display:none} #keep{display:block} .x{display:none!important} .y{display:none} .y{display:block}</style></head>"
        + "<body><p class=\"note\" id=\"keep\">编号更具体</p><p class=\"note\">按类隐藏</p><p class=\"x\" style=\"display:block\">重要规则</p>"
        + "<p class=\"y\">后写的规则</p></body></html>");
    assertEquals(List.of("编号更具体", "后写的规则"), paragraphs(d));
  }

  @Test
  void aHiddenCellTakesNoPlaceAnInvisibleOneStaysEmpty() {
    Document d = read("<html><body><table><tr><td>自然人</td><td style=\"display:none\">上年</td><td>商业企业</td><td>总计</td></tr>"
        + "<tr style=\"display:none\"><td>1</td><td>2</td><td>3</td></tr>"
        + "<tr><td>40</td><td style=\"display:none\">37</td><td style=\"visibility:hidden\">9</td><td>46</td></tr></table></body></html>");
    assertEquals(List.of(List.of("自然人", "商业企业", "总计"), List.of("40", "", "46")), cells(d, 0));
  }

  @Test
  void whiteTextOnTheWhitePageIsNotReadWhiteTextOnAColourIs() {
    Document d = read("<html><body><table><tr><td bgcolor=\"#003399\"><font color=\"#ffffff\">自然人</font></td>"
        + "<td style=\"background:#336\"><span style=\"color:#FFF\">总计</span></td></tr>"
        + "<tr><td>3<font color=\"#ffffff\">6</font></td><td>18306<span style=\"color: white\">6</span></td></tr></table></body></html>");
    assertEquals(List.of(List.of("自然人", "总计"), List.of("3", "18306")), cells(d, 0));
  }

  @Test
  void showsTheHeadFirstAndTheFootLast() {
    Document d = read("<html><body><table><tfoot><tr><td>合计</td><td>9</td></tr></tfoot><tbody><tr><td>甲</td><td>9</td></tr></tbody>"
        + "<thead><tr><th>项目</th><th>数量</th></tr></thead></table></body></html>");
    assertEquals(List.of(List.of("项目", "数量"), List.of("甲", "9"), List.of("合计", "9")), cells(d, 0));
  }

  @Test
  void readsWhatAScriptShowsWhenAlmostAllTheTextIsHidden() {
    String article = "<p>一、总体情况</p><p>" + "本机关认真贯彻落实政府信息公开条例，".repeat(20) + "</p><table><tr><td>规章</td><td>3</td></tr></table>";
    String script = "<script>document.getElementById('js_content').style.visibility = 'visible';</script>";
    Document d = read("<html><body><h1>标题</h1><div id=\"js_content\" style=\"visibility: hidden;\">" + article + "</div>"
        + "<div style=\"display:none\">二维码</div>" + script + "</body></html>");
    assertEquals("一、总体情况", paragraphs(d).get(1));
    assertEquals(1, d.blocks().stream().filter(b -> b instanceof Grid).count());
    assertFalse(paragraphs(d).contains("二维码"), "other hidden things stay hidden");
    Document draft = read("<html><body><h1>标题</h1><div id=\"printArea\" style=\"display:none\">" + article + "</div>" + script + "</body></html>");
    assertEquals(List.of("标题"), paragraphs(draft), "a hidden copy no script names stays hidden, however long");
  }

  @Test
  void keepsMarksApartFromTheNumbersTheyFollow() {
    Document d = read("<html><body><p>共收到申请50件<sup>①</sup>，<sup></sup>其中网上12件<a href=\"#_ftn1\"><span class=MsoFootnoteReference>[1]</span></a></p>"
        + "<table><tr><td>（七）总计<sup>②</sup></td><td>423<sup>*</sup></td><td>5<span style=\"vertical-align: sub\">a</span></td></tr></table></body></html>");
    assertEquals("共收到申请50件\uFFF9①\uFFFB，其中网上12件\uFFF9[1]\uFFFB", paragraphs(d).get(0));
    assertEquals(List.of("（七）总计\uFFF9②\uFFFB", "423\uFFF9*\uFFFB", "5\uFFF9a\uFFFB"), cells(d, 0).get(0));
  }

  @Test
  void aBreakBetweenTwoNumbersInACellIsKeptALabelsIsASpace() {
    Document d = read("<html><body><table><tr><td>（三）不予<br>公开</td><td>5<br>3</td><td><p>12</p><p>件</p></td><td>1,<span>523</span></td></tr></table></body></html>");
    assertEquals(List.of("（三）不予 公开", "5\n3", "12 件", "1,523"), cells(d, 0).get(0));
  }

  @Test
  void readsCaptionsFormFieldsAndTablesLaidOutByStyles() {
    Document d = read("<html><head><style>.t{display:table}.r{display:table-row}.c{display:table-cell}</style></head><body>"
        + "<table><caption>表二 主动公开</caption><tr><td>规章</td><td><input type=\"text\" value=\"5\" readonly><input type=\"hidden\" value=\"9\"></td></tr></table>"
        + "<div class=\"t\"><div class=\"r\"><div class=\"c\">行政许可</div><div class=\"c\">1523</div></div>"
        + "<div class=\"r\"><div class=\"c\">行政处罚</div><div class=\"c\" style=\"display:none\">0</div><div class=\"c\">86</div></div></div></body></html>");
    assertEquals("表二 主动公开", paragraphs(d).get(0));
    assertEquals(List.of(List.of("规章", "5")), cells(d, 0));
    assertEquals(List.of(List.of("行政许可", "1523"), List.of("行政处罚", "86")), cells(d, 1));
    assertEquals("table[2]/tr[2]/td[3]", ((Grid) d.blocks().get(2)).rows().get(1).get(1).pos().path());
  }

  @Test
  void joinsAHeaderTableToTheBodyTableAfterIt() {
    Document d = read("<html><body><table><thead><tr><th>项目</th><th>自然人</th><th>总计</th></tr></thead></table>"
        + "<table><thead><tr style=\"height:0\"><th><div style=\"height:0px;overflow:hidden\">项目</div></th><th></th><th></th></tr></thead>"
        + "<tbody><tr><td>新收</td><td>40</td><td>50</td></tr></tbody></table><p>之后</p><table><tr><td>甲</td><td>乙</td></tr></table>"
        + "<table><tr><td>丙</td></tr></table></body></html>");
    assertEquals(List.of(List.of("项目", "自然人", "总计"), List.of("新收", "40", "50")), cells(d, 0));
    assertEquals(3, d.blocks().stream().filter(b -> b instanceof Grid).count(), "tables of other widths stay apart");
  }

  @Test
  void namesFramesAndEmbeddedDocumentsWhereTheyStand() {
    Document d = read("<html><body><p>前言</p><iframe src=\"p_files/saved_resource.html\" width=\"100%\"></iframe>"
        + "<iframe src=\"https://tongji.example.cn/c.html\" width=\"0\" height=\"0\"></iframe><iframe src=\"https://v.example.cn/embed/XN1\"></iframe>"
        + "<p>中间</p><iframe src=\"/pdfjs/web/viewer.html?file=%2Fupload%2F%E6%8A%A5%E5%91%8A.pdf\"></iframe>"
        + "<object data=\"t.pdf\" type=\"application/pdf\"></object><iframe style=\"display:none\" src=\"hidden.html\"></iframe></body></html>");
    assertEquals(List.of("FRAME saved_resource.html p_files/saved_resource.html @1", "FRAME 报告.pdf /upload/报告.pdf @2", "FRAME t.pdf t.pdf @2"),
        d.parts().stream().map(p -> p.kind() + " " + p.name() + " " + p.href() + " @" + p.at()).toList());
  }

  @Test
  void namesTheNextPagesAndTheAttachmentsOfTheReportAndNoOtherLink() {
    Document d = new HtmlReportReader().read(Source.of("/x/t20220125_123.html", new byte[0]).withText(new DecodedText("<html><body><p>正文</p>"
        + "<div class=\"page\"><span>1</span> <a href=\"t20220125_123_1.html\">2</a> <a href=\"t20220125_123_2.html\">3</a> <a href=\"t20220125_123_1.html\">下一页</a>"
        + " <a href=\"t20220125_123_9.html\">尾页</a></div>"
        + "<p>附件：<a href=\"./P020220125.xls\">2021年统计表.xls</a></p><p><a href=\"/down.jsp?filename=2201.docx\">附件2：年度报告附表</a></p>"
        + "<p><a href=\"/sqb.doc\">政府信息公开申请表.doc</a> <a href=\"t20220120_99.html\">上一篇</a> <a href=\"t20220126_100.html\">下一篇</a>"
        + " <a href=\"other.pdf\">通知.pdf</a> <a href=\"javascript:next()\">下一页</a> <a href=\"index_1.html\">2</a></p></body></html>",
        StandardCharsets.UTF_8, Optional.empty())));
    assertEquals(List.of("CONTINUATION t20220125_123_1.html", "CONTINUATION t20220125_123_2.html", "ATTACHMENT 2021年统计表.xls ./P020220125.xls",
        "ATTACHMENT 年度报告附表.docx /down.jsp?filename=2201.docx"),
        d.parts().stream().map(p -> p.kind() + " " + p.name() + (p.kind() == org.nianbao.document.Part.Kind.ATTACHMENT ? " " + p.href() : "")).toList());
    assertTrue(d.parts().stream().allMatch(p -> p.at() == d.blocks().size()), "read after the page");
    assertFalse(paragraphs(d).stream().anyMatch(p -> p.startsWith("1 2 3")), "the pager's words are not the report's: " + paragraphs(d));
  }

  @Test
  void findsTheNamesAPageLinksToWithoutReadingIt() {
    java.util.Set<String> names = HtmlReportReader.linkedNames("<a href=\"a_1.html\">2</a><iframe src='f_files/s.html'></iframe>"
        + "<a href=\"/d.jsp?filename=%E8%A1%A8.xlsx\">附件1：统计表</a><embed src=/u/x.pdf>");
    assertTrue(names.containsAll(List.of("a_1.html", "s.html", "表.xlsx", "统计表", "x.pdf")), names.toString());
  }

  @Test
  void readsPreformattedTextLineByLineAsWritten() {
    Document d = read("<html><body><p>前</p><pre>\n一、本年新收  40   6\n二、上年结转   3<span style=\"display:none\">9</span>   1\n\n<b>四、</b>结转<br>下年</pre></body></html>");
    assertEquals(List.of("前", "一、本年新收  40   6", "二、上年结转   3   1", "四、结转", "下年"), paragraphs(d));
  }
}
