package org.nianbao.pipeline;

import org.nianbao.model.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Many inputs through one pipeline in parallel. Outcomes come back in input order, one per input;
 * a bad input never stops the others. A report can be several files (a page and its next pages,
 * its attachments, its frames): a file of the batch that another input of it read as its part is
 * not given again as a report of its own.
 */
public final class Batch {
  /** Files read ahead of the sink per thread: enough to keep every thread busy. */
  private static final int READ_AHEAD = 4;

  private final Pipeline pipeline;
  private final int threads;

  public Batch(Pipeline pipeline, int threads) {
    this.pipeline = pipeline;
    this.threads = Math.max(1, threads);
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "nianbao-batch");
    t.setDaemon(true);
    return t;
  }

  /** Runs every file and hands each outcome to {@code sink} (see {@link #run(List, Consumer, BiConsumer)}). */
  public void run(List<Path> files, Consumer<Outcome> sink) {
    run(files, sink, (part, report) -> { });
  }

  /**
   * Runs every file and hands each outcome to {@code sink} in input order, as soon as it and those
   * before it are done. At most a few files per thread are read ahead of the sink, so a slow sink
   * (a workbook being written) never makes finished reports pile up in memory. A file that a web
   * page of the batch links to (and so may read as its part) is held until every input is read:
   * then, if some report read it as its part, {@code readAsPart} is told (the file's own outcome,
   * the report's) instead of the sink; else it goes to the sink, after the others. Interrupting the
   * thread that runs the batch (Ctrl+C) stops it: the inputs in hand are given up, and it throws
   * {@link CancellationException}.
   */
  public void run(List<Path> files, Consumer<Outcome> sink, BiConsumer<Outcome, Outcome> readAsPart) {
    Set<Integer> mayBeParts = mayBeParts(files, pipeline::namesLinked);
    Map<Path, Outcome> partOf = new HashMap<>();
    List<Integer> held = new ArrayList<>();
    Map<Integer, Outcome> heldOutcomes = new HashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, Batch::daemon);
    try {
      Deque<CompletableFuture<Outcome>> pending = new ArrayDeque<>();
      int next = 0;
      int done = 0;
      while (next < files.size() || !pending.isEmpty()) {
        while (next < files.size() && pending.size() < threads * READ_AHEAD) {
          Path f = files.get(next++);
          pending.add(CompletableFuture.supplyAsync(() -> pipeline.run(f), pool));
        }
        Outcome o = next(pending.poll());
        int index = done++;
        o.parts().forEach(p -> partOf.putIfAbsent(p, o));
        if (mayBeParts.contains(index)) {
          held.add(index);
          heldOutcomes.put(index, o);
        } else {
          sink.accept(o);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    for (int i : held) {
      Outcome o = heldOutcomes.get(i);
      Outcome owner = partOf.get(real(files.get(i)));
      if (owner != null && owner != o) {
        readAsPart.accept(o, owner);
      } else {
        sink.accept(o);
      }
    }
  }

  /**
   * The inputs a web page of the batch may read as its parts: each one inside the folder of a page
   * (where its parts are looked for) whose name, or name without extension, the page links to or
   * shows as a link's text. A cheap look at the page's text, no reading: more may be held than are
   * read as parts, none read as a part is missed. Only pages that have other inputs in their folder
   * are looked at, and each input is found by its name, so a large batch costs little.
   */
  static Set<Integer> mayBeParts(List<Path> files, Function<Path, Set<String>> namesLinked) {
    List<Path> reals = files.stream().map(Batch::real).toList();
    Map<Path, Integer> under = new HashMap<>();
    Map<String, List<Integer>> byName = new HashMap<>();
    for (int j = 0; j < files.size(); j++) {
      for (Path p = reals.get(j).getParent(); p != null; p = p.getParent()) {
        under.merge(p, 1, Integer::sum);
      }
      for (Path name : List.of(reals.get(j), files.get(j))) {
        if (name.getFileName() != null) {
          String n = name.getFileName().toString();
          int dot = n.lastIndexOf('.');
          byName.computeIfAbsent(n, k -> new ArrayList<>()).add(j);
          if (dot > 0) {
            byName.computeIfAbsent(n.substring(0, dot), k -> new ArrayList<>()).add(j);
          }
        }
      }
    }
    Set<Integer> out = new TreeSet<>();
    for (int i = 0; i < files.size(); i++) {
      Path folder = reals.get(i).getParent();
      if (folder == null || under.getOrDefault(folder, 0) < 2 || Files.isDirectory(reals.get(i))) {
        continue;
      }
      for (String name : namesLinked.apply(files.get(i))) {
        for (int j : byName.getOrDefault(name, List.of())) {
          if (j != i && reals.get(j).startsWith(folder) && !reals.get(j).equals(reals.get(i))) {
            out.add(j);
          }
        }
      }
    }
    return out;
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  private static Outcome next(CompletableFuture<Outcome> outcome) {
    try {
      return outcome.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("stopped");
    } catch (ExecutionException e) {
      // The pipeline never throws: a defect of ours.
      throw new IllegalStateException(e.getCause());
    }
  }
}
