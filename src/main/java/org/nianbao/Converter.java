package org.nianbao;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.nianbao.message.Message;
import org.nianbao.model.Outcome;
import org.nianbao.output.AtomicFiles;
import org.nianbao.output.SafeNames;
import org.nianbao.pipeline.Batch;
import org.nianbao.pipeline.Pipeline;

/**
 * Many reports read and their workbooks written: each workbook written while later reports are
 * still being read, and told to the listener as soon as it and those before it are written, in
 * input order, so a long batch says what it has done. One conversion, used once.
 */
final class Converter {
  private final ReadOptions read;
  private final ConvertOptions options;
  private final ConvertListener listener;
  private final List<CompletableFuture<Converted>> writes = new ArrayList<>();
  /** Workbook names given so far, in input order: two reports of one agency and year get the same names on every run. */
  private final Set<Path> taken = new HashSet<>();
  /** How many of {@link #writes} the listener was told of (guarded by {@code writes}). */
  private int told;

  Converter(ReadOptions read, ConvertOptions options, ConvertListener listener) {
    this.read = read;
    this.options = options;
    this.listener = listener;
  }

  void run(Pipeline pipeline, List<Path> files) {
    Path folder = options.folderWritten();
    // Temporary files a run killed outright left where this one writes.
    AtomicFiles.sweep(folder, false);
    ExecutorService writers = Executors.newFixedThreadPool(read.threads());
    try {
      new Batch(pipeline, read.threads()).run(files, o -> started(o, writers), read.readAsPart());
      CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).get();
      tellDone();
    } catch (CancellationException | InterruptedException e) {
      stop(writers, folder);
      throw new CancellationException("stopped");
    } catch (ExecutionException e) {
      // write() returns every failure as its result: a defect of ours.
      throw new IllegalStateException(e.getCause());
    } finally {
      writers.shutdown();
    }
  }

  /** One input read: told, and its workbook, if it has one, started on a writer. */
  private void started(Outcome o, ExecutorService writers) {
    listener.read(o);
    if (o.report().isPresent()) {
      Path target = options.folder() ? target(o) : options.output();
      CompletableFuture<Converted> w = CompletableFuture.supplyAsync(() -> write(o, target), writers);
      synchronized (writes) {
        writes.add(w);
      }
      w.thenRun(this::tellDone);
    }
  }

  /** Tells the listener of the workbooks written since, up to the first still being written. */
  private void tellDone() {
    synchronized (writes) {
      while (told < writes.size() && writes.get(told).isDone()) {
        listener.written(writes.get(told++).join());
      }
    }
  }

  /** Ctrl+C: the workbooks being written are given up (their temporary files removed), those written are kept and told. */
  private void stop(ExecutorService writers, Path folder) {
    writers.shutdownNow();
    // The writers given up remove their temporary files as they stop: waited for (a little), though this thread was interrupted.
    boolean interrupted = Thread.interrupted();
    try {
      writers.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      interrupted = true;
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    synchronized (writes) {
      for (; told < writes.size(); told++) {
        CompletableFuture<Converted> w = writes.get(told);
        if (w.isDone() && !w.isCompletedExceptionally() && w.join().written()) {
          listener.written(w.join());
        }
      }
    }
    AtomicFiles.sweep(folder, true);
  }

  /**
   * Writes the workbook; where the target is nianbao's workbook a person corrected, the corrections
   * are carried into the new one (or, when replacing, dropped), and the listener is told.
   */
  private Converted write(Outcome o, Path target) {
    try {
      CarriedCorrections c = CarriedCorrections.of(o.report().orElseThrow(), target, options.replace());
      Nianbao.writeWorkbook(c.report(), target, options.replace() || c.replace());
      c.said().forEach(listener::said);
      return new Converted(o, target, Optional.empty(), Optional.empty());
    } catch (CannotWriteException e) {
      return new Converted(o, target, Optional.of(e.reason()), Optional.empty());
    } catch (IOException e) {
      return new Converted(o, target, Optional.of(AtomicFiles.cannotWrite(target, e).reason()), Optional.empty());
    } catch (RuntimeException e) {
      return new Converted(o, target, Optional.of(Message.of("error.internal_write", e.getClass().getSimpleName())), Optional.of(e));
    }
  }

  /**
   * The workbook's path in the folder, named from agency and year. Where the system's locale
   * cannot write a Chinese name ({@code LANG=C}), the input's own name is used instead, and the
   * listener is told.
   */
  private Path target(Outcome o) {
    String stem = stem(o.file());
    try {
      return unique(Nianbao.workbookName(o.report().orElseThrow(), stem));
    } catch (InvalidPathException e) {
      Path p = unique(stem.chars().allMatch(c -> c < 128) ? SafeNames.stem(stem, "report") + ".xlsx" : "report.xlsx");
      listener.said(Message.of("cli.output.ascii_name", p));
      return p;
    }
  }

  private Path unique(String name) {
    Path p = options.output().resolve(name);
    String base = name.substring(0, name.length() - ".xlsx".length());
    for (int n = 2; !taken.add(p); n++) {
      p = options.output().resolve(base + "-" + n + ".xlsx");
    }
    return p;
  }

  private static String stem(String file) {
    String name = file.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
  }
}
