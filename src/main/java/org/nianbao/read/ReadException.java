package org.nianbao.read;

import java.util.Locale;
import org.nianbao.message.Message;

/** A file that cannot be read as a report at all; the message is one line for users. */
public final class ReadException extends Exception {
  private final transient Message reason;

  public ReadException(Message reason) {
    super(reason.zh());
    this.reason = reason;
  }

  /** Why the file cannot be read. */
  public Message reason() {
    return reason;
  }

  /**
   * The file is not a readable {@code kind} (DOCX, DOC, PDF), and why, from what a parsing library
   * threw: its message's first line (libraries add detail lines users need not see), or that the
   * file is encrypted.
   */
  public static ReadException because(String kind, Exception cause) {
    String name = cause.getClass().getSimpleName();
    if (name.contains("Encrypted")) {
      return new ReadException(Message.of("error.encrypted", kind));
    }
    String message = cause.getMessage() == null ? name : cause.getMessage();
    int newline = message.indexOf('\n');
    return new ReadException(Message.of("error." + kind.toLowerCase(Locale.ROOT), newline < 0 ? message : message.substring(0, newline)));
  }
}
