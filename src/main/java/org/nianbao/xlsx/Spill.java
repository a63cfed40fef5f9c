package org.nianbao.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bytes kept in memory until they pass a bound, then in a temporary file (deleted on close): the
 * rows of a sheet written before the workbook is, so a sheet of ten thousand reports never sits in
 * memory whole. The file is made in the folder given (a run's own), or the system's temporary folder.
 */
final class Spill implements AutoCloseable {
  /** Bytes held in memory before spilling to disk. */
  private static final int IN_MEMORY = 8 << 20;

  private final Path folder;

  private ByteArrayOutputStream memory = new ByteArrayOutputStream(8192);
  private Path file;
  private OutputStream disk;
  private long size;

  /** @param folder where a temporary file is made, or null for the system's temporary folder */
  Spill(Path folder) {
    this.folder = folder;
  }

  void write(XmlBytes bytes) {
    try {
      if (disk == null && memory.size() + bytes.length() > IN_MEMORY) {
        file = folder == null ? Files.createTempFile("nianbao-sheet-", ".xml") : Files.createTempFile(folder, "nianbao-sheet-", ".xml");
        disk = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        memory.writeTo(disk);
        memory = null;
      }
      bytes.writeTo(disk != null ? disk : memory);
      size += bytes.length();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep a sheet's rows in a temporary file: " + e.getMessage(), e);
    }
  }

  long size() {
    return size;
  }

  void copyTo(OutputStream out) throws IOException {
    if (disk == null) {
      memory.writeTo(out);
      return;
    }
    disk.flush();
    Files.copy(file, out);
  }

  @Override
  public void close() {
    try {
      if (disk != null) {
        disk.close();
      }
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // A temporary file that cannot be removed is the system's to clean; the workbook is written.
    }
  }
}
