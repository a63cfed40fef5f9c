package org.nianbao.read.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.document.Cell;
import org.nianbao.document.Grid;

class StreamTest {
  private static final float SIZE = 10;
  private static final float LINE = 14;
  private static final float[] COLUMNS = {200, 240, 280};

  /** A printed line: a label at x 20 and numbers in the columns, on line {@code n}. */
  private static List<Glyph> row(int n, String label, String... numbers) {
    List<Glyph> g = new ArrayList<>(GlyphTextTest.text(label, 20, 100 + n * LINE, SIZE, n));
    for (int i = 0; i < numbers.length; i++) {
      g.addAll(GlyphTextTest.text(numbers[i], COLUMNS[i], 100 + n * LINE, SIZE, n));
    }
    return g;
  }

  private static List<Glyph> heading(int n) {
    List<Glyph> g = new ArrayList<>();
    String[] words = {"甲", "乙", "丙"};
    for (int i = 0; i < words.length; i++) {
      g.addAll(GlyphTextTest.text(words[i], COLUMNS[i], 100 + n * LINE, SIZE, n));
    }
    return g;
  }

  private static List<List<String>> texts(Grid grid) {
    return grid.rows().stream().map(r -> r.stream().map(Cell::text).toList()).toList();
  }

  private static Grid only(List<Glyph> glyphs) {
    List<Stream.Table> tables = Stream.find(glyphs, "page[1]/table", false, false, 1);
    assertEquals(1, tables.size());
    return tables.get(0).grid();
  }

  @Test
  void aLabelWrappedUnderItsNumbersStaysInItsRow() {
    List<Glyph> g = new ArrayList<>(heading(0));
    g.addAll(row(1, "一、新收", "1", "2", "3"));
    g.addAll(row(2, "二、部分公开（区", "4", "5", "6"));
    g.addAll(row(3, "分处理的）"));
    g.addAll(row(4, "三、总计", "5", "7", "9"));
    List<List<String>> t = texts(only(g));
    assertEquals(List.of("二、部分公开（区分处理的）", "4", "5", "6"), t.get(2));
    assertEquals(List.of("三、总计", "5", "7", "9"), t.get(3));
  }

  @Test
  void aLabelWrappedAboveAndBelowItsCentredNumbersStaysInItsRow() {
    List<Glyph> g = new ArrayList<>(heading(0));
    g.addAll(row(1, "一、新收", "1", "2", "3"));
    g.addAll(row(2, "二、部分公"));
    g.addAll(row(3, "开（区分处", "4", "5", "6"));
    g.addAll(row(4, "理的）"));
    g.addAll(row(5, "三、总计", "5", "7", "9"));
    List<List<String>> t = texts(only(g));
    assertEquals(List.of("一、新收", "1", "2", "3"), t.get(1));
    assertEquals(List.of("二、部分公开（区分处理的）", "4", "5", "6"), t.get(2));
  }

  @Test
  void aLabelLineThatCouldBelongToEitherRowLeavesBothDamaged() {
    // No item numbers: 件 may end 规章's label or start the next.
    List<Glyph> g = new ArrayList<>(heading(0));
    g.addAll(row(1, "规章", "1", "2", "3"));
    g.addAll(row(2, "件"));
    g.addAll(row(3, "文件", "4", "5", "6"));
    g.addAll(row(4, "其他", "7", "8", "9"));
    Grid grid = only(g);
    assertTrue(grid.rows().get(1).get(1).damaged() && grid.rows().get(2).get(1).damaged(), texts(grid).toString());
    assertTrue(!grid.rows().get(3).get(1).damaged());
  }

  @Test
  void rowsWithoutAHeadingOverTheirNumbersAreNoTable() {
    List<Glyph> g = new ArrayList<>();
    g.addAll(row(1, "一、新收", "1", "2", "3"));
    g.addAll(row(2, "二、结转", "4", "5", "6"));
    g.addAll(row(3, "三、总计", "5", "7", "9"));
    assertTrue(Stream.find(g, "page[1]/table", false, false, 1).isEmpty());
  }
}
