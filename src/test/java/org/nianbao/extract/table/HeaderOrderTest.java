package org.nianbao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nianbao.form.ReportSpec;

class HeaderOrderTest {
  private static final ReportSpec SPEC = ReportSpec.load();
  private static final List<String> T3 =
      List.of("自然人", "法人或其他组织 / 商业企业", "法人或其他组织 / 科研机构", "法人或其他组织 / 社会公益组织", "法人或其他组织 / 法律服务机构", "法人或其他组织 / 其他", "总计");
  private static final List<String> T4 = List.of("行政复议 / 结果维持", "行政复议 / 结果纠正", "行政复议 / 其他结果", "行政复议 / 尚未审结", "行政复议 / 总计",
      "行政诉讼 / 未经复议直接起诉 / 结果维持", "行政诉讼 / 未经复议直接起诉 / 结果纠正", "行政诉讼 / 未经复议直接起诉 / 其他结果", "行政诉讼 / 未经复议直接起诉 / 尚未审结",
      "行政诉讼 / 未经复议直接起诉 / 总计", "行政诉讼 / 复议后起诉 / 结果维持", "行政诉讼 / 复议后起诉 / 结果纠正", "行政诉讼 / 复议后起诉 / 其他结果",
      "行政诉讼 / 复议后起诉 / 尚未审结", "行政诉讼 / 复议后起诉 / 总计");

  private static HeaderOrder.Resolved resolve(List<String> tree, String header) {
    return HeaderOrder.resolve(HeaderTree.of(tree, SPEC::header), Arrays.asList(header.split(" ")));
  }

  @Test
  void readsAHeaderPrintedRowByRow() {
    HeaderOrder.Resolved r = resolve(T3, "申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他");
    assertEquals(T3, r.order());
    assertTrue(r.complete());
  }

  @Test
  void readsColumnsPrintedInAnotherOrder() {
    HeaderOrder.Resolved r = resolve(T3, "申请人情况 总计 法人或其他组织 自然人 科研机构 商业企业 法律服务机构 社会公益组织 其他");
    assertEquals(List.of("总计", "法人或其他组织 / 科研机构", "法人或其他组织 / 商业企业", "法人或其他组织 / 法律服务机构", "法人或其他组织 / 社会公益组织",
        "法人或其他组织 / 其他", "自然人"), r.order());
    assertTrue(r.complete());
  }

  @Test
  void placesColumnsWhoseGroupLabelIsMissing() {
    HeaderOrder.Resolved r = resolve(T3, "自然人 科研机构 商业企业 社会公益组织 法律服务机构 其他 合计");
    assertEquals(List.of("自然人", "法人或其他组织 / 科研机构", "法人或其他组织 / 商业企业", "法人或其他组织 / 社会公益组织", "法人或其他组织 / 法律服务机构",
        "法人或其他组织 / 其他", "总计"), r.order());
    assertTrue(r.complete());
  }

  @Test
  void readsTheReviewHeaderRowByRowOrColumnByColumn() {
    assertEquals(T4, resolve(T4, "行政复议 行政诉讼 结果维持 结果纠正 驳回申请 尚未审结 总计 未经复议直接起诉 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 驳回起诉 尚未审结 总计").order());
    HeaderOrder.Resolved byColumn = resolve(T4, "行政复议 结果维持 结果纠正 其他结果 尚未审结 总计 行政诉讼 未经复议直接起诉 结果维持 结果纠正 其他结果 尚未审结 总计 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计");
    assertEquals(T4, byColumn.order());
    assertTrue(byColumn.complete());
    HeaderOrder.Resolved swapped = resolve(T4, "行政诉讼 行政复议 复议后起诉 未经复议直接起诉 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计");
    assertEquals("行政诉讼 / 复议后起诉 / 结果维持", swapped.order().get(0));
    assertEquals("行政复议 / 结果维持", swapped.order().get(10));
  }

  @Test
  void columnsUnderGroupsWhoseLabelsAreMissingAndCouldBeAnyAreNotShown() {
    HeaderOrder.Resolved r = resolve(T4, "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计");
    assertEquals(T4, r.order(), "the form's order is the best guess");
    assertEquals(Set.of(), r.shown(), "but nothing in the header shows it");
  }

  @Test
  void cutsAHeaderRowCopiedAsOneLineIntoItsWordsKeepingSpacedWordsWhole() {
    HeaderTree tree = HeaderTree.of(T4, SPEC::header);
    assertEquals(List.of("结果维持", "结果纠正", "驳回申请", "尚未审结", "总计", "未经复议直接起诉"),
        HeaderOrder.words("结果维  持 结果纠正 驳回 申请 尚未审结 总 计 未经复议直接起诉", tree).stream().map(LabelKey::key).toList());
    assertEquals(T4, HeaderOrder.resolve(tree, List.of("行政复议 行政诉讼", "结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉",
        "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计")).order());
  }

