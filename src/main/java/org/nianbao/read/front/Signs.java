package org.nianbao.read.front;

import java.nio.charset.StandardCharsets;
import org.nianbao.read.Source;

/**
 * The signs a file's first bytes show of its form: magic numbers, a PDF's header, the entry a zip
 * names first or in its directory, the root element of a Word document saved as one XML file. A
 * look at bytes, nothing opened; {@link Detector} asks them in its order.
 */
final class Signs {
  /** How far into a file a PDF's header is looked for: some producers put bytes before it. */
  private static final int PDF_WINDOW = 1024;
  private static final byte[] ROOT = "OFD.xml".getBytes(StandardCharsets.US_ASCII);
  /** End of central directory record: its signature, and how far from the end it may start (a comment of up to 64 kB). */
  private static final int EOCD = 0x06054b50;
  private static final int EOCD_WINDOW = 22 + 0xFFFF;

  private Signs() {}

  /** Whether a PDF header ({@code %PDF-}) stands in the first kilobyte. */
  static boolean isPdf(byte[] bytes) {
    int window = Math.min(bytes.length, PDF_WINDOW);
    for (int i = 0; i + 4 < window; i++) {
      if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
        return true;
      }
    }
    return false;
  }

  /** Whether the bytes are a zip whose entries include {@code OFD.xml} at the root. */
  static boolean isOfd(byte[] b) {
    if (b.length < 30 || b[0] != 'P' || b[1] != 'K' || b[2] != 3 || b[3] != 4) {
      return false;
    }
    // The first local entry: OFD.xml is written first by every producer seen, and its name is here.
    if (named(b, 30, u16(b, 26))) {
      return true;
    }
    int end = -1;
    for (int i = b.length - 22; i >= Math.max(0, b.length - EOCD_WINDOW); i--) {
      if (u32(b, i) == EOCD) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return false;
    }
    int entries = u16(b, end + 10);
    long at = u32(b, end + 16) & 0xFFFFFFFFL;
    for (int e = 0; e < entries && at + 46 <= b.length; e++) {
      int i = (int) at;
      if (u32(b, i) != 0x02014b50) {
        return false;
      }
      int name = u16(b, i + 28);
      if (named(b, i + 46, name)) {
        return true;
      }
      at += 46L + name + u16(b, i + 30) + u16(b, i + 32);
    }
    return false;
  }

  private static boolean named(byte[] b, int at, int length) {
    int start = length == ROOT.length + 1 && at < b.length && b[at] == '/' ? at + 1 : at;
    if (start + ROOT.length > b.length || at + length - start != ROOT.length) {
      return false;
    }
    for (int i = 0; i < ROOT.length; i++) {
      if (b[start + i] != ROOT[i]) {
        return false;
      }
    }
    return true;
  }

  private static int u16(byte[] b, int at) {
    return at + 1 < b.length ? (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 : 0;
  }

  private static int u32(byte[] b, int at) {
    return at + 3 < b.length ? u16(b, at) | u16(b, at + 2) << 16 : 0;
  }

  /** Whether the bytes are a Word document as one XML file: told by the root element named in the first kilobytes. */
  static boolean isFlatWord(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    int i = head.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
    while (i < head.length()) {
      if (Character.isWhitespace(head.charAt(i))) {
        i++;
      } else if (head.startsWith("<?", i) || head.startsWith("<!--", i)) {
        // The XML declaration, Word's <?mso-application progid="Word.Document"?>, a comment.
        String end = head.startsWith("<?", i) ? "?>" : "-->";
        int close = head.indexOf(end, i);
        if (close < 0) {
          return false;
        }
        i = close + end.length();
      } else {
        return head.startsWith("<pkg:package", i) || head.startsWith("<w:wordDocument", i);
      }
    }
    return false;
  }

  /** Whether the bytes start as a zip's first entry. */
  static boolean isZip(byte[] b) {
    return Source.startsWith(b, 0x50, 0x4B, 0x03, 0x04);
  }

  /** Whether the bytes are an Office file of before 2007 (OLE2 compound file): DOC, XLS, WPS, or an encrypted package. */
  static boolean isOle(byte[] b) {
    return Source.startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
  }

  /** Whether the bytes are a picture: PNG, JPEG, GIF, BMP, TIFF (either byte order). */
  static boolean isPicture(byte[] b) {
    return Source.startsWith(b, 0x89, 0x50, 0x4E, 0x47) || Source.startsWith(b, 0xFF, 0xD8, 0xFF)
        || Source.startsWith(b, 0x47, 0x49, 0x46, 0x38) || Source.startsWith(b, 0x42, 0x4D)
        || Source.startsWith(b, 0x49, 0x49, 0x2A, 0x00) || Source.startsWith(b, 0x4D, 0x4D, 0x00, 0x2A);
  }

  /** Whether the bytes are RTF. */
  static boolean isRtf(byte[] b) {
    return Source.startsWith(b, 0x7B, 0x5C, 0x72, 0x74, 0x66);
  }

  /** Whether the bytes are an archive users download by mistake: RAR, 7z, gzip. */
  static boolean isArchive(byte[] b) {
    return Source.startsWith(b, 0x52, 0x61, 0x72, 0x21) || Source.startsWith(b, 0x37, 0x7A, 0xBC, 0xAF) || Source.startsWith(b, 0x1F, 0x8B);
  }
}
