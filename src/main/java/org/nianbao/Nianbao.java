package org.nianbao;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.nianbao.csvjson.JsonLinesWriter;
import org.nianbao.fetch.Fetcher;
import org.nianbao.form.ReportSpec;
import org.nianbao.merge.ComparisonWorkbookWriter;
import org.nianbao.message.Message;
import org.nianbao.model.Outcome;
import org.nianbao.model.Report;
import org.nianbao.output.AtomicFiles;
import org.nianbao.output.SafeNames;
import org.nianbao.output.WriteException;
import org.nianbao.pipeline.Batch;
import org.nianbao.pipeline.Pipeline;
import org.nianbao.read.front.Detector;
import org.nianbao.workbook.ReportWorkbookWriter;
import org.nianbao.xlsx.XlsxWriter;

/**
 * The one entry to nianbao, for the commands, the local page and library users alike: read annual
 * reports and get their statutory figures, checks and sections; write their workbooks; merge many
 * into one comparison workbook; fetch them from the web. What each does is set by an options value
 * ({@link ReadOptions}, {@link ConvertOptions}, {@link MergeOptions}, {@link FetchOptions}).
 *
 * <pre>{@code
 * Outcome o = Nianbao.extract(Path.of("report.html"));
 * o.report().ifPresent(r -> System.out.println(r.values().get("t3.new.total")));
 * }</pre>
 */
public final class Nianbao {
  /** The most reports one comparison workbook holds (a sheet's rows, with room for its headings). */
  public static final int MAX_MERGED = ComparisonWorkbookWriter.MAX_REPORTS;

  /**
   * Stateless once built, and costly to build: one for every call, set up on first use only
   * (convert and merge write no JSON, and its library is hundreds of classes to load).
   */
  private static final class JsonHolder {
    static final JsonLinesWriter JSON = new JsonLinesWriter();
  }

  /** The templates never change while running: loaded once. */
  static final ReportSpec SPEC = ReportSpec.load();

  private static final ReportWorkbookWriter WORKBOOK = new ReportWorkbookWriter(SPEC);

  /** The standard pipeline is thread-safe and reads the templates when made: one for every call, made on first use. */
  private static final class PipelineHolder {
    static final Pipeline STANDARD = Pipeline.standard();
  }

  private Nianbao() {}

  /** Loads the templates now (on another thread while a command line is read, say) rather than on first use. */
  public static void prepare() {
    SPEC.fields();
  }

  /** Reads one report file; never throws for a bad file, the outcome says what went wrong. */
  public static Outcome extract(Path file) {
    return PipelineHolder.STANDARD.run(file);
  }

  /** Reads one report from its bytes, named {@code name} (its file name: the extension tells the format when the bytes do not). */
  public static Outcome extract(String name, byte[] bytes) {
    return PipelineHolder.STANDARD.run(name, bytes);
  }

  /** Reads many files in parallel; one outcome per file, in input order. */
  public static List<Outcome> extract(List<Path> files) {
    List<Outcome> out = new ArrayList<>(files.size());
    new Batch(PipelineHolder.STANDARD, Runtime.getRuntime().availableProcessors()).run(files, out::add);
    return out;
  }

  /**
   * Reads many files as {@code options} say, {@code options.threads()} at once, and hands each
   * outcome to {@code sink} in input order as soon as it and those before it are done (a few files
   * a thread are read ahead, no more). A file that a web page of the batch read as its part goes to
   * {@link ReadOptions#readAsPart()} instead. Interrupting the calling thread stops it.
   *
   * @throws CancellationException when the calling thread was interrupted
   */
  public static void extract(List<Path> files, ReadOptions options, Consumer<Outcome> sink) {
    new Batch(pipeline(options), options.threads()).run(files, sink, options.readAsPart());
  }

  /**
   * The names of the files the web page {@code page} links to, embeds or names in a link's text (the
   * parts it may read with it); empty for any other input. A look at its text, not a reading.
   */
  public static Set<String> namesLinked(Path page) {
    return PipelineHolder.STANDARD.namesLinked(page);
  }

  /**
   * Whether a file of this name may be a report nianbao reads (a web page, text, Word, PDF, OFD, or
   * a name with no extension), by its name alone: what a folder walk takes as an input.
   */
  public static boolean isReportName(String fileName) {
    return Detector.isReportName(fileName);
  }

  /** The web page a folder holds at its top, when it holds one: read as one report with its files. */
  public static Optional<Path> savedPage(Path folder) {
    return Optional.ofNullable(Pipeline.savedPage(folder));
  }

  /** The {@code extract} JSON line for an outcome (docs/json.md). */
  public static String json(Outcome o) {
    JsonLinesWriter json = JsonHolder.JSON;
    return o.report().map(json::line).orElseGet(() -> json.errorLine(o.file(), o.error().orElseThrow()));
  }

