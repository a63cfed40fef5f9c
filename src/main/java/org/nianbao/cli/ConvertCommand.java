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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.nianbao.Nianbao;
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
    RunLog log = new RunLog(spec.commandLine().getErr(), parent.messages, verbosity.verbose, in.files().size(), false);
    if (Commands.nothingToRead(in, log)) {
      return ExitCodes.USAGE;
    }
    if (!folder && in.files().size() != 1) {
      throw new ParameterException(spec.commandLine(), parent.messages.render(Message.of("cli.output.one_for_many", output, in.files().size())));
    }
    log.skipped(in.skipped());
    PrintWriter out = spec.commandLine().getOut();
    Path dir = Path.of(output == null ? "." : output);
    // Workbooks are written while later reports are still being read. Names are given in input
    // order, so two reports of one agency and year get the same names on every run.
    List<CompletableFuture<Written>> writes = new ArrayList<>();
    Set<Path> taken = new HashSet<>();
    ExecutorService writers = Executors.newFixedThreadPool(Math.max(1, inputs.jobs));
    try {
      new Batch(inputs.pipeline(log), inputs.jobs).run(in.files(), o -> {
        log.read(o);
        if (o.report().isPresent()) {
          Path target = folder ? target(dir, o, taken, log) : dir;
          writes.add(CompletableFuture.supplyAsync(() -> write(o, target), writers));
        }
      }, log::readAsPart);
      for (CompletableFuture<Written> w : writes) {
        Written done = w.join();
        if (done.problem() == null) {
          log.wrote();
          out.println(parent.messages.render(Message.of("cli.converted", done.outcome().file(), done.target())));
        } else {
          log.notWritten(done.outcome().file(), done.problem(), done.cause());
        }
      }
    } finally {
      writers.shutdown();
    }
    out.flush();
    log.summary(true);
    return log.exitCode();
  }

  private Written write(Outcome o, Path target) {
    try {
      Nianbao.writeWorkbook(o.report().orElseThrow(), target, force);
      return new Written(o, target, null, null);
    } catch (IOException e) {
      return new Written(o, target, Commands.why(e), null);
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
      Path p = unique(dir, stem.chars().allMatch(c -> c < 128) ? stem + ".xlsx" : "report.xlsx", taken);
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
