package org.nianbao.read;

/** A file that cannot be read as a report at all; the message is one line for users. */
public final class ReadException extends Exception {
  public ReadException(String message) {
    super(message);
  }

  /**
   * {@code what} the file is not, and why, from what a parsing library threw: its message's first
   * line (libraries add detail lines users need not see), or that the file is encrypted.
   */
  public static ReadException because(String what, Exception cause) {
    String name = cause.getClass().getSimpleName();
    if (name.contains("Encrypted")) {
      return new ReadException(what + ": it is encrypted (password-protected)");
    }
    String message = cause.getMessage() == null ? name : cause.getMessage();
    int newline = message.indexOf('\n');
    return new ReadException(what + ": " + (newline < 0 ? message : message.substring(0, newline)));
  }
}