  /**
   * Writes the workbook of a report to {@code target}, atomically; a file there that nianbao did
   * not write is replaced only when {@code replace} is set.
   *
   * @throws CannotWriteException when it cannot be written, saying why
   */
  public static void writeWorkbook(Report report, Path target, boolean replace) throws IOException {
    try {
      AtomicFiles.write(target, replace || XlsxWriter.wroteBy(target, XlsxWriter.APPLICATION), out -> WORKBOOK.write(report, out));
    } catch (WriteException e) {
      throw new CannotWriteException(e.reason(), e.getCause());
    }
  }

  /** Writes the workbook of a report to a stream, which is left open. */
  public static void writeWorkbook(Report report, OutputStream out) throws IOException {
    WORKBOOK.write(report, out);
  }

  /** Reads one report and writes its workbook; the outcome says whether the report could be read. */
  public static Outcome convert(Path file, Path target, boolean replace) throws IOException {
    Outcome o = extract(file);
    if (o.report().isPresent()) {
      writeWorkbook(o.report().get(), target, replace);
    }
    return o;
  }

  /**
   * Reads many files and writes a workbook for each report, as {@code nianbao convert} does: each
   * written while later files are still read; where a workbook there is nianbao's and a person
   * corrected it, the corrections are carried into the new one (unless replacing). The listener
   * is told of each input read and each workbook written (or why not), in input order. Interrupting
   * the calling thread stops it: the workbooks being written are given up, leaving nothing behind.
   *
   * @throws CancellationException when the calling thread was interrupted
   */
  public static void convert(List<Path> files, ReadOptions read, ConvertOptions options, ConvertListener listener) {
    new Converter(read, options, listener).run(pipeline(read), files);
  }

  /** A file name for a report's workbook, from its agency and year, safe on every filesystem. */
  public static String workbookName(Report report, String fallback) {
    String stem = report.agency().map(a -> a + report.year().map(y -> "-" + y).orElse("")).orElse(fallback);
    return SafeNames.stem(stem, SafeNames.stem(fallback, "report")) + ".xlsx";
  }

  /** {@code text} as a file name's stem safe on every filesystem (no separators or reserved names, not too long); {@code fallback} when nothing is left. */
  public static String safeName(String text, String fallback) {
    return SafeNames.stem(text, fallback);
  }

  /**
   * Reads many files and merges them into one comparison workbook (and what else {@code options}
   * asks for), streaming, as {@code nianbao merge} does. Every input is either a row or listed as
   * not read; every file is written atomically.
   *
   * @param progress told of each input as it is done, in input order
   * @throws CannotWriteException when an output or a temporary file cannot be written
   * @throws CancellationException when the calling thread was interrupted
   */
  public static MergeResult merge(List<Path> files, ReadOptions read, MergeOptions options, Consumer<Outcome> progress) throws IOException {
    // Temporary files a run killed outright left where this one writes.
    options.folders().forEach(f -> AtomicFiles.sweep(f, false));
    return new Merger(options).merge(sink -> extract(files, read, sink), progress);
  }

  /**
   * Merges inputs already read (in the order given) instead of files: what the local page merges,
   * the files dropped on it having been read once for their own workbooks.
   *
   * @throws CannotWriteException when an output or a temporary file cannot be written
   */
  public static MergeResult merge(List<Outcome> read, MergeOptions options) throws IOException {
    return new Merger(options).merge(read::forEach, o -> { });
  }

  /**
   * Fetches the reports at {@code addresses} (each once, in the order given) into the options'
   * folder, with a {@code manifest.csv} saying what each is; a failed address never stops the
   * others. The only call that opens a network connection.
   *
   * @param said told one line for each report saved, kept or failed
   */
  public static FetchResult fetch(List<String> addresses, FetchOptions options, Consumer<Message> said) throws IOException {
    Fetcher.Options how = Fetcher.Options.polite().year(options.year()).refresh(options.refresh()).delay(options.delay()).timeout(options.timeout());
    Fetcher fetcher = new Fetcher(options.folder(), how, options.version(), said);
    Fetcher.Result r = fetcher.run(addresses);
    return new FetchResult(r.reports(), r.saved(), r.kept(), r.failed(), fetcher.manifestFile());
  }

  /** A report read again after a person's corrections were carried into it: its checks and flags for the new values. */
  static Report recheck(Report r) {
    return PipelineHolder.STANDARD.recheck(r);
  }

  private static Pipeline pipeline(ReadOptions options) {
    return Pipeline.standard(options.pictures(), options.pictureProgress());
  }
}
