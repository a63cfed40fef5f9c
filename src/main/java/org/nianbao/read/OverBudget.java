package org.nianbao.read;

import org.nianbao.message.Message;

/**
 * An input past its {@link Budget}: the work on it stops here. An error rather than an exception,
 * so that no reader or library that catches what it throws (and goes on) swallows it; the pipeline
 * turns it into the input's one line.
 */
public final class OverBudget extends Error {
  private final transient Message reason;

  public OverBudget(Message reason) {
    super(reason.zh(), null, false, false);
    this.reason = reason;
  }

  /** Which limit, in words for people. */
  public Message reason() {
    return reason;
  }
}
