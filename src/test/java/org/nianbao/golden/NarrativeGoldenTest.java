package org.nianbao.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.model.NarrativeResult;
import org.nianbao.model.Report;
import org.nianbao.pipeline.Pipeline;

/**
 * Every statement of a table figure in the seed reports' text, found by hand, with the field it
 * states: nianbao must find each (recall) and make no other match (precision). Statements left
 * out on purpose: shangjie's 受理…28件 and 41件 (two parts of 本年新收, which the table sums to 69),
 * dinghai's 办理依申请公开26件 (handled, not received), shaoxing's 公开…规范性文件18个 (published
 * on the website, not made).
 */
class NarrativeGoldenTest {
  private static final Pipeline PIPELINE = Pipeline.standard();

  /** A statement: its status, the fields it states, the number and the start of its sentence. */
  record Statement(String status, String fields, String stated, String sentenceStart) {}

  static Stream<Arguments> seeds() {
    return Stream.of(
        Arguments.of("dinghai-2022.txt", List.of(
            new Statement("unmatched", "[t3.new.total]", "24", "我区共收到依申请公开24件"),
            new Statement("unmatched", "[t4.review.total]", "1", "收到1件行政复议"))),
        Arguments.of("haining-2020.txt", List.of(
            new Statement("pass", "[t3.new.total]", "423", "1月1日至12月31日，全市共收到依申请公开件423件"),
            new Statement("pass", "[t4.review.corrected]", "1", "市级部门因政府信息公开而引发的行政复议结果纠正1件"),
            new Statement("pass", "[t4.review.pending]", "2", "市级部门因政府信息公开而引发的行政复议结果纠正1件，尚未审结2件"))),
        Arguments.of("hengyang-office-2019.txt", List.of(
            new Statement("pass", "[t3.new.total]", "49", "2019年,市政府办共收到依申请公开事项49件"),
            new Statement("pass", "[t4.review.total]", "3", "2019年,市政府办因政府信息公开被申请行政复议3件"),
            new Statement("pass", "[t4.direct.total, t4.after_review.total]", "1", "2019年,市政府办因政府信息公开被申请行政复议3件,被提起行政诉讼1起"))),
        Arguments.of("shangjie-2020.txt", List.of(
            new Statement("pass", "[t3.carried.total]", "2", "2020年上街区人民政府及办公室共受理并办结"),
            new Statement("pass", "[t4.direct.total, t4.after_review.total]", "2", "因政府信息公开工作被提起行政诉讼2件"))),
        Arguments.of("shaoxing-office-2020.txt", List.of()));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void findsEveryStatementOfATableFigureAndNoOther(String file, List<Statement> expected) {
    Report r = PIPELINE.run(Path.of("test-data/reports", file)).report().orElseThrow();
    List<Statement> found = new java.util.ArrayList<>();
    for (int i = 0; i < r.narrative().size(); i++) {
      NarrativeResult n = r.narrative().get(i);
      String start = i < expected.size() && n.sentence().startsWith(expected.get(i).sentenceStart()) ? expected.get(i).sentenceStart() : n.sentence();
      found.add(new Statement(n.statusWord(), n.fields().toString(), n.stated().toPlainString(), start));
    }
    assertEquals(expected, found, file + ": " + r.narrative());
  }
}
