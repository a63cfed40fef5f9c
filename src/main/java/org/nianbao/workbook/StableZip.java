package org.nianbao.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipExtraField;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Rewrites an xlsx package with a fixed time on every entry, so the same report gives the same
 * bytes (POI stamps entries with the time of writing). Entries are copied compressed, as they are.
 */
final class StableZip {
  /** 2000-01-01, in the DOS time zip entries carry. */
  private static final long FIXED_TIME = 946_684_800_000L;

  private StableZip() {}

  @SuppressWarnings("deprecation")
  static void copy(byte[] xlsx, OutputStream out) throws IOException {
    try (ZipFile in = new ZipFile(new SeekableInMemoryByteChannel(xlsx));
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
      for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
        ZipArchiveEntry copy = new ZipArchiveEntry(e);
        copy.setExtraFields(new ZipExtraField[0]);
        copy.setTime(FIXED_TIME);
        zip.addRawArchiveEntry(copy, in.getRawInputStream(e));
      }
      zip.finish();
    }
  }
}
