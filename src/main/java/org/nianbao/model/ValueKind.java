package org.nianbao.model;

/** What a cell holds. */
public enum ValueKind {
  /** A number: a count, a signed change or an amount in 万元. */
  NUMBER,
  /** An empty cell in a table that is present (the form treats it as 0; it is shown blank). */
  BLANK,
  /** A mark instead of a number: / — - 无 不适用. Not a zero. */
  MARK,
  /** A cell nianbao could not read with certainty; it is flagged. */
  UNREAD
}
