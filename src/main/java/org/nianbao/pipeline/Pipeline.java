package org.nianbao.pipeline;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.nianbao.doc.Document;
import org.nianbao.extract.ReportExtractor;
import org.nianbao.message.Message;
import org.nianbao.model.Report;
import org.nianbao.normalize.Normalizer;
import org.nianbao.read.ReadException;
import org.nianbao.read.Readers;
import org.nianbao.spec.ReportSpec;

/**
 * One input through every stage: read → normalise → extract (with its checks). Never throws: a file
 * that cannot be read, holds no report, or trips an internal fault becomes a failed {@link Outcome}.
 * Thread-safe; one pipeline serves a whole batch.
 */
public final class Pipeline {
  /** The note of a document read from a spreadsheet (see {@link org.nianbao.read.sheet.SheetReportReader}). */
  private static final String SPREADSHEET = "read.spreadsheet";

  private final Readers readers;
  private final Normalizer normalizer;
  private final ReportExtractor extractor;

  private Pipeline(Readers readers, Normalizer normalizer, ReportExtractor extractor) {
    this.readers = readers;
    this.normalizer = normalizer;
    this.extractor = extractor;
  }

  /** The pipeline with nianbao's own readers and templates, reading pictures too. */
  public static Pipeline standard() {
    return new Pipeline(Readers.standard(), new Normalizer(), new ReportExtractor(ReportSpec.load()));
  }

  /**
   * The pipeline with nianbao's own readers and templates.
   *
   * @param readPictures whether pictures (scanned pages, tables published as images) are read, or only named
   * @param progress told, with the input's name, when a picture starts being read (seconds a page)
   */
  public static Pipeline standard(boolean readPictures, BiConsumer<String, Message> progress) {
    return new Pipeline(Readers.standard(readPictures, progress), new Normalizer(), new ReportExtractor(ReportSpec.load()));
  }

  /** Runs one file. */
  public Outcome run(Path file) {
    return guarded(file.toString(), () -> readers.read(file));
  }

  /**
   * The names of the files the web page {@code file} links to, embeds or names in a link's text; empty
   * for any other input (see {@link Readers#namesLinked(Path)}).
   */
  public java.util.Set<String> namesLinked(Path file) {
    return readers.namesLinked(file);
  }

  /** Runs bytes already in memory, named {@code source}. */
  public Outcome run(String source, byte[] bytes) {
    return guarded(source, () -> readers.read(source, bytes));
  }

  private interface Source {
    Document read() throws ReadException;
  }

  private Outcome guarded(String name, Source source) {
    try {
      Document doc = source.read();
      Report r = extractor.extract(normalizer.normalize(doc));
      // A spreadsheet is a report only when it holds a statutory table; other workbooks are refused as such.
      if (r.tables().isEmpty() && doc.notes().stream().anyMatch(n -> n.code().equals(SPREADSHEET))) {
        return Outcome.failed(name, Message.of("error.spreadsheet"), null);
      }
      if (!ReportExtractor.looksLikeReport(r)) {
        return Outcome.failed(name, Message.of("error.no_report"), null);
      }
      return Outcome.of(r, doc.parts().stream().filter(p -> !p.isEmbedded() && !p.href().isEmpty()).map(p -> Path.of(p.href())).toList());
    } catch (ReadException e) {
      return Outcome.failed(name, e.reason(), null);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return Outcome.failed(name, Message.of("error.internal_read", e.getClass().getSimpleName()), e);
    }
  }
}
