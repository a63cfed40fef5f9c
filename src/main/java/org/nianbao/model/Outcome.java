package org.nianbao.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.nianbao.message.Message;

/**
 * What became of one input: a report, or the reason it could not be read. When an internal fault
 * caused the failure, {@code cause} keeps it for {@code --verbose}. {@code parts} are the other
 * files read into the report (its frames, next pages, attachments, the pages of a folder), where
 * they really are, so that a batch does not read them again as reports of their own.
 */
public record Outcome(String file, Optional<Report> report, Optional<Message> error, Optional<Throwable> cause, List<Path> parts) {
  public Outcome {
    parts = List.copyOf(parts);
  }

  /** An outcome with no other file read into it. */
  public Outcome(String file, Optional<Report> report, Optional<Message> error, Optional<Throwable> cause) {
    this(file, report, error, cause, List.of());
  }

  public static Outcome of(Report r, List<Path> parts) {
    return new Outcome(r.file(), Optional.of(r), Optional.empty(), Optional.empty(), parts);
  }

  public static Outcome failed(String file, Message error, Throwable cause) {
    return new Outcome(file, Optional.empty(), Optional.of(error), Optional.ofNullable(cause));
  }

  /** Whether the input was read as a report. */
  public boolean ok() {
    return report.isPresent();
  }
}
