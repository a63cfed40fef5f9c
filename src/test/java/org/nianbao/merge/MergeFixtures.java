package org.nianbao.merge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.check.CheckEngine;
import org.nianbao.model.CheckResult;
import org.nianbao.model.Placement;
import org.nianbao.model.Report;
import org.nianbao.model.SourceRef;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.pipeline.Pipeline;
import org.nianbao.form.CheckScope;
import org.nianbao.form.ReportSpec;
import org.nianbao.testing.TestReports;

/** Reports to merge: every fixture, plus the year before one of them, made to pass some cross-year checks and fail one. */
final class MergeFixtures {
  static final ReportSpec SPEC = ReportSpec.load();
  static final Pipeline PIPELINE = Pipeline.standard();

  private MergeFixtures() {}

  static List<Report> corpus() {
    return TestReports.withAnswers().stream().map(p -> PIPELINE.run(p).report().orElseThrow()).toList();
  }

  /**
   * 青溪县 2022 and a 2021 report of the same agency whose 结转 总计 disagrees by one, and whose
   * text differs: in section 一 the first sentence ({@link #SENTENCE_2021} against 2022's), in
   * section 五 the whole text.
   */
  static List<Report> consecutiveYears() {
    Report y2022 = PIPELINE.run(Path.of("test-data/hazards/html-2021-form-gbk.html")).report().orElseThrow();
    Map<String, Value> values = new LinkedHashMap<>(y2022.values());
    values.put("t3.carried_forward.natural", number(2));
    values.put("t3.carried_forward.total", number(3));
    values.put("t2.normative.in_force", number(29));
    values.put("t2.rules.in_force", number(0));
    Report y2021 = new Report("qingxi-2021.html", Optional.of("青溪县 人民政府"), Optional.of(2021), Optional.empty(), y2022.format(), y2022.tables(),
        values, List.of(), CheckEngine.evaluate(SPEC.checks(y2022.format().orElseThrow(), CheckScope.REPORT), values, y2022.tables()), sections2021(y2022), List.of(), Map.of());
    return List.of(y2021, y2022);
  }

  static final String SENTENCE_2021 = "2021年，青溪县全年共收到政府信息公开申请29件，上年结转1件";
  static final String SENTENCE_2022 = "2022年，青溪县全年共收到政府信息公开申请36件，上年结转2件";
  static final String PROBLEMS_2021 = "一是政策解读形式较为单一；二是基层政务公开标准化工作有待深化。";

  private static Map<Integer, String> sections2021(Report y2022) {
    Map<Integer, String> out = new LinkedHashMap<>(y2022.sections());
    out.put(1, out.get(1).replace(SENTENCE_2022, SENTENCE_2021));
    out.put(5, "五、存在的主要问题及改进情况\n" + PROBLEMS_2021);
    return out;
  }

  static Value number(int n) {
    return new Value(ValueKind.NUMBER, BigDecimal.valueOf(n), Placement.READ, new SourceRef(String.valueOf(n), org.nianbao.document.SourcePos.line(1)));
  }

  record Merged(byte[] xlsx, List<CheckResult> crossYear) {}

  static Merged merge(List<Report> reports, List<String[]> failures) throws IOException {
    ComparisonWorkbookWriter w = new ComparisonWorkbookWriter(SPEC);
    reports.forEach(w::add);
    failures.forEach(f -> w.addFailure(f[0], f[1]));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<CheckResult> cross = w.write(out);
    return new Merged(out.toByteArray(), cross);
  }
}
