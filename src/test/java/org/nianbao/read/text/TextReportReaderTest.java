package org.nianbao.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

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

class TextReportReaderTest {
  private static Document read(String text) {
    return new TextReportReader().read(Source.of("t.txt", text.getBytes(StandardCharsets.UTF_8)).withText(new DecodedText(text, StandardCharsets.UTF_8, Optional.empty())));
  }

  @Test
  void readsEachLineAsAParagraphWithItsLineNumber() {
    Document d = read("标题\n\n一、总体情况\n");
    assertEquals(2, d.blocks().size());
    Paragraph p = (Paragraph) d.blocks().get(1);
    assertEquals("一、总体情况", p.text());
    assertEquals(3, p.pos().line());
  }

  @Test
  void readsTabLedLinesAsGridRowsKeepingBlankCells() {
    Document d = read("表\n\t规章\n\t0\n\t\n\t3\n\n\t规范性文件\n\t1\n\t1\n\t5\n\n正文\n");
    Grid g = assertInstanceOf(Grid.class, d.blocks().get(1));
    assertEquals(2, g.rows().size());
    assertEquals(List.of("规章", "0", "", "3"), g.rows().get(0).stream().map(Cell::text).toList());
    assertInstanceOf(Paragraph.class, d.blocks().get(2));
  }

  @Test
  void joinsAWrappedCellToTheCellBeforeIt() {
    Document d = read("\t信息内容\n\t本年新\n制作数量\n\t对外公开总数量\n");
    Grid g = (Grid) d.blocks().get(0);
    assertEquals("本年新制作数量", g.rows().get(0).get(1).text());
  }
}
