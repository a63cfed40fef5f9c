package org.nianbao.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Locale;
import org.nianbao.Nianbao;
import org.nianbao.message.Message;
import org.nianbao.model.Report;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false)
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand NianbaoCommand parent;

  @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
  List<String> files;

  @Option(names = "--seconds", paramLabel = "S", descriptionKey = "seconds")
  double seconds = 10;

  @Option(names = "--warmup", paramLabel = "S", descriptionKey = "warmup")
  double warmup = 5;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> paths = Inputs.expand(files).files();
    List<byte[]> inputs = new ArrayList<>();
    long bytes = 0;
    for (Path p : paths) {
      byte[] b = Files.readAllBytes(p);
      inputs.add(b);
      bytes += b.length;
    }
    Pipeline pipeline = Pipeline.standard();
    loop(pipeline, paths, inputs, warmup);
    long start = System.nanoTime();
    long n = loop(pipeline, paths, inputs, seconds);
    double elapsed = (System.nanoTime() - start) / 1e9;
    out.println(parent.messages.render(Message.of("cli.bench", n, paths.size(), String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / Math.max(1, paths.size())),
        String.format(Locale.ROOT, "%.2f", elapsed), String.format(Locale.ROOT, "%.0f", n / elapsed))));
    out.flush();

    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      outcomes.add(pipeline.run(paths.get(i).toString(), inputs.get(i)));
    }
    List<Report> reports = outcomes.stream().flatMap(o -> o.report().stream()).toList();
    if (!reports.isEmpty()) {
      ByteArrayOutputStream sink = new ByteArrayOutputStream(1 << 16);
      timed(out, "cli.bench_workbooks", reports, r -> {
        sink.reset();
        Nianbao.writeWorkbook(r, sink);
        return sink.size();
      });
    }
    timed(out, "cli.bench_json", outcomes, o -> Nianbao.json(o).length());
    return ExitCodes.OK;
  }

  /** One way to write what was read, timed over and over like the reading: one line with the milliseconds each. */
  private interface Output<T> {
    int write(T read) throws IOException;
  }

  private <T> void timed(PrintWriter out, String message, List<T> read, Output<T> output) throws IOException {
    repeat(read, output, warmup);
    long start = System.nanoTime();
    long n = repeat(read, output, seconds);
    double elapsed = (System.nanoTime() - start) / 1e9;
    out.println(parent.messages.render(Message.of(message, n, String.format(Locale.ROOT, "%.2f", elapsed), String.format(Locale.ROOT, "%.2f", elapsed * 1000 / n))));
    out.flush();
  }

  /** Writes each of {@code read} over and over for about {@code seconds}; returns how many were written. */
  private static <T> long repeat(List<T> read, Output<T> output, double seconds) throws IOException {
    long until = System.nanoTime() + (long) (seconds * 1e9);
    long n = 0;
    long bytes = 0;
    do {
      for (T r : read) {
        bytes += output.write(r);
        n++;
      }
    } while (System.nanoTime() < until);
    return bytes >= 0 ? n : -1;
  }

  /** Reads every input over and over for about {@code seconds}, through checks; returns how many reports were read. */
  private static long loop(Pipeline pipeline, List<Path> paths, List<byte[]> inputs, double seconds) {
    long until = System.nanoTime() + (long) (seconds * 1e9);
    long n = 0;
    long sink = 0;
    while (System.nanoTime() < until) {
      for (int i = 0; i < inputs.size(); i++) {
        Outcome o = pipeline.run(paths.get(i).toString(), inputs.get(i));
        sink += o.report().map(r -> r.values().size()).orElse(0);
        n++;
      }
    }
    return sink >= 0 ? n : -1;
  }
}
