package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nianbao.read.front.Readers;
import org.nianbao.document.Picture;

/**
 * The limits of {@link Budget.Limits#STANDARD} are far above what real reports cost: every report
 * of test-data (the pictures of the scans counted, not read) and of the shared corpus when it
 * is at hand is read under a budget without limits, and none may use a tenth of any limit. Prints
 * the largest of each, which docs/limits.md quotes.
 */
class BudgetHeadroomTest {
  private static final Budget.Limits NONE = new Budget.Limits(Long.MAX_VALUE / 4_000_000, 0, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);
  private static final Readers READERS = Readers.standard(false, (s, m) -> { });

  @Test
  void realReportsUseLessThanATenthOfEveryLimit() throws Exception {
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(Path.of("test-data"), Path.of("../shared/corpus"))) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> all = Files.walk(root)) {
          all.filter(Files::isRegularFile).filter(BudgetHeadroomTest::report).sorted().forEach(files::add);
        }
      }
    }
    Map<Budget.Work, Long> most = new EnumMap<>(Budget.Work.class);
    Map<Budget.Work, Path> where = new EnumMap<>(Budget.Work.class);
    List<String> over = new ArrayList<>();
    for (Path f : files) {
      Budget budget = new Budget(NONE);
      CompletableFuture<Long> pictures = new CompletableFuture<>();
      Budget.workers("headroom").newThread(() -> budget.apply(() -> {
        try {
          pictures.complete(READERS.read(f).blocks().stream().filter(b -> b instanceof Picture p && p.hasPixels()).count());
        } catch (ReadException | RuntimeException e) {
          // Files that are not reports (a picture file when pictures are not read, the region lists) cost what they cost until then.
          pictures.complete(f.toString().matches(".*\\.(png|jpe?g|gif|bmp|tiff?)$") ? 1L : 0L);
        }
      })).start();
      long read = pictures.get();
      for (Budget.Work w : Budget.Work.values()) {
        // Pictures are counted as they would be read: the readers here leave them unread.
        long spent = w == Budget.Work.PICTURES ? read : budget.spent(w);
        if (spent > most.getOrDefault(w, -1L)) {
          most.put(w, spent);
          where.put(w, f);
        }
        if (spent * 10 > Budget.Limits.STANDARD.of(w)) {
          over.add(f + ": " + w + " " + spent);
        }
      }
    }
    most.forEach((w, n) -> System.out.printf("headroom: %s at most %,d (%s), limit %,d%n", w, n, where.get(w), Budget.Limits.STANDARD.of(w)));
    System.out.println("headroom: " + files.size() + " files");
    assertTrue(over.isEmpty(), String.join("\n", over));
  }

  private static boolean report(Path p) {
    String name = p.getFileName().toString();
    return !name.endsWith(".json") && !name.endsWith(".md") && !name.endsWith(".py") && !name.endsWith(".sh") && !name.endsWith(".tsv")
        && !p.toString().contains("/hostile/");
  }
}
