package org.nianbao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CheckResult;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.Placement;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.pipeline.Pipeline;

class ReportExtractorTest {
  private static final Pipeline PIPELINE = Pipeline.standard();

  private static Report extract(String... lines) {
    String text = "某县人民政府2020年政府信息公开工作年度报告\n" + String.join("\n", lines) + "\n";
    return PIPELINE.run("t.txt", text.getBytes(StandardCharsets.UTF_8)).report().orElseThrow();
  }

  private static Set<String> flagged(Report r) {
    return r.flags().stream().map(f -> f.field()).collect(Collectors.toSet());
  }

  private static BigDecimal n(Report r, String field) {
    return r.values().get(field).number();
  }

  /**
   * A damaged Word file (found by the fuzz harness) lost two header cells of 表四 and pushed two
   * more out of the table: read with the words before it, the grid's own header named 其他结果 …
   * 纠正 as 未经复议直接起诉's order, swapping two numbers that still balanced. A grid with a header
   * of its own is read by that header alone.
   */
  @Test
  void aGridWithAHeaderOfItsOwnIsNotReadWithWordsPushedOutOfAnEarlierOne() throws Exception {
    String page = new String(Files.readAllBytes(Path.of("test-data/hazards/html-2021-form-gbk.html")), "GBK");
    String table = page.substring(page.indexOf("<table border=\"1\"><tr><td colspan=\"5\">行政复议"));
    table = table.substring(0, table.indexOf("</table>") + "</table>".length());
    String damaged = "<table border=\"1\"><tr><td colspan=\"5\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr>"
        + "<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>未经复议直接起诉</td><td>复议后起诉</td></tr></table>"
        + "<p>其他结果</p><p>尚未审结</p>"
        + "<table border=\"1\"><tr><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>" + "</tr>"
        + "<tr><td>1</td><td>0</td><td>0</td><td>1</td><td>2</td><td>0</td><td>0</td><td>1</td><td>0</td><td>1</td>" + "<td>0</td>".repeat(5) + "</tr></table>";
    Report r = PIPELINE.run("t.html", page.replace(table, damaged).getBytes("GBK")).report().orElseThrow();
    for (String field : List.of("t4.direct.upheld", "t4.direct.corrected", "t4.direct.other", "t4.direct.pending", "t4.direct.total")) {
      assertTrue(flagged(r).contains(field), field + " placed without a flag: " + r.values().get(field));
    }
    assertEquals(new BigDecimal("1"), n(r, "t4.direct.other"));
    assertEquals(new BigDecimal("0"), n(r, "t4.direct.corrected"));
  }

  @Test
  void textWhereAGridRowsNumbersShouldBeIsLeftUnreadNotBlank() {
    String html = "<html><body><p>某县人民政府2021年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p><table>"
        + "<tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>12</td></tr>"
        + "<tr><td>行政处罚</td><td>丳</td></tr><tr><td>行政强制</td><td>3</td></tr></table></body></html>";
    Report r = PIPELINE.run("t.html", html.getBytes(StandardCharsets.UTF_8)).report().orElseThrow();
    assertEquals(ValueKind.UNREAD, r.values().get("t2.penalty.decisions").kind());
    assertTrue(r.flags().stream().anyMatch(f -> f.field().equals("t2.penalty.decisions") && f.code().equals("unread.words_in_row") && f.reason().args().get(0).equals("丳")), r.flags().toString());
    assertEquals(new BigDecimal("3"), n(r, "t2.coercion.decisions"));
  }

  @Test
  void readsTitleFacts() {
    Report r = extract("一、总体情况", "正文。");
    assertEquals("某县人民政府", r.agency().orElseThrow());
    assertEquals(2020, r.year().orElseThrow());
    assertTrue(r.tables().isEmpty());
    assertTrue(r.format().isEmpty());
    assertTrue(r.values().isEmpty(), "no numbers are invented for missing tables");
  }

