import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Compares the speed of two builds in one JVM, taking turns of half a second each, so a machine
 * whose speed drifts (this one's varies twofold within an hour) slows both alike. Each build is
 * loaded from its runnable jar in a class loader of its own. By default it reads the files, held
 * in memory, through its standard pipeline (read, normalise, extract, checks; no JSON, no
 * workbook); with {@code --workbooks} it reads them once and then writes their workbooks to
 * memory, turn by turn.
 *
 * <p>Usage: {@code java -Xss4m bench/Interleaved.java [--workbooks] OLD.jar NEW.jar FILE...} (40
 * turns each, the first 6 warming up).
 */
public class Interleaved {
  /** One unit of work of one build: a report read, or a workbook written. */
  private interface Work {
    void run(int i) throws Exception;
  }

  public static void main(String[] arguments) throws Exception {
    boolean workbooks = arguments.length > 0 && arguments[0].equals("--workbooks");
    String[] args = workbooks ? Arrays.copyOfRange(arguments, 1, arguments.length) : arguments;
    if (args.length < 3) {
      System.err.println("usage: java -Xss4m bench/Interleaved.java [--workbooks] OLD.jar NEW.jar FILE...");
      System.exit(2);
    }
    List<String> names = new ArrayList<>();
    List<byte[]> inputs = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      names.add(args[i]);
      inputs.add(Files.readAllBytes(Path.of(args[i])));
    }
    Work[] work = new Work[2];
    int[] units = new int[2];
    for (int k = 0; k < 2; k++) {
      ClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[k]).toUri().toURL()}, null);
      Class<?> pipeline = loader.loadClass("org.nianbao.pipeline.Pipeline");
      Object standard = pipeline.getMethod("standard").invoke(null);
      Method run = pipeline.getMethod("run", String.class, byte[].class);
      if (!workbooks) {
        work[k] = i -> run.invoke(standard, names.get(i), inputs.get(i));
        units[k] = inputs.size();
        continue;
      }
      List<Object> reports = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        Object outcome = run.invoke(standard, names.get(i), inputs.get(i));
        ((Optional<?>) outcome.getClass().getMethod("report").invoke(outcome)).ifPresent(reports::add);
      }
      Method write = loader.loadClass("org.nianbao.Nianbao").getMethod("writeWorkbook", loader.loadClass("org.nianbao.model.Report"), OutputStream.class);
      work[k] = i -> write.invoke(null, reports.get(i), new ByteArrayOutputStream(1 << 16));
      units[k] = reports.size();
    }
    long[] done = new long[2];
    long[] nanos = new long[2];
    for (int turn = 0; turn < 40; turn++) {
      for (int k = 0; k < 2; k++) {
        long start = System.nanoTime();
        long until = start + 500_000_000L;
        long n = 0;
        while (System.nanoTime() < until) {
          for (int i = 0; i < units[k]; i++) {
            work[k].run(i);
            n++;
          }
        }
        if (turn >= 6) {
          done[k] += n;
          nanos[k] += System.nanoTime() - start;
        }
      }
    }
    for (int k = 0; k < 2; k++) {
      if (workbooks) {
        System.out.printf("%s: %.2f ms a workbook%n", args[k], nanos[k] / 1e6 / done[k]);
      } else {
        System.out.printf("%s: %.0f reports/s%n", args[k], done[k] / (nanos[k] / 1e9));
      }
    }
  }
}
