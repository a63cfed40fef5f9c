package org.nianbao.pipeline;

import org.nianbao.model.Outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.message.Message;
import org.nianbao.read.Budget;
import org.nianbao.testing.HostileFiles;

/**
 * Inputs made to cost work out of all proportion to their size (test-data/hostile/make-hostile.py,
 * {@link HostileFiles}) end with one plain line saying which limit they passed, never an internal
 * error, and the work on them stops; the reports beside them in a batch are read as ever.
 */
class HostileInputsTest {
  private static final Pipeline PIPELINE = Pipeline.standard(false, (s, m) -> { });

  @TempDir Path dir;

  @Test
  void eachHostileInputEndsWithOneLineNamingTheLimitItPassed() {
    Map<String, String> limits = Map.of("forms-draw-themselves.pdf", "budget.operations", "shared-stream.pdf", "budget.stream",
        "empty-paragraphs.docx", "budget.paragraphs", "nested-tables.html", "budget.page_elements");
    HostileFiles.all(1).forEach((name, bytes) -> {
      Outcome o = PIPELINE.run(name, bytes);
      assertEquals("error.over_budget", o.error().orElseThrow().code(), name);
      assertEquals(limits.get(name), limit(o), name);
      assertTrue(o.cause().isEmpty(), name);
      String line = o.error().get().zh();
      assertTrue(line.startsWith("超出处理限度：") && !line.contains("\n") && !line.contains("内部出错"), line);
    });
  }

  @Test
  void smallerAndLargerCopiesEndTheSameWay() {
    for (double scale : new double[] {0.1, 1.05}) {
      HostileFiles.all(scale).forEach((name, bytes) -> {
        Outcome o = PIPELINE.run(name, bytes);
        assertFalse(o.ok(), name + " at " + scale);
        assertTrue(o.cause().isEmpty(), name + " at " + scale + ": " + o.error());
        assertTrue(o.error().orElseThrow().code().matches("error\\.(over_budget|too_large)"), name + " at " + scale + ": " + o.error().get().zh());
      });
    }
  }

  @Test
  void anInputOutOfTimeIsGivenUpAndItsWorkStops() throws Exception {
    Pipeline quick = PIPELINE.limitedTo(new Budget.Limits(300, 0, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE));
    Outcome o = quick.run("forms-draw-themselves.pdf", HostileFiles.formsDrawThemselves());
    assertEquals("error.over_budget", o.error().orElseThrow().code());
    assertEquals("budget.time", limit(o));
    // Its thread leaves PDFBox at its next look at the budget, and waits in the pool for another input.
    long until = System.nanoTime() + 5_000_000_000L;
    while (drawing() && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    assertFalse(drawing(), "the input's thread still works");
  }

  @Test
  void theReportsBesideThemInABatchAreReadAsEver() throws IOException {
    List<Path> good = List.of(Path.of("test-data/reports/haining-2020.txt"), Path.of("test-data/forms/haining-2020.pdf"));
    List<Path> files = new ArrayList<>(good);
    for (Map.Entry<String, byte[]> e : HostileFiles.all(1).entrySet()) {
      files.add(1, Files.write(dir.resolve(e.getKey()), e.getValue()));
    }
    List<Outcome> out = new ArrayList<>();
    new Batch(PIPELINE, 2).run(files, out::add);
    assertEquals(files.size(), out.size());
    assertEquals(PIPELINE.run(good.get(0)).report(), out.get(0).report());
    assertEquals(PIPELINE.run(good.get(1)).report(), out.get(out.size() - 1).report());
    out.subList(1, out.size() - 1).forEach(o -> assertEquals("error.over_budget", o.error().orElseThrow().code(), o.file()));
  }

  /** Whether a thread inputs are worked on is still in PDFBox. */
  private static boolean drawing() {
    return Thread.getAllStackTraces().entrySet().stream().anyMatch(e -> e.getKey().getName().equals("nianbao-input")
        && java.util.Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith("org.apache.pdfbox")));
  }

  private static String limit(Outcome o) {
    return ((Message) o.error().orElseThrow().args().get(0)).code();
  }
}
