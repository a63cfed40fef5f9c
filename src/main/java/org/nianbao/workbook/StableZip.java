package org.nianbao.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an xlsx package with a fixed time on every entry, so the same report gives the same
 * bytes (POI stamps entries with the time of writing).
 */
final class StableZip {
  /** 2000-01-01, in the DOS time zip entries carry. */
  private static final long FIXED_TIME = 946_684_800_000L;

  private StableZip() {}

  static void copy(byte[] xlsx, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(FIXED_TIME);
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
    zip.finish();
  }
}
