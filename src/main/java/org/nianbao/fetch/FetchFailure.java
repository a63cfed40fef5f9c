package org.nianbao.fetch;

import org.nianbao.message.Message;

/** An address that could not be fetched, and why, in words a person reads. */
final class FetchFailure extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Message reason;
  private final boolean passing;

  FetchFailure(Message reason) {
    this(reason, false);
  }

  /** @param passing whether the fault may pass (a timeout, a dropped connection): worth another try */
  FetchFailure(Message reason, boolean passing) {
    super(reason.code());
    this.reason = reason;
    this.passing = passing;
  }

  Message reason() {
    return reason;
  }

  boolean passing() {
    return passing;
  }
}
