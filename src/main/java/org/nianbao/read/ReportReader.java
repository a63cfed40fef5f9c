package org.nianbao.read;

import org.nianbao.document.Document;

/**
 * Turns one input of one form (a web page, text, DOCX, PDF …), as the detector found it, into a
 * {@link Document}. The work it may cost is the {@link Budget} its thread carries.
 */
public interface ReportReader {
  /** Reads the whole input; {@link Source#name()} names it in positions and messages. */
  Document read(Source source) throws ReadException;
}
