package org.nianbao.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nianbao.model.Flag;
import org.nianbao.model.Value;
import org.nianbao.spec.FieldSpec;

/**
 * Reads 表四: three column groups (行政复议, then 行政诉讼 未经复议直接起诉 and 复议后起诉) of five
 * columns each under a header, and one data row of fifteen numbers with no row label.
 */
final class ReviewTableReader {
  /** The column headers of 表四 (a header line may run several together), with the variants reports print (驳回申请, 驳回起诉 for 其他结果). */
  private static final Pattern HEADER = Pattern.compile("(结果维持|结果纠正|其他结果|驳回申请|驳回起诉|尚未审结|总计|合计|维持|纠正)$");

  private final List<FieldSpec> cells;
  private final RowFiller filler;
  private final PrintedColumns columns;

  ReviewTableReader(List<FieldSpec> cells, RowFiller filler, PrintedColumns columns) {
    this.cells = cells;
    this.filler = filler;
    this.columns = columns;
  }

  TableRead read(List<Token> region) {
    int header = -1;
    int first = -1;
    List<LabelKey> labels = new ArrayList<>();
    for (int i = 0; i < region.size(); i++) {
      Token t = region.get(i);
      if (t.isLabel() && first < 0 && RowTableReader.TABLE_HEADER.matcher(t.label().key()).find()) {
        first = t.block();
      }
      if (t.isLabel() && first >= 0) {
        labels.add(t.label());
      }
      if (t.isLabel() && HEADER.matcher(t.label().key()).find()) {
        header = i;
        first = first < 0 ? t.block() : first;
      } else if (t.isFilled() && header >= 0) {
        break;
      }
    }
    if (header < 0) {
      return TableRead.absent();
    }
    List<Token> row = RowTableReader.valuesAfter(region, header);
    if (row.stream().noneMatch(Token::isFilled)) {
      return TableRead.absent();
    }
    columns.header(cells, labels);
    RowFiller.Filled f = columns.fill(filler, cells, row, region.get(header).pos());
    Map<String, Value> values = new LinkedHashMap<>(f.values());
    List<Flag> flags = new ArrayList<>(f.flags());
    return new TableRead(true, values, flags, first, row.get(row.size() - 1).block());
  }
}
