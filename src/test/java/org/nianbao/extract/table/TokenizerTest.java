package org.nianbao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.document.Paragraph;
import org.nianbao.document.SourcePos;

class TokenizerTest {
  private static List<String> kinds(String line) {
    return Tokenizer.tokens(List.of(new Paragraph(line, SourcePos.line(1)))).stream()
        .map(t -> t.kind() + (t.text().isEmpty() ? "" : ":" + t.text())).toList();
  }

  @Test
  void aLineCutByTabsOrAnyTableBarKeepsItsBlankCellsAndEndsItsRow() {
    List<String> expected = List.of("LABEL:规章", "VALUE:3", "VALUE", "VALUE:12", "ROW_END");
    assertEquals(expected, kinds("规章\t3\t\t12"));
    assertEquals(expected, kinds("规章|3||12"));
    assertEquals(expected, kinds("规章｜3｜｜12"));
    assertEquals(expected, kinds("规章│3│ │12"));
  }

  @Test
  void aLineWithoutSeparatorsIsNotARow() {
    assertEquals(List.of("LABEL:规章", "VALUE:3", "VALUE:12"), kinds("规章 3 12"));
  }

  private static List<String> values(String line) {
    return Tokenizer.tokens(List.of(new Paragraph(line, SourcePos.line(1)))).stream()
        .map(t -> t.kind() + ":" + (t.isFilled() ? t.value().value().toPlainString() + (t.mark().isEmpty() ? "" : "^" + t.mark()) : t.label().key())).toList();
  }

  @Test
  void aMarkPrintedRaisedAfterANumberIsNeverOneOfItsDigits() {
    assertEquals(List.of("LABEL:规章", "VALUE:423^1", "VALUE:12"), values("规章 423\uFFF91\uFFFB 12"));
    assertEquals(List.of("LABEL:规章", "VALUE:423^1", "VALUE:12"), values("规章 423 \uFFF9 1 \uFFFB 12"));
    assertEquals(List.of("LABEL:行政许可", "VALUE:5"), values("行政许可\uFFF9注\uFFFB 5"), "a mark after words is left out of the label");
  }

  @Test
  void aMarkTypedAfterANumberIsKeptApart() {
    assertEquals(List.of("LABEL:规章", "VALUE:423^①", "VALUE:56^*", "VALUE:7^注1", "VALUE:8^²", "VALUE:9^[2]"), values("规章 423① 56* 7注1 8² 9[2]"));
    assertEquals(List.of("LABEL:规章", "VALUE:423^※"), values("规章 423 ※"));
  }

  @Test
  void aCircledNumberBeforeWordsNumbersTheLabel() {
    List<Token> t = Tokenizer.tokens(List.of(new Paragraph("① 信访举报投诉类申请 2 0 2", SourcePos.line(1))));
    assertEquals("1", t.get(0).label().numbering());
    assertEquals("信访举报投诉类申请", t.get(0).label().key());
    assertEquals("1", Tokenizer.tokens(List.of(new Paragraph("①信访举报投诉类申请 2", SourcePos.line(1)))).get(0).label().numbering());
  }
}
