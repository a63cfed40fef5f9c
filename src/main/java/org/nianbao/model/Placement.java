package org.nianbao.model;

/** How a value got into its cell. */
public enum Placement {
  /** Read from its own cell, as printed. */
  READ,
  /** Blank cells were dropped from the row; the balance checks (or the form's usual pattern) put it here. */
  PLACED_BY_CHECK,
  /** Cut out of cells printed together ('23' for 2 and 3); only one reading balances. */
  SPLIT,
  /** The table's header does not show which column this is: put in the form's column at its place. */
  BY_POSITION,
  /** Converted to 万元 from the unit the report printed. */
  UNIT_CONVERTED,
  /** Corrected by a person in nianbao's workbook: what nianbao had read is kept in {@link Report#originals()}. */
  CORRECTED,
  /** Could not be read: the cell is left empty and flagged. */
  UNREAD
}
