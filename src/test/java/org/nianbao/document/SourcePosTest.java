package org.nianbao.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** SourcePos writes its equality out by hand: it must mean what a record's does. */
class SourcePosTest {
  @Test
  void positionsAreEqualByLineAndPath() {
    SourcePos a = new SourcePos(22, "table[1]/tr[3]/td[2]");
    assertEquals(a, new SourcePos(22, "table[" + 1 + "]/tr[3]/td[2]"));
    assertEquals(a.hashCode(), new SourcePos(22, "table[1]/tr[3]/td[2]").hashCode());
    assertEquals(SourcePos.line(5), new SourcePos(5, ""));
    assertNotEquals(a, new SourcePos(23, "table[1]/tr[3]/td[2]"));
    assertNotEquals(a, new SourcePos(22, "table[1]/tr[3]/td[3]"));
    assertNotEquals(a, null);
  }
}
