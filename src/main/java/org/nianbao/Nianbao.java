package org.nianbao;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.nianbao.csvjson.CsvExporter;
import org.nianbao.merge.IssuesCsv;
import org.nianbao.merge.Issue;
import org.nianbao.merge.ComparisonWorkbookWriter;
import org.nianbao.place.Gazetteer;
import org.nianbao.place.Roster;
import org.nianbao.model.CheckResult;
import org.nianbao.csvjson.JsonLinesWriter;
import org.nianbao.output.AtomicFiles;
import org.nianbao.output.RunFolder;
import org.nianbao.output.SafeNames;
import org.nianbao.output.WriteException;
import org.nianbao.message.Message;
import org.nianbao.model.Report;
import org.nianbao.form.ReportSpec;
import org.nianbao.workbook.Corrections;
import org.nianbao.workbook.ReportWorkbookWriter;
import org.nianbao.workbook.WorkbookRefused;
import org.nianbao.workbook.OwnWorkbooks;
import org.nianbao.xlsx.XlsxWriter;
import org.nianbao.pipeline.Batch;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.Pipeline;

/**
 * The one-call entry to nianbao: read an annual report and get its statutory figures, checks and
 * sections.
 *
 * <pre>{@code
 * Outcome o = Nianbao.extract(Path.of("report.html"));
 * o.report().ifPresent(r -> System.out.println(r.values().get("t3.new.total")));
 * }</pre>
 */
public final class Nianbao {
  /**
   * Stateless once built, and costly to build: one for every call, set up on first use only
   * (convert and merge write no JSON, and its library is hundreds of classes to load).
   */
  private static final class JsonHolder {
    static final JsonLinesWriter JSON = new JsonLinesWriter();
  }

  /** The templates never change while running: loaded once. */
  private static final ReportSpec SPEC = ReportSpec.load();

  private static final ReportWorkbookWriter WORKBOOK = new ReportWorkbookWriter(SPEC);

  /** The standard pipeline is thread-safe and reads the templates when made: one for every call, made on first use. */
  private static final class PipelineHolder {
    static final Pipeline STANDARD = Pipeline.standard();
  }

  private Nianbao() {}

  /** Reads one report file; never throws for a bad file, the outcome says what went wrong. */
  public static Outcome extract(Path file) {
    return PipelineHolder.STANDARD.run(file);
  }

  /** Reads many files in parallel; one outcome per file, in input order. */
  public static List<Outcome> extract(List<Path> files) {
    List<Outcome> out = new ArrayList<>(files.size());
    new Batch(PipelineHolder.STANDARD, Runtime.getRuntime().availableProcessors()).run(files, out::add);
    return out;
  }

  /**
   * The names of the files the web page {@code page} links to, embeds or names in a link's text (the
   * parts it may read with it); empty for any other input. A look at its text, not a reading.
   */
  public static Set<String> namesLinked(Path page) {
    return PipelineHolder.STANDARD.namesLinked(page);
  }

  /** The web page a folder holds at its top, when it holds one: read as one report with its files (see {@link Pipeline#savedPage}). */
  public static Optional<Path> savedPage(Path folder) {
    return Optional.ofNullable(Pipeline.savedPage(folder));
  }

  /** The {@code extract} JSON line for an outcome (docs/json.md). */
  public static String json(Outcome o) {
    JsonLinesWriter json = JsonHolder.JSON;
    return o.report().map(json::line).orElseGet(() -> json.errorLine(o.file(), o.error().orElseThrow()));
  }

  /**
   * Writes the workbook of a report to {@code target}, atomically; an existing file is replaced only
   * when {@code replace} is set.
   */
  public static void writeWorkbook(Report report, Path target, boolean replace) throws IOException {
    AtomicFiles.write(target, replace || XlsxWriter.wroteBy(target, XlsxWriter.APPLICATION), out -> WORKBOOK.write(report, out));
  }

