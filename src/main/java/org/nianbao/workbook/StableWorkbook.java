package org.nianbao.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.Optional;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipExtraField;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A streaming workbook whose package has a fixed time on every entry and in its properties, so the same report gives
 * the same bytes (POI stamps entries with the time of writing), and that compresses for speed:
 * workbooks stay small either way.
 */
public final class StableWorkbook extends SXSSFWorkbook {
  /** 2000-01-01: the time on every entry and the workbook's created and modified dates. */
  private static final long FIXED_TIME = 946_684_800_000L;

  /**
   * A workbook with inline strings (the shared-strings table costs more than the rest).
   *
   * @param rowWindow rows kept in memory per sheet before they are flushed; -1 keeps them all
   */
  public StableWorkbook(int rowWindow) {
    super(new XSSFWorkbook(), rowWindow, false, false);
    setZip64Mode(Zip64Mode.Never);
    POIXMLProperties.CoreProperties core = getXSSFWorkbook().getProperties().getCoreProperties();
    core.setCreated(Optional.of(new Date(FIXED_TIME)));
    core.setModified(Optional.of(new Date(FIXED_TIME)));
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
