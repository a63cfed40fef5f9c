package org.nianbao.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.nianbao.merge.ComparisonWorkbookWriter;
import org.nianbao.model.Report;
import org.nianbao.model.Outcome;
import org.nianbao.pipeline.Pipeline;
import org.nianbao.form.ReportSpec;
import org.nianbao.testing.TestReports;
import org.nianbao.workbook.ReportWorkbookWriter;
import org.nianbao.workbook.LayoutValues;
import org.nianbao.workbook.WorkbookRefused;
import org.nianbao.workbook.OwnWorkbooks;

/**
 * Damaged copies of every fixture report, made from a seed so any case can be made again, run
 * through extract and convert, and merged in batches: no internal error, no case over the time
 * bound, every workbook re-opened by POI and read back to the same values, every merge counting
 * every input, and no silent error (see {@link Oracle}) in any case.
 *
 * <p>{@code -Dfuzz.cases=N} (default 1,000), {@code -Dfuzz.seed=S}; {@code -Dfuzz.only=I} runs
 * case I alone and writes its bytes to {@code target/fuzz-case-I}; {@code -Dfuzz.shown=N} lists N problems; {@code -Dfuzz.seeds=forms/}
 * mutates only the fixtures whose path holds that text. bench/fuzz.sh runs 100,000.
 */
class FuzzTest {
  private static final ReportSpec SPEC = ReportSpec.load();
  private static final Pipeline PIPELINE = Pipeline.standard();
  /** Time one case may take for extract and convert together. */
  private static final long BOUND_MILLIS = 10_000;
  private static final int MERGE_BATCH = 1_000;
  private static final int HUGE_INPUT_EVERY = 10_000;
  private static final int SHOWN = Integer.getInteger("fuzz.shown", 15);
  /** Every case's workbook is read back through the layout, or with -Dfuzz.readBackEvery=N every Nth case's. */
  private static final int READ_BACK_EVERY = Integer.getInteger("fuzz.readBackEvery", 1);

  private static final Mutator.Kind[] BINARY_KINDS = {Mutator.Kind.RANDOM_BYTES, Mutator.Kind.TRUNCATE};

  private final List<String> problems = new ArrayList<>();
  private final Map<Mutator.Kind, Integer> byKind = new EnumMap<>(Mutator.Kind.class);
  private final Map<Mutator.Kind, Long> millisByKind = new EnumMap<>(Mutator.Kind.class);
  private ComparisonWorkbookWriter merge = new ComparisonWorkbookWriter(SPEC);
  private int inMerge;
  private int readable;
  private int workbooks;
  private int merges;
  private int readBack;
  private long slowest;

  /** What one case gave: the outcome, the silent errors, the workbook's problems, the time taken. */
  private record Result(Mutator.Case c, Outcome outcome, List<String> problems, long millis) {}

  @Test
  void damagedReportsNeverCrashHangOrPassAWrongNumberSilently() throws Exception {
    int cases = Integer.getInteger("fuzz.cases", 1_000);
    long seed = Long.getLong("fuzz.seed", 20_261_123L);
    Integer only = Integer.getInteger("fuzz.only");
    List<Seed> seeds = new ArrayList<>();
    String onlySeeds = System.getProperty("fuzz.seeds", "");
    for (Path p : TestReports.withAnswers()) {
      if (!p.toString().contains(onlySeeds)) {
        continue;
      }
      seeds.add(Seed.load(p, bytes -> PIPELINE.run(p.toString(), bytes).report().orElseThrow()));
    }

    long start = System.nanoTime();
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Result>> pending = new ArrayList<>();
      int from = only == null ? 0 : only;
      int to = only == null ? cases : only + 1;
      for (int i = from; i < to; i++) {
        int index = i;
        pending.add(pool.submit(() -> run(seeds, seed, index, only != null)));
        if (pending.size() >= threads * 4 || i == to - 1) {
          for (int k = 0; k < pending.size(); k++) {
            Result r;
            try {
              r = pending.get(k).get(BOUND_MILLIS * 6, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
              throw new AssertionError("a case among " + (i - pending.size() + 1) + ".." + i + " (number " + (i - pending.size() + 1 + k) + ") ran over " + BOUND_MILLIS * 6 + " ms", e);
            }
            record(r);
            addToMerge(r.outcome());
          }
          pending.clear();
        }
      }
      if (inMerge > 0) {
        checkMerge();
      }
    } finally {
      pool.shutdownNow();
    }
    int n = only == null ? cases : 1;
    System.out.printf("fuzz: %d cases (seed %d) in %.1f s on %d threads: %d read as reports, %d workbooks written and re-opened (%d of them read back), %d merges; "
            + "slowest case %d ms; %d problems%n  cases by mutation: %s%n  milliseconds by mutation: %s%n",
        n, seed, (System.nanoTime() - start) / 1e9, threads, readable, workbooks, readBack, merges, slowest, problems.size(), byKind, millisByKind);
    assertTrue(problems.isEmpty(), problems.size() + " problems, first ones:\n" + String.join("\n", problems.subList(0, Math.min(SHOWN, problems.size()))));
  }