  /** Writes the workbook of a report to a stream, which is left open. */
  public static void writeWorkbook(Report report, OutputStream out) throws IOException {
    WORKBOOK.write(report, out);
  }

  /**
   * Whether an output path holds a file that nianbao did not write itself (or that was saved since
   * by another program): such a file is replaced only when the user says so.
   */
  public static boolean takenBySomethingElse(Path output) {
    return Files.exists(output) && !XlsxWriter.wroteBy(output, XlsxWriter.APPLICATION) && !CsvExporter.wroteBy(output, SPEC) && !IssuesCsv.wroteBy(output);
  }

  /**
   * What to write for a new reading of a report whose workbook {@code target} may exist: when it is
   * nianbao's workbook, corrected by a person, the new reading with the corrections carried over
   * (unless {@code force}), and what to tell the user: how many were carried, where the source now
   * reads otherwise than the value a correction replaced, or that {@code --force} dropped them.
   *
   * @throws WriteException when the workbook is nianbao's but restructured, so its corrections cannot be told, and {@code force} is not set
   */
  public static Carried carryCorrections(Report fresh, Path target, boolean force) throws WriteException {
    byte[] bytes;
    try {
      bytes = Files.isRegularFile(target) ? Files.readAllBytes(target) : null;
    } catch (IOException e) {
      // The write that follows says why the file cannot be used.
      bytes = null;
    }
    if (bytes == null || !OwnWorkbooks.mayBe(bytes)) {
      return new Carried(fresh, List.of(), false);
    }
    Optional<Report> old;
    try {
      old = new OwnWorkbooks(SPEC).reopen(target.toString(), bytes);
    } catch (WorkbookRefused e) {
      if (force) {
        return new Carried(fresh, List.of(), true);
      }
      throw new WriteException(Message.of("write.corrections_unknown", target, e.reason()), null);
    }
    if (old.isEmpty() || old.get().originals().isEmpty()) {
      return new Carried(fresh, List.of(), old.isPresent());
    }
    if (force) {
      return new Carried(fresh, List.of(Message.of("cli.corrections_dropped", target, old.get().originals().size())), true);
    }
    Corrections.Carried c = Corrections.carry(fresh, old.get());
    List<Message> said = new ArrayList<>();
    if (c.carried() > 0) {
      said.add(Message.of("cli.corrections_carried", target, c.carried()));
    }
    for (String id : c.changed()) {
      said.add(Message.of("cli.correction_conflict", target, fieldName(id), OwnWorkbooks.shown(old.get().originals().get(id)),
          OwnWorkbooks.shown(fresh.values().get(id)), OwnWorkbooks.shown(c.report().values().get(id))));
    }
    return new Carried(PipelineHolder.STANDARD.recheck(c.report()), said, true);
  }

  /** A field as a person names it: 表三 一、本年新收政府信息公开申请数量·总计. */
  public static String fieldName(String id) {
    return SPEC.field(id).map(f -> org.nianbao.model.TableId.of(id).label() + " " + f.row() + "·" + f.column()).orElse(id);
  }

  /**
   * A new reading to write, maybe with a person's corrections carried over.
   *
   * @param said what to tell the user, in order
   * @param replace whether the workbook there (nianbao's, saved since by a spreadsheet program) may be replaced
   */
  public record Carried(Report report, List<Message> said, boolean replace) {}

  /** Reads one report and writes its workbook; the outcome says whether the report could be read. */
  public static Outcome convert(Path file, Path target, boolean replace) throws IOException {
    Outcome o = extract(file);
    if (o.report().isPresent()) {
      writeWorkbook(o.report().get(), target, replace);
    }
    return o;
  }

  /** A file name for a report's workbook, from its agency and year, safe on every filesystem. */
  public static String workbookName(Report report, String fallback) {
    String stem = report.agency().map(a -> a + report.year().map(y -> "-" + y).orElse("")).orElse(fallback);
    return SafeNames.stem(stem, SafeNames.stem(fallback, "report")) + ".xlsx";
  }

