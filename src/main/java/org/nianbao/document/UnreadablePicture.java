package org.nianbao.document;

import java.io.IOException;
import org.nianbao.message.Message;

/** A picture whose pixels cannot be had, and why, in words a person reads. */
public final class UnreadablePicture extends IOException {
  private static final long serialVersionUID = 1L;
  private final transient Message reason;

  public UnreadablePicture(Message reason) {
    super(reason.zh());
    this.reason = reason;
  }

  public Message reason() {
    return reason;
  }
}
