package org.nianbao.document;

/**
 * Another document that belongs to the report: a frame of a saved page, a document embedded in a
 * Word file, a continuation page or an attachment a page links to. The reader that meets it says
 * what it is and where its text goes; the registry reads it by its own form and puts its blocks
 * there, so a report made of several files is read as one.
 *
 * @param at the index in the document's blocks before which the part's blocks go: where a frame or
 *     an embedded document stands; the end of the blocks for continuation pages and attachments
 * @param kind what the part is
 * @param name how a person knows it: the target's file name, or the embedded document's name
 * @param href where the part is, relative to the document's own file (a link's target as
 *     written); empty for an embedded document
 * @param bytes an embedded document's own bytes; null for a part that is a file
 */
public record Part(int at, Kind kind, String name, String href, byte[] bytes) {
  /** What a part is to the report. */
  public enum Kind {
    /** A frame or inline frame of a saved page: read where it stands. */
    FRAME,
    /** A document embedded in a Word file (altChunk, an embedded object): read where it stands. */
    EMBEDDED,
    /** The next page of a report paginated across files (下一页, {@code _2.html}): read after it. */
    CONTINUATION,
    /** A file the report links to and that was saved with it (the tables as PDF, Word, a spreadsheet). */
    ATTACHMENT,
    /** A page of a report kept as a file of its own, as a folder of page pictures holds them. */
    PAGE
  }

  /** A part that is a file, found by a link relative to the document. */
  public static Part linked(int at, Kind kind, String name, String href) {
    return new Part(at, kind, name, href, null);
  }

  /** A document embedded in this one, read from its own bytes. */
  public static Part embedded(int at, String name, byte[] bytes) {
    return new Part(at, Kind.EMBEDDED, name, "", bytes);
  }

  /** Whether its bytes are in hand rather than in a file. */
  public boolean isEmbedded() {
    return bytes != null;
  }
}
