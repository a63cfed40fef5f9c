package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.Nianbao;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure extraction speed in one JVM on one thread: the files are loaded into memory once, then read, normalised, extracted and written as JSON over and over.",
      "Prints reports per second after a warm-up."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files or folders.")
  List<Path> files;

  @Option(names = "--seconds", description = "How long to measure (default: ${DEFAULT-VALUE}).")
  double seconds = 10;

  @Option(names = "--warmup", description = "Seconds of warm-up before measuring (default: ${DEFAULT-VALUE}).")
  double warmup = 5;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> paths = Inputs.expand(files);
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
    out.printf("%d reports (%d files, %.1f KB on average) in %.2f s on 1 thread: %.0f reports/s%n",
        n, paths.size(), bytes / 1024.0 / Math.max(1, paths.size()), elapsed, n / elapsed);
    out.flush();
    return ExitCodes.OK;
  }

  private static long loop(Pipeline pipeline, List<Path> paths, List<byte[]> inputs, double seconds) {
    long until = System.nanoTime() + (long) (seconds * 1e9);
    long n = 0;
    long sink = 0;
    while (System.nanoTime() < until) {
      for (int i = 0; i < inputs.size(); i++) {
        Outcome o = pipeline.run(paths.get(i).toString(), inputs.get(i));
        sink += Nianbao.json(o).length();
        n++;
      }
    }
    return sink >= 0 ? n : -1;
  }
}
