package org.nianbao.extract.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.document.SourcePos;
import org.nianbao.message.Message;
import org.nianbao.model.Flag;
import org.nianbao.model.SourceRef;
import org.nianbao.model.Value;
import org.nianbao.form.FieldSpec;

/**
 * Parses 表四: three column groups (行政复议, then 行政诉讼 未经复议直接起诉 and 复议后起诉) of five
 * columns each under a header, and one data row of fifteen numbers with no row label; or the same
 * fifteen cells published as rows (行政复议 › 结果维持 › 3), which is read whenever most of the
 * fifteen stand that way. The table starts at its own words (行政复议, 行政诉讼), wherever it is.
 */
final class ReviewTableParser {
  /** The column headers of 表四 (a header line may run several together), with the variants reports print (驳回申请, 驳回起诉 for 其他结果). */
  private static final Pattern HEADER = Pattern.compile("(结果维持|结果纠正|其他结果|驳回申请|驳回起诉|尚未审结|总计|合计|维持|纠正)$");

  /** The header cells 表四 opens with (a section heading naming them is not the table). */
  private static final Pattern START = Pattern.compile("^(行政复议|行政诉讼)(情况|案件)?$");

  /** A label naming a cell by its group and column: 行政复议结果维持, 行政诉讼复议后起诉总计, or the column alone. */
  private static final Pattern CELL = Pattern.compile("^(行政复议|行政诉讼)?(未经(?:行政)?复议(?:直接)?起诉|(?:经)?复议后起诉)?(结果维持|结果纠正|其他结果|驳回申请|驳回起诉|尚未审结|总计|合计|维持|纠正)?$");

  /** The longest label naming a cell with its group: 行政诉讼未经复议直接起诉结果维持. */
  private static final int MAX_CELL_LABEL = 22;

  /** A header word cut by the page edge keeps at most this many of its characters. */
  private static final int MAX_CUT_HEADER = 3;

  /** Of the fifteen cells, how many must stand as rows for the table to be read as published transposed. */
  private static final int TRANSPOSED = 8;

  private final List<FieldSpec> cells;
  private final RowFiller filler;
  private final ColumnsAsPrinted columns;
  private final RowTableParser groups;

  /**
   * @param groups parses 表四 printed as three rows of five, a group a row (行政复议 › 2 1 0 1 4)
   */
  ReviewTableParser(List<FieldSpec> cells, RowFiller filler, ColumnsAsPrinted columns, RowTableParser groups) {
    this.cells = cells;
    this.filler = filler;
    this.columns = columns;
    this.groups = groups;
  }

  ParsedTable parse(List<Token> region) {
    int start = start(region);
    if (start < 0) {
      return ParsedTable.absent();
    }
    ParsedTable transposed = transposed(region, start);
    if (transposed.present()) {
      return transposed;
    }
    List<Token> labels = new ArrayList<>();
    int header = header(region, start, labels);
    List<Token> row = header < 0 ? List.of() : RowTableParser.valuesAfter(region, header);
    if (row.stream().noneMatch(Token::isFilled)) {
      return grouped(region.subList(start, region.size()));
    }
    boolean split = false;
    while (row.size() < cells.size()) {
      // 表四 split into tables of its own (行政复议, then 行政诉讼), each with its header and its numbers.
      int next = nextPart(region, row.get(row.size() - 1));
      List<Token> more = new ArrayList<>();
      int h = next < 0 ? -1 : header(region, next, more);
      List<Token> rest = h < 0 ? List.of() : RowTableParser.valuesAfter(region, h);
      if (rest.stream().noneMatch(Token::isFilled) || row.size() + rest.size() > cells.size()) {
        break;
      }
      labels.addAll(more);
      row = new ArrayList<>(row);
      row.addAll(rest);
      split = true;
    }
    columns.count(cells, row.size());
    columns.header(cells, split ? labels : ColumnsAsPrinted.ownHeader(labels, row));
    RowFiller.Filled f = columns.fill(filler, cells, row, region.get(header).pos());
    Map<String, Value> values = new LinkedHashMap<>(f.values());
    List<Flag> flags = new ArrayList<>(f.flags());
    return new ParsedTable(true, values, flags, region.get(start).block(), row.get(row.size() - 1).block());
  }

