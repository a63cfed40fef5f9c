package org.nianbao.model;

import org.nianbao.document.SourcePos;

/** The text a value was read from and where: kept so every number can be traced to the report. */
public record SourceRef(String snippet, SourcePos pos) {
  /** No source: for cells nothing was read into. */
  public static SourceRef none() {
    return new SourceRef("", SourcePos.line(0));
  }
}
