package org.nianbao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.nianbao.csvjson.CsvExporter;
import org.nianbao.merge.IssuesCsv;
import org.nianbao.merge.ComparisonWorkbookWriter;
import org.nianbao.merge.Issue;
import org.nianbao.message.Message;
import org.nianbao.model.CheckResult;
import org.nianbao.model.Outcome;
import org.nianbao.output.AtomicFiles;
import org.nianbao.output.RunFolder;
import org.nianbao.output.WriteException;
import org.nianbao.xlsx.XlsxWriter;

/**
 * The merge itself. Its temporary files (the CSV's rows, the sections' text, large sheets' rows)
 * are kept in a folder of their own, deleted when it ends, however it ends; a temporary folder
 * that cannot be written (a full disk) is said in one line naming it.
 */
final class Merger {
  private final MergeOptions options;

  Merger(MergeOptions options) {
    this.options = options;
  }

  /**
   * Merges what {@code inputs} hands over, in its order, telling {@code progress} of each.
   *
   * @throws CannotWriteException when an output or a temporary file cannot be written
   */
  MergeResult merge(Consumer<Consumer<Outcome>> inputs, Consumer<Outcome> progress) throws IOException {
    try (RunFolder temp = temporaryFolder()) {
      Path rows = temp.path().resolve("rows.csv");
      try (ComparisonWorkbookWriter book = new ComparisonWorkbookWriter(Nianbao.SPEC, temp.path())) {
        options.roster().ifPresent(book::expect);
        options.regions().forEach(r -> book.within(r.name(), r.folder()));
        try (CsvExporter table = options.csv().isEmpty() ? null
            : new CsvExporter(Nianbao.SPEC, Files.newOutputStream(rows), options.header() == CsvHeader.ZH, book::locate)) {
          inputs.accept(o -> {
            add(book, Optional.ofNullable(table), o);
            progress.accept(o);
          });
        } catch (IOException e) {
          throw temporaryFailed(temp.path(), e);
        }
        return write(book, rows);
      } catch (UncheckedIOException e) {
        throw temporaryFailed(temp.path(), e.getCause());
      }
    } catch (WriteException e) {
      throw new CannotWriteException(e.reason(), e.getCause());
    }
  }

  private static void add(ComparisonWorkbookWriter book, Optional<CsvExporter> table, Outcome o) {
    if (o.report().isPresent()) {
      book.add(o.report().get());
      table.ifPresent(t -> t.add(o.report().get()));
    } else {
      book.addFailure(o.file(), o.error().orElseThrow().zh());
      table.ifPresent(t -> t.addFailure(o.file(), o.error().orElseThrow().zh()));
    }
  }

  /** Writes the workbook, then the 问题清单 and the CSV when asked for, each atomically. */
  private MergeResult write(ComparisonWorkbookWriter book, Path rows) throws IOException {
    List<CheckResult> crossYear = new ArrayList<>();
    List<Issue> toLook = book.issues();
    Path xlsx = options.xlsx();
    boolean replace = options.replace();
    AtomicFiles.write(xlsx, replace || XlsxWriter.wroteBy(xlsx, XlsxWriter.APPLICATION), out -> crossYear.addAll(book.write(out)));
    if (options.issues().isPresent()) {
      Path issues = options.issues().get();
      AtomicFiles.write(issues, replace || IssuesCsv.wroteBy(issues), out -> IssuesCsv.write(toLook, out));
    }
    if (options.csv().isPresent()) {
      Path csv = options.csv().get();
      AtomicFiles.write(csv, replace || CsvExporter.wroteBy(csv, Nianbao.SPEC), out -> Files.copy(rows, out));
    }
    return new MergeResult(book.reports(), book.failures(), crossYear, toLook.size());
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
}