  /**
   * Where the next part of 表四 starts after {@code last}, a number of the part before: its
   * 行政诉讼 or a column header, before any other number; -1 when none follows.
   */
  private static int nextPart(List<Token> region, Token last) {
    int from = -1;
    for (int i = 0; i < region.size(); i++) {
      if (region.get(i) == last) {
        from = i + 1;
        break;
      }
    }
    for (int i = Math.max(from, 0); from >= 0 && i < region.size(); i++) {
      Token t = region.get(i);
      if (t.isFilled()) {
        return -1;
      }
      if (t.isLabel() && (START.matcher(t.label().key()).find() || HEADER.matcher(t.label().key()).find())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The place of the header word after which 表四's numbers follow, from {@code start}; the labels
   * met on the way are added to {@code labels}. -1 when there is none.
   */
  private int header(List<Token> region, int start, List<Token> labels) {
    int header = -1;
    int lastLabel = -1;
    boolean numbers = false;
    for (int i = start; i < region.size(); i++) {
      Token t = region.get(i);
      if (t.isLabel()) {
        labels.add(t);
        lastLabel = numbers ? lastLabel : i;
      }
      if (t.isLabel() && HEADER.matcher(t.label().key()).find()) {
        header = i;
      } else if (t.isLabel() && header >= 0 && t.label().key().length() <= MAX_CUT_HEADER && t.inGrid() == region.get(header).inGrid()) {
        // A header word cut short by the page edge (结果 of 结果纠正) between the header and the
        // numbers: the numbers still follow the header.
        header = i;
      } else if (t.isFilled() && header >= 0) {
        break;
      }
      numbers |= t.isFilled();
    }
    if (header < 0 && lastLabel >= 0 && RowTableParser.valuesAfter(region, lastLabel).size() == cells.size()) {
      // Only the group labels printed (行政复议 / 未经复议直接起诉 …) and then the fifteen numbers:
      // the row is read, each number placed by position and flagged.
      header = lastLabel;
    }
    return header;
  }

  /** The table as three rows of five, a group a row; absent unless two of the groups stand that way. */
  private ParsedTable grouped(List<Token> region) {
    ParsedTable read = groups.parse(region, false);
    long rows = read.values().entrySet().stream().filter(e -> e.getValue().kind() != org.nianbao.model.ValueKind.UNREAD)
        .map(e -> e.getKey().substring(0, e.getKey().lastIndexOf('.'))).distinct().count();
    return rows >= 2 ? read : ParsedTable.absent();
  }

  /**
   * Where 表四 starts: its 行政复议 or 行政诉讼 header, or a column header before it; else its first
   * column header that is not a bare 总计.
   */
  private static int start(List<Token> region) {
    int firstColumn = -1;
    for (int i = 0; i < region.size(); i++) {
      Token t = region.get(i);
      if (!t.isLabel()) {
        continue;
      }
      if (START.matcher(t.label().key()).find()) {
        return firstColumn >= 0 && t.block() - region.get(firstColumn).block() <= 1 ? firstColumn : i;
      }
      if (HEADER.matcher(t.label().key()).find() && !t.label().key().equals("总计") && !t.label().key().equals("合计")) {
        firstColumn = firstColumn < 0 ? i : firstColumn;
      } else if (t.label().key().length() > 40) {
        firstColumn = -1;
      }
    }
    return firstColumn;
  }

  /**
   * The fifteen cells read as rows: each label names a column (with its group, or under the group
   * last named) and is followed on its row by one value. Empty when fewer than {@link #TRANSPOSED}
   * cells stand that way.
   */
  private ParsedTable transposed(List<Token> region, int start) {
    Map<String, Token> found = new LinkedHashMap<>();
    String litigation = "";
    String group = "";
    int last = -1;
    for (int i = start; i < region.size(); i++) {
      Token t = region.get(i);
      if (!t.isLabel()) {
        continue;
      }
      String key = t.label().key();
      if (key.isEmpty() || key.length() > MAX_CELL_LABEL) {
        continue;
      }
      Matcher m = CELL.matcher(key);
      if (!m.matches()) {
        continue;
      }
      if (m.group(1) != null) {
        group = m.group(1).equals("行政复议") ? "review" : "";
        litigation = m.group(1).equals("行政诉讼") ? "litigation" : "";
      }
      if (m.group(2) != null) {
        group = m.group(2).contains("后") ? "after_review" : "direct";
      }
      if (m.group(3) == null || group.isEmpty()) {
        continue;
      }
      List<Token> values = RowTableParser.valuesAfter(region, i);
      if (values.size() == 1) {
        String id = "t4." + group + "." + column(m.group(3));
        found.putIfAbsent(id, values.get(0));
        last = Math.max(last, values.get(0).block());
      }
    }
    if (found.size() < TRANSPOSED) {
      return ParsedTable.absent();
    }
    return cellsAsRows(found, region.get(start).block(), last);
  }

  /** The fifteen cells from the value found after each one's label; a cell whose label is not printed is unread. */
  private ParsedTable cellsAsRows(Map<String, Token> found, int firstBlock, int lastBlock) {
    Map<String, Value> values = new LinkedHashMap<>();
    List<Flag> flags = new ArrayList<>();
    for (FieldSpec f : cells) {
      Token t = found.get(f.id());
      if (t == null) {
        values.put(f.id(), Value.unread(SourceRef.none()));
        flags.add(new Flag(f.id(), Message.of("unread.row_not_found", f.row() + " " + f.column()), SourcePos.line(0)));
      } else {
        RowFiller.Filled one = filler.fill(List.of(f), List.of(t), t.pos());
        values.putAll(one.values());
        flags.addAll(one.flags());
      }
    }
    return new ParsedTable(true, values, flags, firstBlock, lastBlock);
  }

  private static String column(String header) {
    return switch (header) {
      case "结果维持", "维持" -> "upheld";
      case "结果纠正", "纠正" -> "corrected";
      case "尚未审结" -> "pending";
      case "总计", "合计" -> "total";
      default -> "other";
    };
  }
}
