package org.nianbao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.doc.Paragraph;
import org.nianbao.doc.SourcePos;

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
}
