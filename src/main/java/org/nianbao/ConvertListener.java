package org.nianbao;

import org.nianbao.message.Message;
import org.nianbao.model.Outcome;

/**
 * Told what a conversion of many reports does, as it does it. Called from the conversion's
 * threads: {@link #read} and {@link #written} each in input order, {@link #said} as it happens.
 */
public interface ConvertListener {
  /** An input was read (a report, or why not); its workbook, if any, is written next. */
  default void read(Outcome outcome) { }

  /**
   * Something to tell the user about a workbook: corrections a person made carried into the new
   * one, a value the source now reads otherwise, a name the system cannot write.
   */
  default void said(Message message) { }

  /** A report's workbook was written, or why not. */
  void written(Converted converted);
}
