package org.nianbao;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.export.JsonLinesWriter;
import org.nianbao.internal.AtomicFiles;
import org.nianbao.internal.SafeNames;
import org.nianbao.model.Report;
import org.nianbao.spec.ReportSpec;
import org.nianbao.workbook.ReportWorkbookWriter;
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
  /** Stateless once built, and costly to build: one for every call. */
  private static final JsonLinesWriter JSON = new JsonLinesWriter();

  /** The templates never change while running: loaded once. */
  private static final ReportWorkbookWriter WORKBOOK = new ReportWorkbookWriter(ReportSpec.load());

  private Nianbao() {}

  /** Reads one report file; never throws for a bad file, the outcome says what went wrong. */
  public static Outcome extract(Path file) {
    return Pipeline.standard().run(file);
  }

  /** Reads many files in parallel; one outcome per file, in input order. */
  public static List<Outcome> extract(List<Path> files) {
    List<Outcome> out = new ArrayList<>(files.size());
    new Batch(Pipeline.standard(), Runtime.getRuntime().availableProcessors()).run(files, out::add);
    return out;
  }

  /** The {@code extract} JSON line for an outcome (spec/README.md). */
  public static String json(Outcome o) {
    return o.report().map(JSON::line).orElseGet(() -> JSON.errorLine(o.file(), o.error().orElse("unknown error")));
  }

  /**
   * Writes the workbook of a report to {@code target}, atomically; an existing file is replaced only
   * when {@code replace} is set.
   */
  public static void writeWorkbook(Report report, Path target, boolean replace) throws IOException {
    AtomicFiles.write(target, replace, out -> WORKBOOK.write(report, out));
  }

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
}
