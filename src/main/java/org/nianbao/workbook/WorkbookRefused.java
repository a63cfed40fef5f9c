package org.nianbao.workbook;

import org.nianbao.message.Message;

/** A workbook nianbao wrote that cannot be read back: its form sheets were restructured, or what nianbao kept in it is damaged. */
public final class WorkbookRefused extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Message reason;

  WorkbookRefused(Message reason) {
    super(reason.code());
    this.reason = reason;
  }

  /** Why, for a person: {@code error.workbook_changed} naming what changed, or {@code error.workbook_damaged}. */
  public Message reason() {
    return reason;
  }
}
