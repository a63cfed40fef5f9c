package org.nianbao.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Many inputs through one pipeline in parallel. Outcomes come back in input order, one per input;
 * a bad input never stops the others.
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

  /**
   * Runs every file and hands each outcome to {@code sink} in input order, as soon as it and those
   * before it are done. At most a few files per thread are read ahead of the sink, so a slow sink
   * (a workbook being written) never makes finished reports pile up in memory. Interrupting the
   * thread that runs the batch (Ctrl+C) stops it: the inputs in hand are given up, and it throws
   * {@link CancellationException}.
   */
  public void run(List<Path> files, Consumer<Outcome> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, Batch::daemon);
    try {
      Deque<CompletableFuture<Outcome>> pending = new ArrayDeque<>();
      int next = 0;
      while (next < files.size() || !pending.isEmpty()) {
        while (next < files.size() && pending.size() < threads * READ_AHEAD) {
          Path f = files.get(next++);
          pending.add(CompletableFuture.supplyAsync(() -> pipeline.run(f), pool));
        }
        sink.accept(next(pending.poll()));
      }
    } finally {
      pool.shutdownNow();
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
