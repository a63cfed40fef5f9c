package org.nianbao.read.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.nianbao.message.Message;
import org.nianbao.read.ReadException;

/**
 * Inflates a zip once, counting, before POI opens it: a zip bomb (a few kilobytes that inflate to
 * gigabytes) is refused after at most {@link #MAX_INFLATED} bytes of work, whatever its entry
 * headers claim.
 */
final class ZipGuard {
  /** A Word report inflates to a few megabytes of XML plus its pictures. */
  static final long MAX_INFLATED = 128L * 1024 * 1024;

  private static final int MAX_ENTRIES = 10_000;

  private ZipGuard() {}

  /** Checks the zip and that it is a Word document: a workbook or any other zip is named for what it is. */
  static void check(byte[] bytes) throws ReadException {
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
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          total += n;
          if (total > MAX_INFLATED) {
            throw new ReadException(Message.of("error.zip_bomb", MAX_INFLATED / 1048576));
          }
        }
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
  }
}
