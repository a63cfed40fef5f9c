package org.nianbao.output;

import java.io.IOException;
import org.nianbao.message.Message;

/** An output that could not be written, with the reason as a message for people. */
public final class WriteException extends IOException {
  private final transient Message reason;

  public WriteException(Message reason, Throwable cause) {
    super(reason.zh(), cause);
    this.reason = reason;
  }

  public Message reason() {
    return reason;
  }
}
