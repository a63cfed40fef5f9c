package org.nianbao.extract.table;

import java.util.List;

/**
 * The unit a 表二 header states for money (采购总金额（单位：万元）). The 2019 trial form sets none,
 * so reports write 元, 万元 or nothing (docs/json.md: money is read in 万元).
 */
final class AmountUnits {
  private AmountUnits() {}

  static RowFiller.AmountUnit fromHeader(List<Token> region, RowFiller.AmountUnit otherwise) {
    for (Token t : region) {
      String key = t.label().key();
      if (t.isLabel() && key.contains("金额")) {
        if (key.contains("万元")) {
          return RowFiller.AmountUnit.WAN;
        }
        if (key.contains("元")) {
          return RowFiller.AmountUnit.YUAN;
        }
      }
    }
    return otherwise;
  }
}