  @Test
  void placesDroppedBlanksByRowTotals() {
    Report r = extract("三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量", "46", "46", "二、上年结转政府信息公开申请数量", "3", "1", "4");
    assertEquals(new BigDecimal("46"), n(r, "t3.new.natural"));
    assertEquals(new BigDecimal("46"), n(r, "t3.new.total"));
    assertNull(n(r, "t3.new.commercial"));
    assertEquals(Placement.PLACED_BY_CHECK, r.values().get("t3.new.total").placement());
    assertTrue(flagged(r).containsAll(Set.of("t3.new.natural", "t3.new.total", "t3.carried.natural", "t3.carried.commercial", "t3.carried.total")));
    assertEquals(new BigDecimal("1"), n(r, "t3.carried.commercial"));
  }

  @Test
  void neverSplitsGluedCellsWhenTwoReadingsBalance() {
    Report r = extract("四、政府信息公开行政复议、行政诉讼情况", "结果维持 结果纠正 其他结果 尚未审结 总计", "23", "5", "01", "1");
    assertTrue(r.has(TableId.T4));
    for (String g : new String[] {"review", "direct", "after_review"}) {
      Value v = r.values().get("t4." + g + ".total");
      assertEquals(ValueKind.UNREAD, v.kind());
      assertTrue(flagged(r).contains("t4." + g + ".total"));
    }
    CheckResult review = r.checks().stream().filter(c -> c.id().equals("t4.group.review")).findFirst().orElseThrow();
    assertEquals(CheckStatus.SKIPPED, review.status());
  }

  @Test
  void splitsGluedCellsWhenOnlyOneReadingBalances() {
    Report r = extract("四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼", "结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉",
        "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计", "12 0 0 3 0 0 0 0 0 0 0 0 0 0");
    assertEquals(new BigDecimal("1"), n(r, "t4.review.upheld"));
    assertEquals(new BigDecimal("2"), n(r, "t4.review.corrected"));
    assertEquals(Placement.SPLIT, r.values().get("t4.review.corrected").placement());
    assertTrue(flagged(r).contains("t4.review.upheld"));
  }

  @Test
  void leavesARowWithTooManyNumbersUnread() {
    Report r = extract("三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量 1 2 3 4 5 6 7 8");
    assertEquals(ValueKind.UNREAD, r.values().get("t3.new.total").kind());
    assertTrue(flagged(r).contains("t3.new.total"));
  }

  @Test
  void keepsTotalsAsPrintedAndFailsTheirCheck() {
    Report r = extract("三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量 5 0 0 0 0 0 9");
    assertEquals(new BigDecimal("9"), n(r, "t3.new.total"));
    CheckResult row = r.checks().stream().filter(c -> c.id().equals("t3.row.new")).findFirst().orElseThrow();
    assertEquals(CheckStatus.FAIL, row.status());
    assertEquals("9 ≠ 5（差 4）", row.message().zh());
  }

  @Test
  void doesNotLetRunningTextTakeARowsPlace() {
    Report r = extract("二、主动公开政府信息情况", "行政许可事项全部在网上公开。", "第二十条第（五）项", "信息内容 上一年项目数量 本年增/减 处理决定数量", "行政许可 12 增3 400");
    assertEquals(new BigDecimal("3"), n(r, "t2.license.change"));
    assertEquals(new BigDecimal("400"), n(r, "t2.license.decisions"));
  }

