package org.nianbao.read.word;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.EntryUtils;
import org.apache.poi.poifs.filesystem.Ole10Native;
import org.apache.poi.poifs.filesystem.Ole10NativeException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.nianbao.read.Source;

/**
 * A document embedded in a Word file (an OLE object, an altChunk), taken out of the wrapping Word keeps it in:
 * an Office 2007 document stored whole in a {@code Package} stream, any file the Packager wrapped
 * ({@code \1Ole10Native}), a PDF in Acrobat's {@code CONTENTS}; a Word 97 document or an Excel
 * workbook is its storage itself; a web archive (MHT) is the page it holds ({@link MimeHtml}). What
 * the document is, is for the registry to tell and read.
 */
final class Embedded {
  /** An embedded document: how a person knows it and its own bytes. */
  record Found(String name, byte[] bytes) {}

  private Embedded() {}

  /** The document in an embedding part's bytes ({@code word/embeddings/oleObject1.bin}, {@code …/Microsoft_Word_Document.docx}). */
  static Found of(String name, byte[] bytes) {
    byte[] page = MimeHtml.of(bytes);
    if (page != null) {
      return new Found(name, page);
    }
    if (!Source.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return new Found(name, bytes);
    }
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      Found inside = unwrap(name, fs.getRoot());
      return inside == null ? new Found(name, bytes) : inside;
    } catch (IOException | RuntimeException e) {
      // Not a storage POI can open: the registry says what it is.
      return new Found(name, bytes);
    }
  }

  /** The document in an object's storage of a DOC ({@code ObjectPool/_1234}), or null when it holds none. */
  static Found of(String name, DirectoryEntry storage) {
    try {
      Found inside = unwrap(name, storage);
      if (inside != null) {
        return inside;
      }
      try (POIFSFileSystem copy = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        EntryUtils.copyNodes(storage, copy.getRoot());
        copy.writeFilesystem(out);
        return new Found(name, out.toByteArray());
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The file a storage wraps, or null when the storage is the document itself. */
  private static Found unwrap(String name, DirectoryEntry root) throws IOException {
    if (root.hasEntry("Package") && root.getEntry("Package") instanceof DocumentEntry d) {
      return new Found(name, stream(root, d));
    }
    if (root.hasEntry(Ole10Native.OLE10_NATIVE) && root instanceof DirectoryNode node) {
      try {
        Ole10Native wrapped = Ole10Native.createFromEmbeddedOleObject(node);
        String file = wrapped.getFileName() == null || wrapped.getFileName().isBlank() ? wrapped.getLabel() : wrapped.getFileName();
        String shown = file == null || file.isBlank() ? name : file.substring(Math.max(file.lastIndexOf('\\'), file.lastIndexOf('/')) + 1);
        return new Found(shown, wrapped.getDataBuffer());
      } catch (Ole10NativeException e) {
        return null;
      }
    }
    if (root.hasEntry("CONTENTS") && root.getEntry("CONTENTS") instanceof DocumentEntry d) {
      return new Found(name, stream(root, d));
    }
    return null;
  }

  private static byte[] stream(DirectoryEntry root, DocumentEntry d) throws IOException {
    // The stream is no larger than the storage it is in, which was read whole already.
    try (InputStream in = new org.apache.poi.poifs.filesystem.DocumentInputStream(d)) {
      return in.readNBytes(d.getSize());
    }
  }
}
