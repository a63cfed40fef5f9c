package org.nianbao.merge;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sections' text of every merged report, kept in a temporary file rather than in memory, so a
 * merge of ten thousand reports does not hold ten thousand reports' text until 文字对比 is written.
 * The file is deleted on {@link #close()}.
 */
final class SectionStore implements Closeable {
  private final Path file;
  private final DataOutputStream out;
  private long size;
  private RandomAccessFile in;

  /** @param folder where the file is made, or null for the system's temporary folder */
  SectionStore(Path folder) {
    try {
      this.file = folder == null ? Files.createTempFile("nianbao-sections", ".bin") : Files.createTempFile(folder, "nianbao-sections", ".bin");
      this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a temporary file for the merge", e);
    }
  }

  /** Stores one report's sections; returns where to find them. */
  long put(Map<Integer, String> sections) {
    long at = size;
    try {
      out.writeInt(sections.size());
      size += Integer.BYTES;
      for (Map.Entry<Integer, String> e : sections.entrySet()) {
        byte[] text = e.getValue().getBytes(StandardCharsets.UTF_8);
        out.writeInt(e.getKey());
        out.writeInt(text.length);
        out.write(text);
        size += 2L * Integer.BYTES + text.length;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the merge's temporary file", e);
    }
    return at;
  }

  /** The sections stored at {@code at}. */
  Map<Integer, String> get(long at) {
    try {
      if (in == null) {
        out.flush();
        in = new RandomAccessFile(file.toFile(), "r");
      }
      in.seek(at);
      int count = in.readInt();
      Map<Integer, String> sections = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        int n = in.readInt();
        byte[] text = new byte[in.readInt()];
        in.readFully(text);
        sections.put(n, new String(text, StandardCharsets.UTF_8));
      }
      return sections;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the merge's temporary file", e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
      if (in != null) {
        in.close();
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
