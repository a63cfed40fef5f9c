package org.nianbao;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.export.JsonLinesWriter;
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
}
