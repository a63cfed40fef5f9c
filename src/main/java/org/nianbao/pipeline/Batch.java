package org.nianbao.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Many inputs through one pipeline in parallel. Outcomes come back in input order, one per input;
 * a bad input never stops the others.
 */
public final class Batch {
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

  /** Runs every file and hands each outcome to {@code sink} in input order, as soon as it and those before it are done. */
  public void run(List<Path> files, Consumer<Outcome> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, Batch::daemon);
    try {
      List<CompletableFuture<Outcome>> pending = new ArrayList<>(files.size());
      for (Path f : files) {
        pending.add(CompletableFuture.supplyAsync(() -> pipeline.run(f), pool));
      }
      for (CompletableFuture<Outcome> p : pending) {
        sink.accept(p.join());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
