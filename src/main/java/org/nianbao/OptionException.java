package org.nianbao;

import org.nianbao.message.Message;

/** An option refused when it was given (a roster that cannot be read, a region that names no one division), with the reason for people. */
public final class OptionException extends IllegalArgumentException {
  private final transient Message reason;

  public OptionException(Message reason, Throwable cause) {
    super(reason.zh(), cause);
    this.reason = reason;
  }

  /** Why, by its code in the catalogue and its arguments. */
  public Message reason() {
    return reason;
  }
}
