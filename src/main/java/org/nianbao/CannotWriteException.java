package org.nianbao;

import java.io.IOException;
import org.nianbao.message.Message;

/**
 * An output that could not be written (a file there that nianbao did not write, a full disk, a
 * folder that does not exist), with the reason as a message for people: {@link #getMessage()} in
 * Chinese, {@link #reason()} to say it in another language.
 */
public final class CannotWriteException extends IOException {
  private final transient Message reason;

  public CannotWriteException(Message reason, Throwable cause) {
    super(reason.zh(), cause);
    this.reason = reason;
  }

  /** Why, by its code in the catalogue ({@code write.exists}, {@code write.failed}, …) and its arguments. */
  public Message reason() {
    return reason;
  }
}
