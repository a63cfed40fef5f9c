package org.nianbao.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipExtraField;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A streaming workbook whose package has a fixed time on every entry, so the same report gives
 * the same bytes (POI stamps entries with the time of writing), and that compresses for speed:
 * a report workbook is a few dozen kilobytes either way.
 */
final class StableWorkbook extends SXSSFWorkbook {
  /** 2000-01-01, in the DOS time zip entries carry. */
  private static final long FIXED_TIME = 946_684_800_000L;

  /** Built in memory (no row window) with inline strings: the shared-strings table costs more than the rest. */
  StableWorkbook() {
    super(new XSSFWorkbook(), -1, false, false);
    setZip64Mode(Zip64Mode.Never);
  }

  @Override
  protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
    ZipArchiveOutputStream zip = new ZipArchiveOutputStream(stream) {
      @Override
      public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
        entry.setExtraFields(new ZipExtraField[0]);
        entry.setTime(FIXED_TIME);
        super.putArchiveEntry(entry);
      }
    };
    zip.setUseZip64(Zip64Mode.Never);
    zip.setLevel(Deflater.BEST_SPEED);
    return zip;
  }
}
