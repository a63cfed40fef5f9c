package org.nianbao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CheckResult;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.SourceRef;
import org.nianbao.model.TableId;
import org.nianbao.model.Value;
import org.nianbao.form.CheckScope;
import org.nianbao.form.CheckSpec;
import org.nianbao.form.Format;
import org.nianbao.form.ReportSpec;

class CheckEngineTest {
  private static final ReportSpec SPEC = ReportSpec.load();

  private static CheckSpec check(String id) {
    return SPEC.checks(Format.TRIAL_2019, CheckScope.REPORT).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private static Map<String, Value> group(int... v) {
    String[] cols = {"upheld", "corrected", "other", "pending", "total"};
    Map<String, Value> out = new HashMap<>();
    for (int i = 0; i < cols.length; i++) {
      out.put("t4.review." + cols[i], v[i] < 0 ? Value.blank(SourceRef.none()) : new Value(org.nianbao.model.ValueKind.NUMBER, BigDecimal.valueOf(v[i]), org.nianbao.model.Placement.READ, SourceRef.none()));
    }
    return out;
  }

  @Test
  void countsBlankCellsAsZero() {
    CheckResult r = CheckEngine.evaluate(check("t4.group.review"), group(-1, 1, -1, 2, 3), Set.of(TableId.T4));
    assertEquals(CheckStatus.PASS, r.status());
  }

  @Test
  void failsWithBothSidesInTheMessage() {
    CheckResult r = CheckEngine.evaluate(check("t4.group.review"), group(1, 1, 0, 0, 3), Set.of(TableId.T4));
    assertEquals(CheckStatus.FAIL, r.status());
    assertEquals("3 ≠ 2（差 1）", r.message().zh());
    assertEquals(List.of("t4.review.total", "t4.review.upheld", "t4.review.corrected", "t4.review.other", "t4.review.pending"), r.fields());
  }

  @Test
  void skipsAChecksWhoseTableIsMissing() {
    assertEquals(CheckStatus.SKIPPED, CheckEngine.evaluate(check("t4.group.review"), group(1, 1, 0, 0, 2), Set.of(TableId.T3)).status());
  }

  @Test
  void skipsACheckThatReadsAnUnreadCell() {
    Map<String, Value> v = group(1, 1, 0, 0, 2);
    v.put("t4.review.other", Value.unread(SourceRef.none()));
    assertEquals(CheckStatus.SKIPPED, CheckEngine.evaluate(check("t4.group.review"), v, Set.of(TableId.T4)).status());
  }
}
