package org.nianbao.model;

import java.math.BigDecimal;
import java.util.List;
import org.nianbao.message.Message;

/** One balance check evaluated on one report: its status, the fields it read, both sides, and a note (the sums, or why it was skipped). */
public record CheckResult(String id, CheckStatus status, List<String> fields, BigDecimal left, BigDecimal right, Message message) {
  public CheckResult {
    fields = List.copyOf(fields);
  }
}
