package org.nianbao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.NarrativeResult;
import org.nianbao.model.Placement;
import org.nianbao.model.SourceRef;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.form.Format;
import org.nianbao.form.ReportSpec;

class NarrativeCheckerTest {
  private static final ReportSpec SPEC = ReportSpec.load();

  private static List<NarrativeResult> check(String text, Map<String, Value> values) {
    return NarrativeChecker.check(SPEC.narrative(Format.REVISED_2021), Map.of(1, text), values);
  }

  private static Value n(int v) {
    return new Value(ValueKind.NUMBER, BigDecimal.valueOf(v), Placement.READ, SourceRef.none());
  }

  @Test
  void aStatementThatDisagreesWithTheTableFails() {
    List<NarrativeResult> r = check("全年共收到依申请公开 49 件。", Map.of("t3.new.total", n(46)));
    assertEquals(1, r.size());
    assertEquals(CheckStatus.FAIL, r.get(0).status());
    assertEquals(new BigDecimal("46"), r.get(0).table().orElseThrow());
    assertEquals("全年共收到依申请公开 49 件", r.get(0).sentence());
  }

  @Test
  void aStatementWithoutItsTableIsUnmatchedNotFailed() {
    List<NarrativeResult> r = check("共收到政府信息公开申请36件。", Map.of());
    assertEquals("unmatched", r.get(0).statusWord());
  }

  @Test
  void wordsThatLookAlikeButStateOtherFiguresAreNotMatched() {
    String text = "其中网上申请件332件；办理依申请公开26件；共受理并办结政府信息依申请公开28件；"
        + "部分公开5件；通过门户网站公开规范性文件18个；行政诉讼尚未审结1件；同比增长12件。";
    List<NarrativeResult> r = check(text, Map.of("t3.granted.total", n(3), "t4.review.pending", n(0)));
    assertEquals(List.of("t3.partial.total"), r.stream().flatMap(x -> x.fields().stream()).toList(), r.toString());
  }

  @Test
  void aNumberIsNeverTakenFromTheNextSentence() {
    assertTrue(check("本年度收到政府信息公开申请。共计36件材料归档。", Map.of()).isEmpty());
  }

  @Test
  void litigationIsBothKindsOfSuitTogether() {
    List<NarrativeResult> r = check("被提起行政诉讼3起", Map.of("t4.direct.total", n(1), "t4.after_review.total", n(2)));
    assertEquals(CheckStatus.PASS, r.get(0).status());
  }
}
