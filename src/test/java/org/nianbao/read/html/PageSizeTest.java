package org.nianbao.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nianbao.read.OverBudget;

/** A page's cost is told from its tags before it is parsed: real pages are far below the limits, hostile ones refused. */
class PageSizeTest {
  @Test
  void countsElementsAndTheDepthOfThoseOnlyTheirEndTagCloses() {
    assertEquals(new PageSize.Estimate(8, 2), PageSize.of("<html><body><div><table><tr><td>1<td>2</table></div><br>"));
    assertEquals(new PageSize.Estimate(4, 1), PageSize.of("<p>a<p>b<div/><!-- c --> 1 < 2 <b>x"));
    assertEquals(new PageSize.Estimate(3_000_000, 1_000_000), PageSize.of("<table><tr><td>".repeat(1_000_000)));
  }

  @Test
  void refusesPagesBeyondAnyReportBeforeTheyAreParsed() {
    OverBudget deep = assertThrows(OverBudget.class, () -> PageSize.check("<div>".repeat(20_000)));
    assertEquals("budget.page_depth", deep.reason().code());
    OverBudget many = assertThrows(OverBudget.class, () -> PageSize.check("<p>1</p>".repeat(400_000)));
    assertEquals("budget.page_elements", many.reason().code());
  }

  @Test
  void realPagesUseLessThanATenthOfEitherLimit() throws Exception {
    long elements = 0;
    int depth = 0;
    for (Path root : List.of(Path.of("test-data"), Path.of("../shared/corpus"))) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> all = Files.walk(root)) {
        for (Path p : all.filter(f -> f.toString().matches(".*\\.html?$") && !f.toString().contains("/hostile/")).toList()) {
          PageSize.Estimate e = PageSize.of(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
          elements = Math.max(elements, e.elements());
          depth = Math.max(depth, e.depth());
        }
      }
    }
    System.out.printf("page size: at most %,d elements and %,d deep%n", elements, depth);
    assertTrue(elements * 10 < PageSize.MAX_ELEMENTS && depth * 10 < PageSize.MAX_DEPTH, elements + " elements, " + depth + " deep");
  }
}
