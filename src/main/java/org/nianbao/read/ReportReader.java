package org.nianbao.read;

import org.nianbao.document.Document;

/** Turns the bytes of one input form (text, HTML …) into a {@link Document}. */
public interface ReportReader {
  /** Whether this reader takes input that starts with these decoded characters. */
  boolean accepts(DecodedText text);

  /** Reads the whole input; {@code source} names it in positions and messages. */
  Document read(String source, DecodedText text) throws ReadException;
}
