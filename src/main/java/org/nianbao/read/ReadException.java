package org.nianbao.read;

/** A file that cannot be read as a report at all; the message is one line for users. */
public final class ReadException extends Exception {
  public ReadException(String message) {
    super(message);
  }
}