  /**
   * Merges many report files into one comparison workbook and, when {@code csv} is given, a CSV
   * of the same rows. Every input is either a row or listed as not read; both files are written
   * atomically, and replace existing files only when {@code replace} is set.
   *
   * @param progress told of each input as it is done, in input order
   */
  public static MergeResult merge(List<Path> files, Path xlsx, Optional<Path> csv, CsvHeader header, boolean replace, int threads, Consumer<Outcome> progress)
      throws IOException {
    return merge(files, xlsx, csv, header, replace, threads, progress, PipelineHolder.STANDARD, Optional.empty(), List.of());
  }

  /**
   * As {@link #merge(List, Path, Optional, CsvHeader, boolean, int, Consumer)}, reading the inputs
   * with {@code pipeline}, with a 名单 sheet when the units expected to report are given, and
   * agencies whose names do not say where they are placed within the regions given: each
   * {@code 地区} for every report, or {@code 地区=文件夹} for the reports under a folder.
   */
  public static MergeResult merge(List<Path> files, Path xlsx, Optional<Path> csv, CsvHeader header, boolean replace, int threads, Consumer<Outcome> progress,
      Pipeline pipeline, Optional<Roster> roster, List<String> regions) throws IOException {
    return merge(files, xlsx, csv, Optional.empty(), header, replace, threads, progress, pipeline, roster, regions);
  }

  /**
   * As {@link #merge(List, Path, Optional, CsvHeader, boolean, int, Consumer, Pipeline, Optional, List)},
   * writing also, when {@code issues} is given, the 问题清单 as a CSV (UTF-8 with a byte-order mark).
   */
  public static MergeResult merge(List<Path> files, Path xlsx, Optional<Path> csv, Optional<Path> issues, CsvHeader header, boolean replace, int threads,
      Consumer<Outcome> progress, Pipeline pipeline, Optional<Roster> roster, List<String> regions) throws IOException {
    return merge(sink -> new Batch(pipeline, threads).run(files, sink), xlsx, csv, issues, header, replace, progress, roster, regions);
  }

  /**
   * As {@link #merge(List, Path, Optional, CsvHeader, boolean, int, Consumer)}, from inputs already
   * read (in the order given) instead of the files: what the local page merges, the files dropped
   * on it having been read once for their own workbooks.
   */
  public static MergeResult merge(List<Outcome> read, Path xlsx, Optional<Path> csv, CsvHeader header, boolean replace) throws IOException {
    return merge(read, xlsx, csv, header, replace, Optional.empty(), List.of());
  }

  /**
   * As {@link #merge(List, Path, Optional, CsvHeader, boolean)}, with a 名单 sheet when the units
   * expected to report are given, and agencies whose names do not say where placed within the
   * regions given (each a whole region: {@code 地区}, not {@code 地区=文件夹}).
   */
  public static MergeResult merge(List<Outcome> read, Path xlsx, Optional<Path> csv, CsvHeader header, boolean replace, Optional<Roster> roster, List<String> regions)
      throws IOException {
    return merge(read::forEach, xlsx, csv, Optional.empty(), header, replace, o -> {}, roster, regions);
  }

  /** As {@link #merge(List, Path, Optional, CsvHeader, boolean, Optional, List)}, writing also the 问题清单 as a CSV when {@code issues} is given. */
  public static MergeResult merge(List<Outcome> read, Path xlsx, Optional<Path> csv, Optional<Path> issues, CsvHeader header, boolean replace, Optional<Roster> roster,
      List<String> regions) throws IOException {
    return merge(read::forEach, xlsx, csv, issues, header, replace, o -> {}, roster, regions);
  }