  @Test
  void takesABareOtherHeaderForAColumnNotTheRow() {
    Report r = extract("三、收到和处理政府信息公开申请情况", "自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计",
        "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 1 0 0 0 0 0 1",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0", "3.其他 2 0 0 0 0 0 2");
    assertEquals(org.nianbao.form.Format.REVISED_2021, r.format().orElseThrow());
    assertEquals(new BigDecimal("2"), n(r, "t3.other.other.total"));
  }

  @Test
  void readsTheOldWordingOfUnclearApplications() {
    Report r = extract("三、收到和处理政府信息公开申请情况", "3.申请内容不明确 1 0 0 0 0 0 1");
    assertEquals(new BigDecimal("1"), n(r, "t3.unavailable.unclear.natural"));
  }

  @Test
  void joinsALabelWrappedOntoTheNextLine() {
    Report r = extract("三、收到和处理政府信息公开申请情况", HEADER, "一、本年新收政府信息公开申请数", "量", "4 0 0 0 0 0 4", TAIL);
    assertEquals(new BigDecimal("4"), n(r, "t3.new.total"));
    assertFalse(flagged(r).contains("t3.new.total"));
  }

  @Test
  void convertsYuanToWanAndFlagsAnAmountWithNoUnit() {
    Report yuan = extract("二、主动公开政府信息情况", "第二十条第（九）项", "信息内容 采购项目数量 采购总金额（单位：元）", "政府集中采购 3 1234500");
    assertEquals(0, new BigDecimal("123.45").compareTo(n(yuan, "t2.procurement.amount")));
    Report none = extract("二、主动公开政府信息情况", "第二十条第（九）项", "信息内容 采购项目数量 采购总金额", "政府集中采购 3 77.99");
    assertEquals(new BigDecimal("77.99"), n(none, "t2.procurement.amount"));
    assertTrue(none.flags().stream().anyMatch(f -> f.field().equals("t2.procurement.amount") && f.code().equals("cell.unit_not_stated")));
  }

  @Test
  void keepsBlankCellsBetweenTabsOrBars() {
    Report tabs = extract("三、收到和处理政府信息公开申请情况", HEADER, "一、本年新收政府信息公开申请数量\t5\t\t\t\t\t1\t6", TAIL);
    assertEquals(new BigDecimal("1"), n(tabs, "t3.new.other_org"));
    assertFalse(flagged(tabs).contains("t3.new.other_org"), "nothing was inferred");
    Report bars = extract("三、收到和处理政府信息公开申请情况", "| 一、本年新收政府信息公开申请数量 | 5 | | | | | 1 | 6 |", TAIL);
    assertEquals(new BigDecimal("1"), n(bars, "t3.new.other_org"));
    assertEquals(new BigDecimal("6"), n(bars, "t3.new.total"));
  }

  @Test
  void readsWanWithoutYuanAsTenThousandYuan() {
    Report r = extract("二、主动公开政府信息情况", "第二十条第（九）项", "信息内容 采购项目数量 采购总金额", "政府集中采购 3 12.5万", TAIL);
    assertEquals(new BigDecimal("12.5"), n(r, "t2.procurement.amount"));
    assertFalse(r.flags().stream().anyMatch(f -> f.field().equals("t2.procurement.amount")));
  }

  /** 表三's column header, printed on one line. */
  private static final String HEADER = "自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计";

  /** What follows the tables in every real report; a text that ends on a table's number was cut. */
  private static final String TAIL = "五、存在的主要问题及改进情况";

  @Test
  void flagsTheLastNumberOfATextThatEndsInATable() {
    Report r = extract("三、收到和处理政府信息公开申请情况", HEADER, "一、本年新收政府信息公开申请数量", "4 0 0 0 0 0 4");
    assertTrue(flagged(r).contains("t3.new.total"));
    assertFalse(flagged(extract("三、收到和处理政府信息公开申请情况", HEADER, "一、本年新收政府信息公开申请数量", "4 0 0 0 0 0 4", TAIL)).contains("t3.new.total"));
  }

  @Test
  void leavesACellWithLettersOrDamageInItUnread() {
    for (String damaged : new String[] {"1O", "0n", "47m5", "\u00B3", "?"}) {
      Report r = extract("三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量", "4 0 0 0 0 " + damaged + " 4", TAIL);
      assertEquals(ValueKind.UNREAD, r.values().get("t3.new.other_org").kind(), damaged);
      assertTrue(flagged(r).contains("t3.new.other_org"), damaged);
      assertEquals(new BigDecimal("4"), n(r, "t3.new.total"), damaged);
    }
  }

  @Test
  void leavesANumberLongerThanASpreadsheetHoldsUnread() {
    Report r = extract("三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量", "4 0 0 0 0 0 1234567890123456", TAIL);
    assertEquals(ValueKind.UNREAD, r.values().get("t3.new.total").kind());
    assertTrue(flagged(r).contains("t3.new.total"));
  }

  @Test
  void flagsEveryBlankCellItInferredFromARowWithDroppedCells() {
    Report r = extract("三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量", "46", "46", TAIL);
    assertEquals(ValueKind.BLANK, r.values().get("t3.new.commercial").kind());
    assertTrue(flagged(r).contains("t3.new.commercial"));
  }

  @Test
  void readsARowLabelCutOffAtTheEndOfTheTextAsNotRead() {
    Report r = extract("三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量", "4 0 0 0 0 0 4", "二、上年结转政府信息公开申请数量");
    assertEquals(ValueKind.UNREAD, r.values().get("t3.carried.total").kind());
    assertTrue(r.flags().stream().anyMatch(f -> f.field().equals("t3.carried.total") && f.code().equals("unread.text_ends")));
  }

  @Test
  void leavesACellOfBrokenMarkupUnread() {
    String page = "<html><body><p>二、主动公开政府信息情况</p><table>"
        + "<tr><td>第二十条第（八）项</td></tr><tr><td>信息内容</td><td>本年处理决定数量</td></tr>"
        + "<tr><td>行政处罚</td><td colspan=\"3>86</td></tr><tr><td>行政强制</td><td colspan=\"3\">3</td></tr>"
        + "</table><p>五、存在的主要问题及改进情况</p></body></html>";
    Report r = PIPELINE.run("t.html", page.getBytes(StandardCharsets.UTF_8)).report().orElseThrow();
    assertEquals(ValueKind.UNREAD, r.values().get("t2.penalty.decisions").kind());
    assertTrue(flagged(r).contains("t2.penalty.decisions"));
  }

  @Test
  void aDamagedNumberInARowWrittenAsASentenceIsLeftUnreadInItsPlace() {
    Report r = extract("三、收到和处理政府信息公开申请情况", "申请人情况：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计",
        "一、本年新收政府信息公开申请数量：40、6J、1、0、2、1、50", TAIL);
    assertEquals(ValueKind.UNREAD, r.values().get("t3.new.commercial").kind());
    assertTrue(flagged(r).contains("t3.new.commercial"));
    assertEquals(new BigDecimal("1"), n(r, "t3.new.research"));
    assertEquals(new BigDecimal("50"), n(r, "t3.new.total"));
  }

  @Test
  void aRowWhoseNumbersCannotBeToldFromItsLabelIsUnreadNotBlank() {
    Report r = extract("三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量：40、6、1、0、二三四五六七八九十一二三四五六七八九、1、50",
        "二、上年结转政府信息公开申请数量：3、1、0、0、0、0、4", TAIL);
    for (String column : List.of("natural", "commercial", "total")) {
      assertEquals(ValueKind.UNREAD, r.values().get("t3.new." + column).kind(), column);
      assertTrue(r.flags().stream().anyMatch(f -> f.field().equals("t3.new." + column) && f.code().equals("unread.words_in_row")), column);
    }
  }

  @Test
  void oneRowShortOfACellUnderAHeaderMissingAColumnIsNotATableCutAtTheEdge() {
    // The header lost 其他; the rows print all seven numbers but one, which lost a cell: it is not read as printing six columns.
    String header = "<tr><td rowspan=\"2\">自然人</td><td colspan=\"5\">法人或其他组织</td><td rowspan=\"2\">总计</td></tr>"
        + "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td></tr>";
    String page = "<html><body><p>三、收到和处理政府信息公开申请情况</p><table>" + header
        + "<tr><td>一、本年新收政府信息公开申请数量</td><td>25</td><td>3</td><td>0</td><td>1</td><td>2</td><td>0</td><td>31</td></tr>"
        + "<tr><td>二、上年结转政府信息公开申请数量</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>"
        + "<tr><td>（一）予以公开</td><td>10</td><td>1</td><td>0</td><td>0</td><td>0</td><td>12</td></tr>"
        + "</table><p>五、存在的主要问题及改进情况</p></body></html>";
    Report r = PIPELINE.run("t.html", page.getBytes(StandardCharsets.UTF_8)).report().orElseThrow();
    assertEquals(new BigDecimal("2"), n(r, "t3.new.legal"));
    for (String column : List.of("natural", "commercial", "research", "social", "legal", "other_org", "total")) {
      String id = "t3.granted." + column;
      assertTrue(flagged(r).contains(id), id + " is placed without a flag: " + r.values().get(id));
    }
    assertFalse(r.flags().stream().anyMatch(f -> f.code().equals("unread.column_not_shown")), r.flags().toString());
  }

  @Test
  void aRowLabelAloneIsNotBlankWhileAnotherRowHasMoreNumbersThanColumns() {
    Report r = extract("三、收到和处理政府信息公开申请情况", HEADER, "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "4 0 0 0 0 0 4 1 0 0 0 0 0 1", TAIL);
    for (String id : List.of("t3.new.natural", "t3.new.total", "t3.carried.natural", "t3.carried.total")) {
      assertEquals(ValueKind.UNREAD, r.values().get(id).kind(), id);
      assertTrue(flagged(r).contains(id), id);
    }
    assertTrue(r.flags().stream().anyMatch(f -> f.field().equals("t3.new.total") && f.code().equals("unread.numbers_elsewhere")), r.flags().toString());
  }

  @Test
  void fifteenNumbersUnderTheReviewGroupLabelsAloneArePlacedByPositionAndFlagged() {
    // 表四 pasted from a spreadsheet without its column header row: only the group labels stand above the numbers.
    String text = "某县人民政府2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n" + HEADER + "\n一、本年新收政府信息公开申请数量\n4 0 0 0 0 0 4\n"
        + "四、政府信息公开行政复议、行政诉讼情况\n行政复议\t\t\t\t\t行政诉讼\n\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉\n"
        + " 2 \t 1 \t - \t 1 \t 4 \t 1 \t - \t 1 \t - \t 2 \t - \t - \t - \t 1 \t 1 \n" + TAIL + "\n";
    Report r = PIPELINE.run("t.txt", text.getBytes(StandardCharsets.UTF_8)).report().orElseThrow();
    assertEquals(new BigDecimal("4"), n(r, "t4.review.total"));
    assertEquals(new BigDecimal("1"), n(r, "t4.after_review.total"));
    for (String id : List.of("t4.review.upheld", "t4.review.total", "t4.direct.total", "t4.after_review.total")) {
      assertTrue(r.flags().stream().anyMatch(f -> f.field().equals(id) && f.code().equals("cell.by_position")), id);
    }
  }

  @Test
  void aGridLabelWithNoCellAfterItIsNotABlankRow() {
    // Broken markup pushed the fee row out of its table: only 行政事业性收费 stands in the grid, alone on its row.
    String page = "<html><body><p>某县人民政府2021年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p>"
        + "<table><tr><td>信息内容</td><td>行政许可</td></tr><tr><td>本年处理决定数量</td><td>12</td></tr></table>"
        + "<table><tr><td>信息内容</td><td>行政事业性收费</td></tr></table>本年收费金额（单位：万元）12.5"
        + "<p>五、存在的主要问题及改进情况</p></body></html>";
    Report r = PIPELINE.run("t.html", page.getBytes(StandardCharsets.UTF_8)).report().orElseThrow();
    assertEquals(ValueKind.UNREAD, r.values().get("t2.fee.amount").kind());
    assertTrue(flagged(r).contains("t2.fee.amount"));
  }

  @Test
  void anEmptyRowInATransposedTableIsPassedOver() {
    String page = "<html><body><p>某县人民政府2021年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p>"
        + "<table><tr><td>信息内容</td><td>规章</td><td>行政规范性文件</td></tr><tr><td>本年制发件数</td><td>0</td><td>5</td></tr><tr></tr></table>"
        + "<p>五、存在的主要问题及改进情况</p></body></html>";
    Report r = PIPELINE.run("t.html", page.getBytes(StandardCharsets.UTF_8)).report().orElseThrow();
    assertEquals(new BigDecimal("5"), n(r, "t2.normative.issued"));
  }
}
