package org.nianbao.read.word;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.nianbao.message.Message;
import org.nianbao.read.ReadException;

/**
 * Inflates a zip once, counting: a zip bomb (a few kilobytes that inflate to gigabytes) is refused
 * after at most {@link #MAX_INFLATED} bytes of work, whatever its entry headers claim.
 */
final class ZipGuard {
  /** A Word report inflates to a few megabytes of XML plus its pictures. */
  static final long MAX_INFLATED = 128L * 1024 * 1024;

  private static final int MAX_ENTRIES = 10_000;

  private ZipGuard() {}

  /**
   * The parts of a Word package by name, inflated: a workbook or any other zip is refused, named
   * for what it is.
   */
  static Map<String, byte[]> parts(byte[] bytes) throws ReadException {
    Map<String, byte[]> parts = new HashMap<>();
    long total = 0;
    int entries = 0;
    boolean word = false;
    boolean workbook = false;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        word |= e.getName().equals("word/document.xml");
        workbook |= e.getName().equals("xl/workbook.xml");
        if (++entries > MAX_ENTRIES) {
          throw new ReadException(Message.of("error.zip_entries", MAX_ENTRIES));
        }
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          total += n;
          if (total > MAX_INFLATED) {
            throw new ReadException(Message.of("error.zip_bomb", MAX_INFLATED / 1048576));
          }
          part.write(buffer, 0, n);
        }
        parts.putIfAbsent(e.getName().startsWith("/") ? e.getName().substring(1) : e.getName(), part.toByteArray());
      }
    } catch (IOException | IllegalArgumentException e) {
      // Entry names that are not valid UTF-8 fail with IllegalArgumentException.
      throw new ReadException(Message.of("error.zip_damaged", String.valueOf(e.getMessage())));
    }
    if (entries == 0) {
      throw new ReadException(Message.of("error.zip_empty"));
    }
    if (workbook) {
      throw new ReadException(Message.of("error.spreadsheet"));
    }
    if (!word) {
      throw new ReadException(Message.of("error.archive"));
    }
    return parts;
  }
}
