package org.nianbao.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A page's elements are counted from its tags before it is parsed: real pages hold far fewer than the limit. */
class PageSizeTest {
  @Test
  void countsStartTagsOnly() {
    assertEquals(8, PageSize.elements("<html><body><div><table><tr><td>1<td>2</table></div><br>"));
    assertEquals(4, PageSize.elements("<p>a<p>b<div/><!-- c --> 1 < 2 <b>x</b>"));
    assertEquals(3_000_000, PageSize.elements("<table><tr><td>".repeat(1_000_000)));
  }

  @Test
  void realPagesHoldLessThanATenthOfTheLimit() throws Exception {
    long most = 0;
    for (Path root : List.of(Path.of("test-data"), Path.of("../shared/corpus"))) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> all = Files.walk(root)) {
        for (Path p : all.filter(f -> f.toString().matches(".*\\.html?$") && !f.toString().contains("/hostile/")).toList()) {
          most = Math.max(most, PageSize.elements(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)));
        }
      }
    }
    System.out.printf("page size: at most %,d elements, limit %,d%n", most, PageSize.MAX_ELEMENTS);
    assertTrue(most * 10 < PageSize.MAX_ELEMENTS, most + " elements");
  }
}
