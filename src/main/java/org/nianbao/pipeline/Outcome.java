package org.nianbao.pipeline;

import java.util.Optional;
import org.nianbao.message.Message;
import org.nianbao.model.Report;

/**
 * What became of one input: a report, or the reason it could not be read. When an internal fault
 * caused the failure, {@code cause} keeps it for {@code --verbose}.
 */
public record Outcome(String file, Optional<Report> report, Optional<Message> error, Optional<Throwable> cause) {
  static Outcome of(Report r) {
    return new Outcome(r.file(), Optional.of(r), Optional.empty(), Optional.empty());
  }

  static Outcome failed(String file, Message error, Throwable cause) {
    return new Outcome(file, Optional.empty(), Optional.of(error), Optional.ofNullable(cause));
  }

  /** Whether the input was read as a report. */
  public boolean ok() {
    return report.isPresent();
  }
}
