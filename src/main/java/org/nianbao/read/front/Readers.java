package org.nianbao.read.front;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.nianbao.document.Block;
import org.nianbao.document.Document;
import org.nianbao.document.Part;
import org.nianbao.document.Picture;
import org.nianbao.message.Message;
import org.nianbao.read.DecodedText;
import org.nianbao.read.PageCharset;
import org.nianbao.read.ReadException;
import org.nianbao.read.ReportReader;
import org.nianbao.read.Source;
import org.nianbao.read.html.HtmlReportReader;
import org.nianbao.read.ocr.PictureReader;
import org.nianbao.read.ofd.OfdReportReader;
import org.nianbao.read.pdf.PdfReportReader;
import org.nianbao.read.sheet.SheetReportReader;
import org.nianbao.read.text.TextReportReader;
import org.nianbao.read.word.DocReportReader;
import org.nianbao.read.word.DocxReportReader;

/**
 * The explicit registry of readers: each input's form told once by the {@link Detector}, from its
 * content (the extension is only a hint), and the input handed to the reader of that form. Refuses
 * what it cannot read with one line.
 */
public final class Readers {
  /** Reports are a few hundred kilobytes; anything this large is not a report page. */
  public static final long MAX_BYTES = 16L * 1024 * 1024;

  /** Damaged lines named in a note; more are shown as an ellipsis. */
  private static final int SHOWN_LINES = 10;

  /** The reader of each form read; a form without one is refused. */
  private final Map<FileForm, ReportReader> readers;
  /** Reads the pictures documents hold; null when pictures are left unread. */
  private final PictureReader pictures;

  private Readers(Map<FileForm, ReportReader> readers, PictureReader pictures) {
    this.readers = Collections.unmodifiableMap(readers);
    this.pictures = pictures;
  }

  /** The readers nianbao ships, reading pictures too (see {@link #standard(boolean, BiConsumer)}). */
  public static Readers standard() {
    return standard(true, (source, message) -> { });
  }

  /**
   * The readers nianbao ships, one for each form the {@link Detector} tells: web pages, text, DOCX,
   * DOC, PDF, OFD, spreadsheets, and picture files when pictures are read.
   *
   * @param readPictures whether pictures — scanned pages, tables published as images — are read
   *     (optical recognition, seconds a page) or only named
   * @param progress told, with the input's name, when a picture starts being read
   */
  public static Readers standard(boolean readPictures, BiConsumer<String, Message> progress) {
    Map<FileForm, ReportReader> readers = new EnumMap<>(FileForm.class);
    readers.put(FileForm.WEB_PAGE, new HtmlReportReader());
    readers.put(FileForm.TEXT, new TextReportReader());
    readers.put(FileForm.DOCX, new DocxReportReader());
    readers.put(FileForm.DOC, new DocReportReader());
    readers.put(FileForm.PDF, new PdfReportReader());
    readers.put(FileForm.OFD, new OfdReportReader());
    readers.put(FileForm.SPREADSHEET, new SheetReportReader());
    if (readPictures) {
      readers.put(FileForm.PICTURE, new PictureFileReader());
    }
    return new Readers(readers, readPictures ? new PictureReader(progress) : null);
  }

  /**
   * Reads one file into a document with the parts of the report it links or embeds (see
   * {@link Part}), or says in one line why it cannot. A folder is one report whose pages are its
   * files (page pictures, photographs, scans), read in the order of their names. Linked parts are
   * looked for in the folder the file really is in (a link to the file leads there). The
   * document's own {@link Document#parts()} are then the files read into it, each named by its path.
   */
  public Document read(Path file) throws ReadException {
    String source = file.toString();
    Path page = Files.isDirectory(file) ? savedPage(file) : null;
    if (page != null) {
      // A page saved with its files, named by its folder: read as the page, answered as the folder.
      return assembled(source, document(Source.of(source, page, bytes(page))), page);
    }
    if (Files.isDirectory(file)) {
      Document pages = new Document(source, List.of(), List.of(), List.of(), pages(file));
      Path folder = Assembly.real(file);
      return withPicturesRead(source, new Assembly(this, folder, null).assemble(pages, folder, null));
    }
    Document doc = document(Source.of(source, file, bytes(file)));
    return assembled(source, doc, file);
  }

  /**
   * Reads bytes already in memory; {@code source} names them in messages. Parts the document
   * embeds are read with it; files it links to are looked for beside {@code source} when that
   * names a file.
   */
  public Document read(String source, byte[] bytes) throws ReadException {
    return assembled(source, document(Source.of(source, bytes)), fileNamed(source));
  }

  private Document assembled(String source, Document doc, Path file) {
    if (doc.parts().isEmpty()) {
      return withPicturesRead(source, doc);
    }
    Path real = file == null ? null : Assembly.real(file);
    Path folder = real == null ? null : real.getParent();
    return withPicturesRead(source, new Assembly(this, folder, real).assemble(doc, folder, real == null ? null : Assembly.stem(real)));
  }

