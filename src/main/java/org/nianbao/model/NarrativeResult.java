package org.nianbao.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One statement of the report's text about a figure of its own tables, checked against the table:
 * PASS when they agree, FAIL when they differ, SKIPPED (shown as "unmatched") when the table side
 * cannot be had (the table is missing or a cell it reads was not read). A soft check: it never
 * changes a table value.
 *
 * @param section the section (1–6) the sentence is in
 * @param sentence the sentence as the text has it
 */
public record NarrativeResult(
    String id, String description, CheckStatus status, BigDecimal stated, Optional<BigDecimal> table, List<String> fields, int section, String sentence) {
  public NarrativeResult {
    fields = List.copyOf(fields);
  }

  /** The status as the JSON output and the workbook name it: pass, fail or unmatched. */
  public String statusWord() {
    return switch (status) {
      case PASS -> "pass";
      case FAIL -> "fail";
      case SKIPPED -> "unmatched";
    };
  }
}
