package org.nianbao.read.front;

/**
 * What an input is, as the {@link Detector} tells it: a form a reader reads, or one refused, each
 * with the message said when no reader takes it (a picture while pictures are left unread, a form
 * nianbao does not read).
 */
public enum FileForm {
  WEB_PAGE("error.no_reader"),
  TEXT("error.no_reader"),
  /** A Word package (a zip) or a Word document saved as one XML file. */
  DOCX("error.no_reader"),
  /** A Word 97–2003 document (DOC, and WPS files saved in its form). */
  DOC("error.no_reader"),
  PDF("error.no_reader"),
  OFD("error.no_reader"),
  /** A workbook: XLSX, or XLS in an Office file. */
  SPREADSHEET("error.no_reader"),
  /** A picture file: the photograph or scan of a page, read only when pictures are read. */
  PICTURE("error.image"),
  EMPTY("error.empty"),
  RTF("error.rtf"),
  /** An archive (RAR, 7z, gzip), or a zip that is neither a Word document nor a workbook. */
  ARCHIVE("error.archive"),
  /** Bytes that decode to text in no charset. */
  BINARY("error.binary"),
  /** An encrypted Office package: it opens only with its password. */
  ENCRYPTED_OFFICE("error.word_encrypted"),
  /** An Office file that is neither a Word document nor a workbook (a presentation, …). */
  OTHER_OFFICE("error.not_word");

  private final String unread;

  FileForm(String unread) {
    this.unread = unread;
  }

  /** The code of the message that says why an input of this form is not read, when no reader takes it. */
  public String unread() {
    return unread;
  }
}
