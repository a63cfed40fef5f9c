package org.nianbao.xlsx;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The zip package of a workbook as it is written: its parts, each stamped with one fixed time so the
 * same calls give the same bytes, and the content types the parts declare, written last.
 */
final class ZipPackage {
  /** 2000-01-01: the time on every entry and the workbook's created and modified dates. */
  static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private final ZipOutputStream zip;
  private final List<String> overrides = new ArrayList<>();

  /** A package written to {@code out}, which is left open. */
  ZipPackage(OutputStream out) {
    zip = new ZipOutputStream(new NoClose(out), StandardCharsets.UTF_8);
    zip.setLevel(Deflater.BEST_SPEED);
  }

  /** Declares the content type of a part ({@code /xl/workbook.xml}) beyond the defaults. */
  void declare(String part, String contentType) {
    overrides.add(part + "\" ContentType=\"" + contentType);
  }

  void part(String name, String content) throws IOException {
    zip.putNextEntry(entry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** Starts a part to be written to {@link #stream}, until {@link #closePart}. */
  void openPart(String name) throws IOException {
    zip.putNextEntry(entry(name));
  }

  OutputStream stream() {
    return zip;
  }

  void closePart() throws IOException {
    zip.closeEntry();
  }

  /** Writes the content types and ends the package. */
  void finish() throws IOException {
    part("[Content_Types].xml", contentTypes());
    zip.finish();
  }

  private String contentTypes() {
    StringBuilder x = new StringBuilder(XlsxWriter.XML_HEAD).append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
    x.append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>");
    x.append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
    x.append("<Default Extension=\"vml\" ContentType=\"application/vnd.openxmlformats-officedocument.vmlDrawing\"/>");
    x.append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
    x.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
    x.append("<Override PartName=\"/xl/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>");
    x.append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
    x.append("<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>");
    overrides.forEach(o -> x.append("<Override PartName=\"").append(o).append("\"/>"));
    return x.append("</Types>").toString();
  }

  private static ZipEntry entry(String name) {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(FIXED_TIME);
    return e;
  }

  /** Leaves the caller's stream open when the zip is finished. */
  private static final class NoClose extends FilterOutputStream {
    NoClose(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
