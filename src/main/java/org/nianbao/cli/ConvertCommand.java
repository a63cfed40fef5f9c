package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.nianbao.Nianbao;
import org.nianbao.output.AtomicFiles;
import org.nianbao.output.SafeNames;
import org.nianbao.message.Message;
import org.nianbao.pipeline.Batch;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false)
final class ConvertCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand NianbaoCommand parent;

  @Mixin VerbosityMixin verbosity;

  @Mixin InputsMixin inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR/|FILE.xlsx", descriptionKey = "convert.output")
  String output;

  @Option(names = "--force", descriptionKey = "force")
  boolean force;

  /** Where one report's workbook goes, or why it was not written. */
  private record Written(Outcome outcome, Path target, Message problem, Throwable cause) {}

  @Override
  public Integer call() {
    boolean folder = output == null || Commands.isFolder(output);
    if (!folder) {
      Commands.requireExtension(spec.commandLine(), parent.messages, output, ".xlsx", "cli.output.not_xlsx");
    }
    Inputs.Expanded in = inputs.expanded();
    RunLog log = new RunLog(spec.commandLine().getErr(), parent.messages, verbosity.verbose, in.files(), Terminal.stderrIsTerminal());
    if (Commands.nothingToRead(in, log)) {
      return ExitCodes.USAGE;
    }
    if (!folder && in.files().size() != 1) {
      throw new ParameterException(spec.commandLine(), parent.messages.render(Message.of("cli.output.one_for_many", output, in.files().size())));
    }
    log.skipped(in.skipped());
    PrintWriter out = spec.commandLine().getOut();
    Path dir = Path.of(output == null ? "." : output);
    Path folderWritten = folder ? dir : dir.toAbsolutePath().getParent();
    // Temporary files a run killed outright left where this one writes.
    AtomicFiles.sweep(folderWritten, false);
    // Workbooks are written while later reports are still being read. Names are given in input
    // order, so two reports of one agency and year get the same names on every run.
    List<CompletableFuture<Written>> writes = new ArrayList<>();
    Set<Path> taken = new HashSet<>();
    ExecutorService writers = Executors.newFixedThreadPool(Math.max(1, inputs.jobs));
    // Each workbook is named as soon as it and those before it are written, in input order,
    // while later reports are still being read: a long batch says what it has done.
    int[] said = {0};
    Runnable sayDone = () -> {
      synchronized (said) {
        while (said[0] < writes.size() && writes.get(said[0]).isDone()) {
          done(writes.get(said[0]++).join(), out, log);
        }
      }
    };
    try (Interruption signal = Interruption.install(() -> AtomicFiles.sweep(folderWritten, true))) {
      try {
        new Batch(inputs.pipeline(log), inputs.jobs).run(in.files(), o -> {
          log.read(o);
          if (o.report().isPresent()) {
            Path target = folder ? target(dir, o, taken, log) : dir;
            CompletableFuture<Written> w = CompletableFuture.supplyAsync(() -> write(o, target, log), writers);
            synchronized (said) {
              writes.add(w);
            }
            w.thenRun(sayDone);
          }
        }, log::readAsPart);
        CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).get();
        sayDone.run();
      } catch (CancellationException | InterruptedException e) {
        // Ctrl+C: the workbooks being written are given up (their temporary files removed), those written are kept and named.
        writers.shutdownNow();
        awaitQuietly(writers);
        synchronized (said) {
          for (; said[0] < writes.size(); said[0]++) {
            CompletableFuture<Written> w = writes.get(said[0]);
            if (w.isDone() && !w.isCompletedExceptionally() && w.join().problem() == null) {
              done(w.join(), out, log);
            }
          }
        }
        AtomicFiles.sweep(folderWritten, true);
        out.flush();
        log.stopped();
        log.summary(true);
        return Interruption.EXIT;
      } catch (ExecutionException e) {
        // write() returns every failure as its result: a defect of ours.
        throw new IllegalStateException(e.getCause());
      }
    } finally {
      writers.shutdown();
    }
    out.flush();
    log.summary(true);
    return log.exitCode();
  }

  private void done(Written w, PrintWriter out, RunLog log) {
    if (w.problem() == null) {
      log.wrote();
      log.above(() -> {
        out.println(parent.messages.render(Message.of("cli.converted", w.outcome().file(), w.target())));
        out.flush();
      });
    } else {
      log.notWritten(w.outcome(), w.problem(), w.cause());
    }
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      pool.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Writes the workbook; where the target is nianbao's workbook a person corrected, the corrections
   * are carried into the new one (or, with --force, dropped), and the user is told.
   */
  private Written write(Outcome o, Path target, RunLog log) {
    try {
      Nianbao.Carried c = Nianbao.carryCorrections(o.report().orElseThrow(), target, force);
      Nianbao.writeWorkbook(c.report(), target, force || c.replace());
      c.said().forEach(log::line);
      return new Written(o, target, null, null);
    } catch (IOException e) {
      return new Written(o, target, AtomicFiles.cannotWrite(target, e).reason(), null);
    } catch (RuntimeException e) {
      return new Written(o, target, Message.of("error.internal_write", e.getClass().getSimpleName()), e);
    }
  }

  /**
   * The workbook's path in the folder, named from agency and year; two reports of one agency and
   * year in one run get distinct names. Where the system's locale cannot write a Chinese name
   * ({@code LANG=C}), the input's own name is used instead, and the user is told.
   */
  private static Path target(Path dir, Outcome o, Set<Path> taken, RunLog log) {
    String stem = stem(o.file());
    try {
      return unique(dir, Nianbao.workbookName(o.report().orElseThrow(), stem), taken);
    } catch (InvalidPathException e) {
      Path p = unique(dir, stem.chars().allMatch(c -> c < 128) ? SafeNames.stem(stem, "report") + ".xlsx" : "report.xlsx", taken);
      log.line(Message.of("cli.output.ascii_name", p));
      return p;
    }
  }

  private static Path unique(Path dir, String name, Set<Path> taken) {
    Path p = dir.resolve(name);
    String base = name.substring(0, name.length() - ".xlsx".length());
    for (int n = 2; !taken.add(p); n++) {
      p = dir.resolve(base + "-" + n + ".xlsx");
    }
    return p;
  }

  private static String stem(String file) {
    String name = file.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
  }
}