  /**
   * The merge itself. Its temporary files (the CSV's rows, the sections' text, large sheets' rows)
   * are kept in a folder of their own, deleted when it ends, however it ends; a temporary folder
   * that cannot be written (a full disk) is said in one line naming it.
   */
  private static MergeResult merge(Consumer<Consumer<Outcome>> inputs, Path xlsx, Optional<Path> csv, Optional<Path> issues, CsvHeader header, boolean replace,
      Consumer<Outcome> progress, Optional<Roster> roster, List<String> regions) throws IOException {
    List<CheckResult> crossYear = new ArrayList<>();
    try (RunFolder temp = temporaryFolder()) {
      Path rows = temp.path().resolve("rows.csv");
      try (ComparisonWorkbookWriter book = new ComparisonWorkbookWriter(SPEC, temp.path())) {
        roster.ifPresent(book::expect);
        for (String region : regions) {
          book.within(regionName(region), regionFolder(region));
        }
        try (CsvExporter table = csv.isEmpty() ? null : new CsvExporter(SPEC, Files.newOutputStream(rows), header == CsvHeader.ZH, book::locate)) {
          inputs.accept(o -> {
            if (o.report().isPresent()) {
              book.add(o.report().get());
              Optional.ofNullable(table).ifPresent(t -> t.add(o.report().get()));
            } else {
              book.addFailure(o.file(), o.error().orElseThrow().zh());
              Optional.ofNullable(table).ifPresent(t -> t.addFailure(o.file(), o.error().orElseThrow().zh()));
            }
            progress.accept(o);
          });
        } catch (IOException e) {
          throw temporaryFailed(temp.path(), e);
        }
        List<Issue> toLook = book.issues();
        AtomicFiles.write(xlsx, replace || XlsxWriter.wroteBy(xlsx, XlsxWriter.APPLICATION), out -> crossYear.addAll(book.write(out)));
        if (issues.isPresent()) {
          AtomicFiles.write(issues.get(), replace || IssuesCsv.wroteBy(issues.get()), out -> IssuesCsv.write(toLook, out));
        }
        if (csv.isPresent()) {
          AtomicFiles.write(csv.get(), replace || CsvExporter.wroteBy(csv.get(), SPEC), out -> Files.copy(rows, out));
        }
        return new MergeResult(book.reports(), book.failures(), crossYear, toLook.size());
      } catch (UncheckedIOException e) {
        throw temporaryFailed(temp.path(), e.getCause());
      }
    }
  }

  /** A folder of the merge's own in the system's temporary folder, or why not in one line. */
  private static RunFolder temporaryFolder() throws IOException {
    try {
      return RunFolder.create("run");
    } catch (IOException e) {
      throw temporaryFailed(Path.of(System.getProperty("java.io.tmpdir")), e);
    }
  }

  /** A temporary file that could not be written: the folder, and the system's reason (No space left on device). */
  private static IOException temporaryFailed(Path folder, IOException cause) {
    if (cause instanceof WriteException) {
      return cause;
    }
    String why = cause instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(cause.getMessage());
    return new WriteException(Message.of("write.temp_failed", folder, why), cause);
  }

  /** Whether {@code region} (浙江省绍兴市, or 浙江省绍兴市=文件夹) names exactly one administrative division. */
  public static boolean knownRegion(String region) {
    return Gazetteer.load().place(regionName(region)).division().isPresent();
  }

  /** The place of a {@code 地区[=文件夹]} argument. */
  public static String regionName(String region) {
    int eq = region.indexOf('=');
    return eq < 0 ? region : region.substring(0, eq);
  }

  /** The folder of a {@code 地区[=文件夹]} argument, if it names one. */
  private static Optional<Path> regionFolder(String region) {
    int eq = region.indexOf('=');
    return eq < 0 ? Optional.empty() : Optional.of(Path.of(region.substring(eq + 1)));
  }

  /** The header row of the merge's CSV: the columns' Chinese names, or the field ids for programs. */
  public enum CsvHeader {
    ZH,
    ID
  }

  /** What a merge wrote: reports as rows, inputs not read, and the cross-year checks nianbao computed. */
  public record MergeResult(int reports, int failures, List<CheckResult> crossYear, int issues) {}
}