  /**
   * The names of the files a web page links to, embeds or names as a link's text (the last step of
   * each address, the file a download script names, the text), which it may read as its parts;
   * empty for any other input, or a file that cannot be read. A look at the text, not a reading.
   */
  public Set<String> namesLinked(Path file) {
    byte[] b;
    try (InputStream in = Files.newInputStream(file)) {
      // The first bytes tell a PDF, a Word file or a picture, which link nothing: those are not read on.
      byte[] head = in.readNBytes(1024);
      if (head.length == 0 || Detector.showsBinaryForm(head)) {
        return Set.of();
      }
      b = bytes(file);
    } catch (IOException | ReadException | RuntimeException e) {
      return Set.of();
    }
    DecodedText text = PageCharset.decode(b);
    return Detector.isWebPage(text) ? HtmlReportReader.linkedNames(text.text()) : Set.of();
  }

  /**
   * The web page a folder holds at its top, when it holds one: a page saved with its files, read as
   * one report with them; null for a folder of page pictures or of several pages.
   */
  public static Path savedPage(Path folder) {
    Path page = null;
    try (DirectoryStream<Path> in = Files.newDirectoryStream(folder)) {
      for (Path f : in) {
        String n = f.getFileName().toString();
        if (!n.startsWith(".") && Files.isRegularFile(f) && Detector.isFirstPageName(n)) {
          if (page != null) {
            return null;
          }
          page = f;
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return page;
  }

  /** The files of a folder that is one report, as its pages: every file but hidden ones, in the order of their names. */
  private static List<Part> pages(Path folder) throws ReadException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> in = Files.newDirectoryStream(folder)) {
      for (Path f : in) {
        if (Files.isRegularFile(f) && !f.getFileName().toString().startsWith(".")) {
          files.add(f);
        }
      }
    } catch (IOException e) {
      throw new ReadException(Message.of("error.cannot_read", String.valueOf(e.getMessage())));
    }
    if (files.isEmpty()) {
      throw new ReadException(Message.of("error.empty_folder"));
    }
    files.sort((a, b) -> NameOrder.compare(a.getFileName().toString(), b.getFileName().toString()));
    return files.stream().map(f -> Part.linked(0, Part.Kind.PAGE, f.getFileName().toString(), f.getFileName().toString())).toList();
  }

  private static Path fileNamed(String source) {
    try {
      Path p = Path.of(source);
      return Files.isRegularFile(p) ? p : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** One input's own form, read without its parts. */
  Document document(Source input) throws ReadException {
    refuseLarge(input.bytes().length);
    Detector.Detection found = Detector.detect(input);
    ReportReader reader = readers.get(found.form());
    if (reader == null) {
      throw new ReadException(Message.of(found.form().unread()));
    }
    return withDamageNoted(reader.read(found.source()), found.source().damagedLines());
  }

  /** The document with a note naming the lines where bytes were damaged (the first of them, when many). */
  private static Document withDamageNoted(Document doc, List<Integer> lines) {
    if (lines.isEmpty()) {
      return doc;
    }
    List<Object> shown = new ArrayList<>(lines.subList(0, Math.min(SHOWN_LINES, lines.size())));
    if (lines.size() > SHOWN_LINES) {
      shown.add("…");
    }
    List<Message> notes = new ArrayList<>(doc.notes());
    notes.add(Message.of("text.damaged_bytes", shown));
    return new Document(doc.source(), doc.blocks(), notes, doc.headlines());
  }

  /** The document with each run of pictures whose pixels are at hand replaced by what is read in them. */
  private Document withPicturesRead(String source, Document doc) {
    if (pictures == null || doc.blocks().stream().noneMatch(b -> b instanceof Picture p && p.hasPixels())) {
      return doc;
    }
    List<Message> notes = new ArrayList<>(doc.notes());
    List<Block> out = new ArrayList<>();
    List<Picture> run = new ArrayList<>();
    for (Block b : doc.blocks()) {
      if (b instanceof Picture p) {
        run.add(p);
        continue;
      }
      if (!run.isEmpty()) {
        out.addAll(pictures.read(source, run, notes));
        run.clear();
      }
      out.add(b);
    }
    if (!run.isEmpty()) {
      out.addAll(pictures.read(source, run, notes));
    }
    return new Document(doc.source(), out, notes, doc.headlines(), doc.parts());
  }

  private static void refuseLarge(long size) throws ReadException {
    if (size > MAX_BYTES) {
      throw new ReadException(Message.of("error.too_large", String.format(java.util.Locale.ROOT, "%.1f", size / 1048576.0), MAX_BYTES / 1048576));
    }
  }

  static byte[] bytes(Path file) throws ReadException {
    try {
      long size = Files.size(file);
      refuseLarge(size);
      try (InputStream in = Files.newInputStream(file)) {
        return in.readNBytes((int) MAX_BYTES + 1);
      }
    } catch (NoSuchFileException e) {
      throw new ReadException(Message.of("error.no_such_file"));
    } catch (IOException e) {
      throw new ReadException(Message.of("error.cannot_read", String.valueOf(e.getMessage())));
    }
  }
}
