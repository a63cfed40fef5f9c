package org.nianbao.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hostile inputs of issue 29, made as test-data/hostile/make-hostile.py makes them: each small
 * on disk, each costing work out of all proportion to its size. {@code scale} makes smaller or
 * larger copies of those that have a size (1: as the issue found them).
 */
public final class HostileFiles {
  private HostileFiles() {}

  /** Every hostile input by file name. */
  public static Map<String, byte[]> all(double scale) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    out.put("forms-draw-themselves.pdf", formsDrawThemselves());
    out.put("shared-stream.pdf", sharedStream(scale));
    out.put("empty-paragraphs.docx", emptyParagraphs(scale));
    out.put("nested-tables.html", nestedTables(scale));
    return out;
  }

  /** A form XObject that draws itself twice (/Fm0 Do /Fm0 Do): 2^depth drawings, PDFBox stopping at depth 50. */
  public static byte[] formsDrawThemselves() {
    String text = "BT /F1 12 Tf 72 720 Td (1) Tj ET ";
    return pdf(List.of(
        ascii("<< /Type /Catalog /Pages 2 0 R >>"),
        ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /Fm0 5 0 R >> /Font << /F1 6 0 R >> >> >>"),
        stream(ascii(text + "/Fm0 Do"), ""),
        stream(ascii(text + "/Fm0 Do /Fm0 Do"), " /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /Fm0 5 0 R >> /Font << /F1 6 0 R >> >>"),
        ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")));
  }

  /** Six pages sharing one content stream that inflates to about a gigabyte of blanks. */
  public static byte[] sharedStream(double scale) {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(data, new Deflater(9), 1 << 16)) {
      z.write(ascii("BT /F1 12 Tf 72 720 Td (1) Tj ET\n"));
      byte[] blanks = ascii(" ".repeat(1 << 20));
      for (int i = 0; i < (int) (1024 * scale); i++) {
        z.write(blanks);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int pages = 6;
    StringBuilder kids = new StringBuilder();
    for (int i = 0; i < pages; i++) {
      kids.append(i == 0 ? "" : " ").append(3 + i).append(" 0 R");
    }
    List<byte[]> objects = new ArrayList<>();
    objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
    objects.add(ascii("<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>"));
    for (int i = 0; i < pages; i++) {
      objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents " + (3 + pages) + " 0 R /Resources << /Font << /F1 " + (4 + pages) + " 0 R >> >> >>"));
    }
    objects.add(stream(data.toByteArray(), " /Filter /FlateDecode"));
    objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
    return pdf(objects);
  }

  /** A Word file of 3.5 million empty paragraphs (a few hundred kilobytes zipped). */
  public static byte[] emptyParagraphs(double scale) {
    String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    String r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
      entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"" + r + "/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + w + "\"><w:body>"
          + "<w:p><w:r><w:t>2023年政府信息公开工作年度报告</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8));
      byte[] empty = ascii("<w:p><w:r><w:t></w:t></w:r></w:p>".repeat(1000));
      for (int i = 0; i < (int) (3_500 * scale); i++) {
        zip.write(empty);
      }
      zip.write(ascii("</w:body></w:document>"));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A page of a million tables, each nested in a cell of the one before (15 MB). */
  public static byte[] nestedTables(double scale) {
    return ("<html><body><p>2023年政府信息公开工作年度报告</p>" + "<table><tr><td>".repeat((int) (1_000_000 * scale))).getBytes(StandardCharsets.UTF_8);
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] stream(byte[] data, String extra) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ascii("<< /Length " + data.length + extra + " >>\nstream\n"));
    out.writeBytes(data);
    out.writeBytes(ascii("\nendstream"));
    return out.toByteArray();
  }

  /** A PDF of the objects (numbered from 1, the first the catalog) with a correct cross-reference table. */
  private static byte[] pdf(List<byte[]> objects) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ascii("%PDF-1.4\n"));
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(out.size());
      out.writeBytes(ascii((i + 1) + " 0 obj\n"));
      out.writeBytes(objects.get(i));
      out.writeBytes(ascii("\nendobj\n"));
    }
    int xref = out.size();
    StringBuilder s = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    for (int o : offsets) {
      s.append(String.format("%010d 00000 n \n", o));
    }
    s.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
    out.writeBytes(ascii(s.toString()));
    return out.toByteArray();
  }
}
