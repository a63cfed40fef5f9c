package org.nianbao.model;

import org.nianbao.document.SourcePos;
import org.nianbao.message.FlagKind;
import org.nianbao.message.Message;

/**
 * A doubt about one field (or the whole report when {@code field} is empty): why, as a message
 * whose code programs can rely on, and where in the source.
 */
public record Flag(String field, Message reason, SourcePos pos) {
  /** The stable code of the reason ({@code cell.split}, {@code unread.row_not_found} …). */
  public String code() {
    return reason.code();
  }

  /** Whether a person should look at it (需核对) or it tells how a value was reached (说明): data, in {@code templates/flags.tsv}. */
  public FlagKind kind() {
    return FlagKind.of(reason);
  }

  /** Whether the flag needs a person's review (需核对). */
  public boolean review() {
    return kind() == FlagKind.REVIEW;
  }

  /** Whether the flag says the value could not be read (its code starts with {@code unread.}). */
  public boolean unread() {
    return reason.code().startsWith("unread.");
  }
}
