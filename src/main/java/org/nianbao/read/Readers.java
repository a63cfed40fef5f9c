package org.nianbao.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.nianbao.doc.Document;
import org.nianbao.read.html.HtmlReportReader;
import org.nianbao.read.text.TextReportReader;

/**
 * The explicit registry of readers: sniffs what an input is from its content (the extension is
 * only a hint) and hands it to the reader for that form. Refuses what it cannot read with one line.
 */
public final class Readers {
  /** Reports are a few hundred kilobytes; anything this large is not a report page. */
  public static final long MAX_BYTES = 16L * 1024 * 1024;

  /** Share of control characters above which decoded text is taken for binary data. */
  private static final double MAX_CONTROL_SHARE = 0.01;

  private final List<ReportReader> readers;

  private Readers(List<ReportReader> readers) {
    this.readers = List.copyOf(readers);
  }

  /** The readers nianbao ships: HTML, then plain text. */
  public static Readers standard() {
    return new Readers(List.of(new HtmlReportReader(), new TextReportReader()));
  }

  /** Reads one file into a document, or says in one line why it cannot. */
  public Document read(Path file) throws ReadException {
    return read(file.toString(), bytes(file));
  }

  /** Reads bytes already in memory; {@code source} names them in messages. */
  public Document read(String source, byte[] bytes) throws ReadException {
    if (bytes.length == 0) {
      throw new ReadException("empty file");
    }
    refuseLarge(bytes.length);
    refuseOtherForms(bytes);
    DecodedText text = CharsetSniffer.decode(bytes);
    refuseBinary(text.text());
    for (ReportReader reader : readers) {
      if (reader.accepts(text)) {
        return reader.read(source, text);
      }
    }
    throw new ReadException("no reader for this input");
  }

  private static void refuseLarge(long size) throws ReadException {
    if (size > MAX_BYTES) {
      throw new ReadException(String.format("file too large (%.1f MB; the limit is %d MB)", size / 1048576.0, MAX_BYTES / 1048576));
    }
  }

  private static byte[] bytes(Path file) throws ReadException {
    try {
      long size = Files.size(file);
      refuseLarge(size);
      try (InputStream in = Files.newInputStream(file)) {
        return in.readNBytes((int) MAX_BYTES + 1);
      }
    } catch (NoSuchFileException e) {
      throw new ReadException("no such file");
    } catch (IOException e) {
      throw new ReadException("cannot read: " + e.getMessage());
    }
  }

  private static void refuseOtherForms(byte[] b) throws ReadException {
    if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) {
      throw new ReadException("PDF input is not supported yet");
    }
    if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
      throw new ReadException("zip-based input (DOCX) is not supported yet");
    }
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
      throw new ReadException("DOC input is not supported yet");
    }
  }

  private static boolean startsWith(byte[] b, int... magic) {
    if (b.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((b[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static void refuseBinary(String text) throws ReadException {
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new ReadException("binary data, not a text or HTML report");
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\uFFFD') {
        control++;
      }
    }
    if (control > text.length() * MAX_CONTROL_SHARE) {
      throw new ReadException("binary data, not a text or HTML report");
    }
  }
}
