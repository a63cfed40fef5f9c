package org.nianbao.read;

import org.nianbao.document.Document;

/** Turns the bytes of one file form that is not text (Word, PDF) into a {@link Document}. */
public interface BinaryReportReader {
  /** Whether the bytes are in this reader's form, told by their first bytes (the magic number). */
  boolean accepts(byte[] bytes);

  /** Reads the whole file; {@code source} names it in positions and messages. */
  Document read(String source, byte[] bytes) throws ReadException;

  /** Whether {@code bytes} start with {@code magic}. */
  static boolean startsWith(byte[] bytes, int... magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
