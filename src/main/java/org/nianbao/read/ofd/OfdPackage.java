package org.nianbao.read.ofd;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.nianbao.message.Message;
import org.nianbao.read.ReadException;

/**
 * An OFD file is a zip with {@code OFD.xml} at its root (GB/T 33190, 7.2; the detector tells it
 * from a Word or spreadsheet zip by that entry's name), unpacked into a folder of its own for the library to
 * read, counting as it goes — a zip bomb is refused after {@link #MAX_INFLATED} bytes whatever its
 * headers claim, and no entry is written outside the folder.
 */
final class OfdPackage {
  /** An OFD report inflates to some megabytes of XML, fonts and pictures. */
  static final long MAX_INFLATED = 128L * 1024 * 1024;
  private static final int MAX_ENTRIES = 10_000;

  private OfdPackage() {}

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
