package org.nianbao.read.front;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.nianbao.read.DecodedText;
import org.nianbao.read.PageCharset;
import org.nianbao.read.ReadException;
import org.nianbao.read.Source;
import org.nianbao.read.ZipGuard;

/**
 * Tells once what an input is, from its content (a file's name is only a hint to the person who
 * named it): PDF, then OFD (a zip with OFD.xml at its root, asked before any other zip), DOCX (any
 * other zip holding a Word document, or Word's one-file XML), an Office file of before 2007 by
 * what it holds, pictures by their magic numbers, forms users download by mistake (RTF, archives),
 * else text: a web page when it starts as markup, plain text otherwise, binary data when it decodes
 * in no charset. What it found on the way (the text decoded, the zip inflated) is kept in the source
 * it answers with, so that no reader does that work again. It also says which file names are
 * reports' ({@link #isReportName}).
 */
public final class Detector {
  /** An input with its form, and what was found in it on the way. */
  public record Detection(FileForm form, Source source) {}

  /** How much of the start of an input is looked at to tell a page from text. */
  private static final int SNIFF_WINDOW = 2048;
  /** Share of control characters above which decoded text is taken for binary data. */
  private static final double MAX_CONTROL_SHARE = 0.01;
  /** The extensions of the files that may be reports, the forms read here. */
  private static final Set<String> REPORT_EXTENSIONS =
      Set.of("txt", "text", "htm", "html", "shtml", "xhtml", "mht", "jsp", "asp", "aspx", "php", "doc", "docx", "pdf", "ofd");
  /** A saved web page's name; {@code X_2.html} is a page after another. */
  private static final Pattern WEB_PAGE = Pattern.compile("(?i)(?!.*_\\d+\\.[^.]+$).+\\.(s?html?|xhtml|mht|jsp|aspx?|php)");

  private Detector() {}

  /**
   * Whether a file of this name may be a report, to be read when met in a folder: not hidden, and
   * with no extension or one of a form read here (pictures and spreadsheets are read only when
   * named, or as a folder of page pictures).
   */
  public static boolean isReportName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return !fileName.startsWith(".") && (dot < 0 || REPORT_EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  /** Whether a file of this name is a web page saved with its files, not a page after another ({@code X_2.html}). */
  static boolean isFirstPageName(String fileName) {
    return WEB_PAGE.matcher(fileName).matches();
  }

  /**
   * Whether the first bytes of a file (a kilobyte suffice) show a form that is not text: PDF, OFD,
   * a zip, Word's one-file XML, an Office file, a picture. A look that opens nothing.
   */
  static boolean showsBinaryForm(byte[] head) {
    return Signs.isPdf(head) || Signs.isOfd(head) || Signs.isZip(head) || Signs.isFlatWord(head) || Signs.isOle(head) || Signs.isPicture(head);
  }

  /** Whether decoded text is a web page: it starts as markup and names one of a page's elements early on. */
  static boolean isWebPage(DecodedText text) {
    String head = text.text().substring(0, Math.min(text.text().length(), SNIFF_WINDOW)).toLowerCase(Locale.ROOT);
    return head.stripLeading().startsWith("<")
        && (head.contains("<html") || head.contains("<body") || head.contains("<!doctype") || head.contains("<table") || head.contains("<div") || head.contains("<p")
            || head.contains("<frameset"));
  }

  /**
   * The input's form. A container that cannot be opened (a damaged, empty or bomb zip, a damaged
   * Office file) is refused here, in one line that says why.
   */
  public static Detection detect(Source source) throws ReadException {
    byte[] b = source.bytes();
    if (b.length == 0) {
      return new Detection(FileForm.EMPTY, source);
    }
    if (Signs.isPdf(b)) {
      return new Detection(FileForm.PDF, source);
    }
    if (Signs.isOfd(b)) {
      return new Detection(FileForm.OFD, source);
    }
    if (Signs.isZip(b)) {
      return zip(source);
    }
    if (Signs.isFlatWord(b)) {
      return new Detection(FileForm.DOCX, source);
    }
    if (Signs.isOle(b)) {
      return new Detection(office(b), source);
    }
    if (Signs.isPicture(b)) {
      return new Detection(FileForm.PICTURE, source);
    }
    if (Signs.isRtf(b)) {
      return new Detection(FileForm.RTF, source);
    }
    if (Signs.isArchive(b)) {
      return new Detection(FileForm.ARCHIVE, source);
    }
    return text(source);
  }

  /** A zip that is not OFD: a workbook, a Word document, or another archive, told by its entries once inflated. */
  private static Detection zip(Source source) throws ReadException {
    ZipGuard.Inflated zip = ZipGuard.inflate(source.bytes());
    if (zip.names().contains("xl/workbook.xml")) {
      return new Detection(FileForm.SPREADSHEET, source);
    }
    if (!zip.names().contains("word/document.xml")) {
      return new Detection(FileForm.ARCHIVE, source);
    }
    return new Detection(FileForm.DOCX, source.withZip(zip.parts()));
  }

  /** An Office file of before 2007, told by the entries at its root. */
  private static FileForm office(byte[] bytes) throws ReadException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryEntry root = fs.getRoot();
      if (root.hasEntry("EncryptedPackage")) {
        return FileForm.ENCRYPTED_OFFICE;
      }
      if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
        return FileForm.SPREADSHEET;
      }
      return root.hasEntry("WordDocument") ? FileForm.DOC : FileForm.OTHER_OFFICE;
    } catch (IOException | RuntimeException e) {
      throw ReadException.because("DOC", e);
    }
  }

  /**
   * Text: decoded past a damaged byte or two, which a text report is read past; a web page is
   * decoded again strictly, as a damaged byte in markup (a lost {@code <}) merges cells without a
   * trace.
   */
  private static Detection text(Source source) {
    DecodedText text = PageCharset.decodePastDamage(source.bytes());
    boolean page = isWebPage(text);
    if (!text.damagedLines().isEmpty() && page) {
      text = PageCharset.decode(source.bytes());
      page = isWebPage(text);
    }
    if (isBinary(text.text())) {
      return new Detection(FileForm.BINARY, source);
    }
    return new Detection(page ? FileForm.WEB_PAGE : FileForm.TEXT, source.withText(text));
  }

  /**
   * Whether text is binary data: more than one character in a hundred a control character, NUL or
   * a byte that decodes in no charset. A few such characters are damage in a report, whose lines
   * the decoder names.
   */
  private static boolean isBinary(String text) {
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\uFFFD') {
        control++;
      }
    }
    return control > text.length() * MAX_CONTROL_SHARE;
  }
}
