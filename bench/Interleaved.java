import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the reading speed of two builds in one JVM, taking turns of half a second each, so a
 * machine whose speed drifts (this one's varies twofold within an hour) slows both alike. Each
 * build is loaded from its runnable jar in a class loader of its own and reads the files, held in
 * memory, through its standard pipeline (read, normalise, extract, checks; no JSON, no workbook).
 *
 * <p>Usage: {@code java -Xss4m bench/Interleaved.java OLD.jar NEW.jar FILE...} (40 turns each,
 * the first 6 warming up).
 */
public class Interleaved {
  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: java -Xss4m bench/Interleaved.java OLD.jar NEW.jar FILE...");
      System.exit(2);
    }
    List<String> names = new ArrayList<>();
    List<byte[]> inputs = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      names.add(args[i]);
      inputs.add(Files.readAllBytes(Path.of(args[i])));
    }
    Object[] pipelines = new Object[2];
    Method[] run = new Method[2];
    for (int k = 0; k < 2; k++) {
      ClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[k]).toUri().toURL()}, null);
      Class<?> pipeline = loader.loadClass("org.nianbao.pipeline.Pipeline");
      pipelines[k] = pipeline.getMethod("standard").invoke(null);
      run[k] = pipeline.getMethod("run", String.class, byte[].class);
    }
    long[] reports = new long[2];
    long[] nanos = new long[2];
    for (int turn = 0; turn < 40; turn++) {
      for (int k = 0; k < 2; k++) {
        long start = System.nanoTime();
        long until = start + 500_000_000L;
        long n = 0;
        while (System.nanoTime() < until) {
          for (int i = 0; i < inputs.size(); i++) {
            run[k].invoke(pipelines[k], names.get(i), inputs.get(i));
            n++;
          }
        }
        if (turn >= 6) {
          reports[k] += n;
          nanos[k] += System.nanoTime() - start;
        }
      }
    }
    for (int k = 0; k < 2; k++) {
      System.out.printf("%s: %.0f reports/s%n", args[k], reports[k] / (nanos[k] / 1e9));
    }
  }
}
