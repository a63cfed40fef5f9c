package org.nianbao.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.nianbao.message.Message;

/**
 * Inflates a zip once, counting: a zip bomb (a few kilobytes that inflate to gigabytes) is refused
 * after at most {@link #MAX_INFLATED} bytes of work, whatever its entry headers claim.
 */
public final class ZipGuard {
  /** A Word report inflates to a few megabytes of XML plus its pictures. */
  public static final long MAX_INFLATED = 128L * 1024 * 1024;

  private static final int MAX_ENTRIES = 10_000;

  private ZipGuard() {}

  /**
   * A zip inflated: its parts by name (a leading slash dropped), and the names of its entries as
   * written.
   */
  public record Inflated(Map<String, byte[]> parts, Set<String> names) {}

  /** The zip's entries, inflated; a zip damaged, empty, or too large inflated is refused, named for what it is. */
  public static Inflated inflate(byte[] bytes) throws ReadException {
    Map<String, byte[]> parts = new HashMap<>();
    Set<String> names = new HashSet<>();
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
        if (++entries > MAX_ENTRIES) {
          throw new ReadException(Message.of("error.zip_entries", MAX_ENTRIES));
        }
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          total += n;
          if (total > MAX_INFLATED) {
            throw new ReadException(Message.of("error.zip_bomb", MAX_INFLATED / 1048576));
          }
          part.write(buffer, 0, n);
        }
        parts.putIfAbsent(e.getName().startsWith("/") ? e.getName().substring(1) : e.getName(), part.toByteArray());
      }
    } catch (IOException | IllegalArgumentException e) {
      // Entry names that are not valid UTF-8 fail with IllegalArgumentException.
      throw new ReadException(Message.of("error.zip_damaged", String.valueOf(e.getMessage())));
    }
    if (entries == 0) {
      throw new ReadException(Message.of("error.zip_empty"));
    }
    return new Inflated(parts, names);
  }
}
