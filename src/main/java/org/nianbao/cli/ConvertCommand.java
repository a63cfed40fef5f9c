package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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
import org.nianbao.pipeline.Batch;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Write one Excel workbook per report: 概况, the three statutory tables laid out as the official form, 校验 with every balance check as a live formula, and 来源 with the source of every number.",
      "Workbooks are named from agency and year unless -o names a file. Existing files are kept unless --force."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every input was converted", "1:some input could not be read or written", "2:usage error"})
final class ConvertCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin VerbosityMixin verbosity;

  @Mixin InputsMixin inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE.xlsx|DIR", description = "The workbook to write (one input), or the folder to write them in (default: the current folder).")
  Path output;

  @Option(names = "--force", description = "Replace workbooks that already exist.")
  boolean force;

  @Override
  public Integer call() {
    List<Path> files = inputs.expanded();
    boolean single = output != null && output.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") && !Files.isDirectory(output);
    if (single && files.size() != 1) {
      throw new ParameterException(spec.commandLine(), "-o " + output + " names one workbook but there are " + files.size() + " inputs; give a folder");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = output == null ? Path.of(".") : output;
    // Workbooks are written while later reports are still being read. Names are given in input
    // order, so two reports of one agency and year get the same names on every run.
    List<Outcome> read = new ArrayList<>();
    List<Path> targets = new ArrayList<>();
    List<CompletableFuture<String>> problems = new ArrayList<>();
    Set<Path> taken = new HashSet<>();
    ExecutorService writers = Executors.newFixedThreadPool(Math.max(1, inputs.jobs));
    try {
      new Batch(Pipeline.standard(), inputs.jobs).run(files, o -> {
        Path target = o.report().map(r -> single ? output : unique(dir, Nianbao.workbookName(r, stem(o.file())), taken)).orElse(null);
        read.add(o);
        targets.add(target);
        problems.add(CompletableFuture.supplyAsync(() -> write(o, target), writers));
      });
      problems.forEach(CompletableFuture::join);
    } finally {
      writers.shutdown();
    }
    int failed = 0;
    for (int i = 0; i < read.size(); i++) {
      String problem = problems.get(i).join();
      if (problem == null) {
        out.println(read.get(i).file() + " -> " + targets.get(i));
      } else {
        failed++;
        err.println(read.get(i).file() + ": " + problem);
        read.get(i).cause().filter(c -> verbosity.verbose).ifPresent(c -> c.printStackTrace(err));
      }
    }
    out.flush();
    err.flush();
    return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  /** Writes one workbook; the problem in one line, or null when written. */
  private String write(Outcome o, Path target) {
    if (o.report().isEmpty()) {
      return o.error().orElse("");
    }
    try {
      Nianbao.writeWorkbook(o.report().get(), target, force);
      return null;
    } catch (IOException e) {
      return e.getMessage();
    } catch (RuntimeException e) {
      if (verbosity.verbose) {
        e.printStackTrace(spec.commandLine().getErr());
      }
      return "internal error while writing the workbook (" + e.getClass().getSimpleName() + "); please report this file";
    }
  }

  /** Two reports of one agency and year in one run get distinct names, never one over the other. */
  private static Path unique(Path dir, String name, Set<Path> taken) {
    Path p = dir.resolve(name);
    String stem = name.substring(0, name.length() - ".xlsx".length());
    for (int n = 2; !taken.add(p); n++) {
      p = dir.resolve(stem + "-" + n + ".xlsx");
    }
    return p;
  }

  private static String stem(String file) {
    String name = Path.of(file).getFileName().toString();
    return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
  }
}
