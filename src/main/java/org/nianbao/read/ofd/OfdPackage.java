package org.nianbao.read.ofd;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.nianbao.message.Message;
import org.nianbao.read.ReadException;

/**
 * An OFD file is a zip with {@code OFD.xml} at its root (GB/T 33190, 7.2): told from a Word or
 * spreadsheet zip by that entry's name, and unpacked into a folder of its own for the library to
 * read, counting as it goes — a zip bomb is refused after {@link #MAX_INFLATED} bytes whatever its
 * headers claim, and no entry is written outside the folder.
 */
final class OfdPackage {
  /** An OFD report inflates to some megabytes of XML, fonts and pictures. */
  static final long MAX_INFLATED = 128L * 1024 * 1024;
  private static final int MAX_ENTRIES = 10_000;
  private static final byte[] ROOT = "OFD.xml".getBytes(StandardCharsets.US_ASCII);
  /** End of central directory record: its signature, and how far from the end it may start (a comment of up to 64 kB). */
  private static final int EOCD = 0x06054b50;
  private static final int EOCD_WINDOW = 22 + 0xFFFF;

  private OfdPackage() {}

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

  /** Unpacks the package into {@code folder}, bounded; says in one line why it cannot. */
  static void unpack(byte[] bytes, Path folder) throws ReadException {
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    // Commons Compress, not java.util.zip: OFD producers write stored entries with data descriptors,
    // which the JDK's stream cannot read.
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", false, true)) {
      for (ZipArchiveEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          throw new ReadException(Message.of("error.ofd_entries", MAX_ENTRIES));
        }
        Path target = inside(folder, e.getName());
        if (target == null) {
          throw new ReadException(Message.of("error.ofd", e.getName()));
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
          for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
            total += n;
            if (total > MAX_INFLATED) {
              throw new ReadException(Message.of("error.zip_bomb", MAX_INFLATED / 1048576));
            }
            out.write(buffer, 0, n);
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new ReadException(Message.of("error.zip_damaged", String.valueOf(e.getMessage())));
    }
    if (!Files.isRegularFile(folder.resolve("OFD.xml"))) {
      throw new ReadException(Message.of("error.ofd", "OFD.xml"));
    }
  }

  /** Where an entry goes in the folder; null for a name that leads out of it. */
  private static Path inside(Path folder, String name) {
    String n = name.replace('\\', '/');
    while (n.startsWith("/")) {
      n = n.substring(1);
    }
    try {
      Path p = folder.resolve(n).normalize();
      return p.startsWith(folder) && !p.equals(folder) ? p : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
