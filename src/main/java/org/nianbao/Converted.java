package org.nianbao;

import java.nio.file.Path;
import java.util.Optional;
import org.nianbao.message.Message;
import org.nianbao.model.Outcome;

/**
 * One report's workbook, written to {@code target} or not: then {@code problem} says why, and
 * {@code cause} keeps an internal fault for a bug report.
 */
public record Converted(Outcome outcome, Path target, Optional<Message> problem, Optional<Throwable> cause) {
  /** Whether the workbook was written. */
  public boolean written() {
    return problem.isEmpty();
  }
}
