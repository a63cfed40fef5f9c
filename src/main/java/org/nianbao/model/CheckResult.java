package org.nianbao.model;

import java.math.BigDecimal;
import java.util.List;

/** One balance check evaluated on one report: its status, the fields it read and both sides. */
public record CheckResult(String id, CheckStatus status, List<String> fields, BigDecimal left, BigDecimal right, String message) {
  public CheckResult {
    fields = List.copyOf(fields);
  }
}
