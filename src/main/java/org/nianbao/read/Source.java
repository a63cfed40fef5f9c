package org.nianbao.read;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One input as the readers are given it: the name it is known by in positions and messages, the
 * file it was read from (when it was), its bytes, read once, and what the detector already found in
 * them — the text they decode to, the entries of the zip they are — so that no reader does that work
 * again. The bytes are shared, not copied: no one changes them.
 */
public final class Source {
  private final String name;
  private final Path file;
  private final byte[] bytes;
  private final DecodedText text;
  private final Map<String, byte[]> zip;

  private Source(String name, Path file, byte[] bytes, DecodedText text, Map<String, byte[]> zip) {
    this.name = name;
    this.file = file;
    this.bytes = bytes;
    this.text = text;
    this.zip = zip;
  }

  /** Bytes held in memory, known by {@code name}. */
  public static Source of(String name, byte[] bytes) {
    return new Source(name, null, bytes, null, null);
  }

  /** Bytes read from {@code file} (null when they were not), known by {@code name}. */
  public static Source of(String name, Path file, byte[] bytes) {
    return new Source(name, file, bytes, null, null);
  }

  /** The same input, its bytes decoded to {@code decoded}. */
  public Source withText(DecodedText decoded) {
    return new Source(name, file, bytes, decoded, zip);
  }

  /** The same input, the zip it is inflated to {@code parts}. */
  public Source withZip(Map<String, byte[]> parts) {
    return new Source(name, file, bytes, text, Collections.unmodifiableMap(parts));
  }

  /** The name the input is known by in positions and messages. */
  public String name() {
    return name;
  }

  /** The file the bytes were read from, when they were read from one. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  public byte[] bytes() {
    return bytes;
  }

  /** The bytes as text: as the detector decoded them, or else as the readers decode a page ({@link PageCharset}). */
  public DecodedText text() {
    return text != null ? text : PageCharset.decode(bytes);
  }

  /** The lines where the decoded text holds damaged bytes; none when the input was not read as text. */
  public List<Integer> damagedLines() {
    return text == null ? List.of() : text.damagedLines();
  }

  /** The parts of the zip the bytes are, by name: as the detector inflated them, or else inflated now (bounded by {@link ZipGuard}). */
  public Map<String, byte[]> zipParts() throws ReadException {
    return zip != null ? zip : ZipGuard.inflate(bytes).parts();
  }

  /** Whether the bytes start with {@code magic}. */
  public boolean startsWith(int... magic) {
    return startsWith(bytes, magic);
  }

  /** Whether {@code bytes} start with {@code magic}. */
  public static boolean startsWith(byte[] bytes, int... magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