  private static Result run(List<Seed> seeds, long seed, int index, boolean keep) throws IOException {
    Random rnd = new Random(seed * 1_000_003L + index);
    Seed s = seeds.get(rnd.nextInt(seeds.size()));
    Mutator.Kind[] kinds = Mutator.Kind.values();
    Mutator.Kind kind = index % HUGE_INPUT_EVERY == HUGE_INPUT_EVERY - 1 ? Mutator.Kind.HUGE_INPUT : kinds[rnd.nextInt(kinds.length - 1)];
    if (s.binary() && kind != Mutator.Kind.HUGE_INPUT) {
      // Word and PDF files have no lines to edit: their bytes are damaged or cut, and every cell must still read as in the undamaged file or be flagged.
      kind = BINARY_KINDS[rnd.nextInt(BINARY_KINDS.length)];
    }
    Mutator.Case c = new Mutator(s, rnd).mutate(index, kind);
    if (keep) {
      Files.write(Path.of("target", "fuzz-case-" + index), c.bytes());
      System.out.println("case " + index + ": " + s.name() + ", " + c.kind() + ": " + c.what() + "; right readings of touched fields: " + c.expected());
    }
    long t0 = System.nanoTime();
    Outcome o = PIPELINE.run("case " + index + " (" + s.name() + ", " + c.kind() + ": " + c.what() + ")", c.bytes());
    List<String> problems = new ArrayList<>();
    if (o.report().isPresent()) {
      Report r = o.report().get();
      Oracle.silentErrors(s, c, r).forEach(e -> problems.add("silent error: " + e));
      problems.addAll(workbookProblems(r, index % READ_BACK_EVERY == 0));
    }
    return new Result(c, o, problems, (System.nanoTime() - t0) / 1_000_000);
  }

  /**
   * The report's workbook must re-open in POI: every one is opened with POI's package reader and its
   * sheets parsed; every Nth is also read back through the layout to the same values.
   */
  private static List<String> workbookProblems(Report r, boolean readBack) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new ReportWorkbookWriter(SPEC).write(r, out);
      // A parser per workbook: JAXP factories and parsers are not safe to share between threads.
      SAXParser parser = SAXParserFactory.newInstance().newSAXParser();
      try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(out.toByteArray()))) {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
        int n = 0;
        while (sheets.hasNext()) {
          try (InputStream sheet = sheets.next()) {
            parser.parse(sheet, new DefaultHandler());
            n++;
          }
        }
        // Six sheets a person reads, and the hidden 原读数 nianbao reads back.
        if (n != 7) {
          return List.of("workbook has " + n + " sheets");
        }
      }
      if (!readBack) {
        return List.of();
      }
      Report back = new LayoutValues(SPEC).read(new ByteArrayInputStream(out.toByteArray()), r.file());
      List<String> wrong = new ArrayList<>();
      try {
        Optional<Report> reopened = new OwnWorkbooks(SPEC).reopen(r.file(), out.toByteArray());
        if (reopened.isEmpty() || !reopened.get().originals().isEmpty()) {
          wrong.add("workbook read back as input: " + reopened.map(x -> "corrections " + x.originals().keySet()).orElse("not recognised"));
        }
      } catch (WorkbookRefused e) {
        wrong.add("workbook read back as input refused: " + e.reason().zh());
      }
      r.values().forEach((field, v) -> {
        if (!Seed.reading(v).equals(Seed.reading(back.values().get(field)))) {
          wrong.add("workbook reads " + field + " back as " + Seed.reading(back.values().get(field)) + ", wrote " + Seed.reading(v));
        }
      });
      return wrong;
    } catch (IOException | RuntimeException | OpenXML4JException | ParserConfigurationException | SAXException e) {
      return List.of("workbook failed: " + e);
    }
  }

  private void record(Result r) {
    byKind.merge(r.c().kind(), 1, Integer::sum);
    millisByKind.merge(r.c().kind(), r.millis(), Long::sum);
    slowest = Math.max(slowest, r.millis());
    String name = r.outcome().file();
    r.outcome().cause().ifPresent(t -> problems.add(name + ": internal error " + t));
    if (r.millis() > BOUND_MILLIS) {
      problems.add(name + ": took " + r.millis() + " ms");
    }
    if (r.c().kind() == Mutator.Kind.HUGE_INPUT && r.outcome().ok()) {
      problems.add(name + ": a 50 MB input was not refused");
    }
    if (r.outcome().ok()) {
      readable++;
      workbooks++;
      readBack += r.c().index() % READ_BACK_EVERY == 0 ? 1 : 0;
    } else if (r.outcome().error().isEmpty()) {
      problems.add(name + ": failed without a reason");
    }
    r.problems().forEach(p -> problems.add(name + ": " + p));
  }

  private void addToMerge(Outcome o) {
    o.report().ifPresentOrElse(merge::add, () -> merge.addFailure(o.file(), o.error().orElseThrow().zh()));
    if (++inMerge == MERGE_BATCH) {
      checkMerge();
    }
  }

  /** Every input of the batch is a row of 汇总 or of 未能读取, and the workbook re-opens. */
  private void checkMerge() {
    int inputs = inMerge;
    ComparisonWorkbookWriter done = merge;
    merge = new ComparisonWorkbookWriter(SPEC);
    inMerge = 0;
    try {
      assertEquals(inputs, done.reports() + done.failures());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      done.write(out);
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
        int rows = wb.getSheet("汇总").getLastRowNum() + 1 - 3;
        int failed = 0;
        for (var row : wb.getSheet("未能读取")) {
          // A failure has a reason beside its file; an empty sheet says so in one cell.
          failed += row.getRowNum() > 0 && row.getCell(1) != null ? 1 : 0;
        }
        if (rows + failed != inputs) {
          problems.add("merge of " + inputs + " inputs shows " + rows + " reports and " + failed + " failures");
        }
      }
      merges++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