  @Test
  void aHeaderCutShortShowsOnlyTheColumnsPrinted() {
    HeaderOrder.Resolved r = resolve(T3, "申请人情况 自然人 法人或其他组织 商业企业 科研机构 社会公益组织");
    assertEquals(T3.subList(0, 4), r.shownInOrder());
    assertEquals(T3, r.order());
  }

  @Test
  void aHeaderWhoseRowsAreReadOutOfOrderShowsNothing() {
    // The columns' row read before their group's and 自然人's: where 自然人 stands is not shown.
    HeaderOrder.Resolved r = resolve(T3, "申请人情况 商业企业 科研机构 社会公益组织 法律服务机构 其他 自然人 法人或其他组织 总计");
    assertEquals(Set.of(), r.shown());
  }

  @Test
  void aGroupWhoseLabelIsLostLeavesItsSiblingsPlaceUnshownToo() {
    // 未经复议直接起诉 lost: whether it stood before 复议后起诉 or after is a guess.
    HeaderOrder.Resolved r = resolve(T4, "行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计");
    assertEquals(T4.subList(0, 5), r.shownInOrder());
  }

  @Test
  void aGroupBegunTakesNoMoreLabelsOnceAnotherGroupAtItsLevelHasBegun() {
    // 行政复议's 结果维持 and 结果纠正 lost: the 结果维持 under 未经复议直接起诉 is that group's, not 行政复议's.
    HeaderOrder.Resolved r = resolve(T4, "行政复议 行政诉讼 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计");
    assertEquals(T4, r.order());
    assertEquals(T4.subList(2, 15), r.shownInOrder());
  }

  @Test
  void aMisprintedHeaderWordHoldsThePlaceOfTheColumnItNamesNot() {
    HeaderOrder.Resolved r = resolve(T3, "自然人 法人或其他组织 总计 科研机构 商业企业 泣律服务机构 社会公益组织 其他");
    assertEquals(List.of("自然人", "法人或其他组织 / 科研机构", "法人或其他组织 / 商业企业", "法人或其他组织 / 法律服务机构", "法人或其他组织 / 社会公益组织",
        "法人或其他组织 / 其他", "总计"), r.order());
    assertTrue(r.complete(), "a word one character off a header names that column");
    assertEquals(Map.of("法人或其他组织 / 法律服务机构", "泣律服务机构"), r.guessed(), "and is known as a guess, to be flagged");
    HeaderOrder.Resolved group = resolve(T3, "自然人 法人或其它组 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他");
    assertEquals(T3, group.order());
    assertTrue(group.complete());
  }

  @Test
  void aGroupWithoutItsLabelReadAfterAColumnTheFormPrintsLaterShowsNoOrder() {
    // 自然人 总计 above 商业企业 …: whether 总计 stands before the group or after is not shown.
    HeaderOrder.Resolved r = resolve(T3, "自然人 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他");
    assertEquals(T3, r.order(), "the form's order is the guess");
    assertEquals(Set.of(), r.shown());
  }

  @Test
  void wordsGluingAGroupsLabelToAColumnsAreNoSureMatchOfEither() {
    // A heading over several columns read into the cell of the one column under it (行政复议 over 结果维持).
    HeaderOrder.Resolved r = resolve(T4, "行政复议结果维持 结果纠正 其他结果 尚未审结 总计 行政诉讼 未经复议直接起诉 结果维持 结果纠正 其他结果 尚未审结 总计 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计");
    assertEquals(T4, r.order());
    assertTrue(r.shown().stream().allMatch(p -> r.order().indexOf(p) == T4.indexOf(p)), "no column shown in a place it is not printed");
    assertTrue(!r.shown().contains("行政复议 / 结果维持") || r.guessed().containsKey("行政复议 / 结果维持"), "the glued words are a guess, to be flagged: " + r.shown() + " " + r.guessed());
  }

  @Test
  void wordsHoldingTwoUnrelatedColumnsNameNoneOfThem() {
    HeaderOrder.Resolved r = resolve(T3, "申请人情况 自然人 法人或其他组织 总计 商业企业科研机构 社会公益组织 法律服务机构 其他");
    assertTrue(!r.shown().contains("法人或其他组织 / 商业企业") && !r.shown().contains("法人或其他组织 / 科研机构"));
  }
}
