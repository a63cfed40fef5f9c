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
import java.util.stream.IntStream;
import org.nianbao.Nianbao;
import org.nianbao.message.Message;
import org.nianbao.model.Outcome;
import org.nianbao.model.Report;
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
    List<Integer> each = IntStream.range(0, inputs.size()).boxed().toList();
    Pass<Integer> read = i -> Nianbao.extract(paths.get(i).toString(), inputs.get(i)).report().map(r -> r.values().size()).orElse(0);
    repeat(each, read, warmup);
    long start = System.nanoTime();
    long n = repeat(each, read, seconds);
    double elapsed = (System.nanoTime() - start) / 1e9;
    out.println(parent.messages.render(Message.of("cli.bench", n, paths.size(), String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / Math.max(1, paths.size())),
        String.format(Locale.ROOT, "%.2f", elapsed), String.format(Locale.ROOT, "%.0f", n / elapsed))));
    out.flush();

    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      outcomes.add(Nianbao.extract(paths.get(i).toString(), inputs.get(i)));
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

  /** One pass over one item (reading an input, or writing what was read), returning a size the JIT cannot drop. */
  private interface Pass<T> {
    int run(T item) throws IOException;
  }

  /** Times {@code write} over what was read, warmed up like the reading, and prints the milliseconds each. */
  private <T> void timed(PrintWriter out, String message, List<T> read, Pass<T> write) throws IOException {
    repeat(read, write, warmup);
    long start = System.nanoTime();
    long n = repeat(read, write, seconds);
    double elapsed = (System.nanoTime() - start) / 1e9;
    out.println(parent.messages.render(Message.of(message, n, String.format(Locale.ROOT, "%.2f", elapsed), String.format(Locale.ROOT, "%.2f", elapsed * 1000 / n))));
    out.flush();
  }

  /** Runs {@code pass} on each of {@code items} over and over for about {@code seconds} (at least once); returns how many passes ran. */
  private static <T> long repeat(List<T> items, Pass<T> pass, double seconds) throws IOException {
    long until = System.nanoTime() + (long) (seconds * 1e9);
    long n = 0;
    long sizes = 0;
    do {
      for (T item : items) {
        sizes += pass.run(item);
        n++;
      }
    } while (System.nanoTime() < until);
    return sizes >= 0 ? n : -1;
  }
}
