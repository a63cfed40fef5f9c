package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Writing that fails for a cause outside nianbao is said with that cause, and leaves nothing: a
 * full disk under the workbooks or under the temporary folder (a 64 KB tmpfs, where the machine
 * lets root mount one), and an output folder made read-only while workbooks are being written
 * (as an ordinary user: root writes in read-only folders; as root the run is made as nobody).
 */
class WriteFailuresIT {
  private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

  @Test
  void aFullTemporaryFolderIsSaidAndTheMergeEndsWithOne() throws Exception {
    Path dir = Files.createTempDirectory("nianbao-it-");
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    assumeTrue(mount(tmp), "a small tmpfs can be mounted");
    try {
      Run r = run(List.of(), List.of("-Djava.io.tmpdir=" + tmp), "merge", "-o", dir.resolve("m.xlsx").toString(), "--csv", dir.resolve("m.csv").toString(), reports(dir, 6));
      assertEquals(1, r.exit(), r.err());
      assertTrue(r.err().contains("cannot write in the temporary folder " + tmp) && r.err().contains("No space left on device"), r.err());
      assertFalse(r.err().contains("internal error"), r.err());
      assertEquals(List.of(), list(tmp));
      assertFalse(Files.exists(dir.resolve("m.xlsx")));
    } finally {
      umount(tmp);
      org.nianbao.output.RunFolder.delete(dir);
    }
  }

  @Test
  void aFullDiskUnderTheWorkbooksIsSaidAndLeavesNoPartFile() throws Exception {
    Path dir = Files.createTempDirectory("nianbao-it-");
    Path out = Files.createDirectories(dir.resolve("out"));
    assumeTrue(mount(out), "a small tmpfs can be mounted");
    try {
      Run r = run(List.of(), List.of(), "convert", "-o", out + "/", reports(dir, 1));
      assertEquals(1, r.exit(), r.err());
      assertTrue(r.err().contains("cannot write " + out) && r.err().contains("No space left on device"), r.err());
      assertTrue(list(out).stream().noneMatch(f -> f.toString().endsWith(".part")), list(out).toString());
    } finally {
      umount(out);
      org.nianbao.output.RunFolder.delete(dir);
    }
  }

  @Test
  void aFolderMadeReadOnlyMidWriteSaysCannotWriteWithTheReasonAndLeavesNothing() throws Exception {
    assumeTrue(!ROOT || Files.isExecutable(Path.of("/usr/bin/setpriv")), "an ordinary user to run as");
    // A folder every user may enter, as the run is made as nobody when the tests run as root.
    Path dir = Files.createTempDirectory(Path.of("/tmp"), "nianbao-it-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
    try {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
      Path out = Files.createDirectories(dir.resolve("out"));
      Path in = Files.createDirectories(dir.resolve("in"));
      Path jar = Files.copy(Path.of("target/nianbao.jar"), dir.resolve("nianbao.jar"));
      // First a report that is warned about (its tables are pictures): its line says the run is under way.
      Files.copy(Path.of("test-data/reports/dinghai-2022.txt"), in.resolve("00-dinghai-2022.txt"));
      for (int i = 10; i < 50; i++) {
        for (Path f : List.of(Path.of("test-data/reports/haining-2020.txt"), Path.of("test-data/forms/haining-2020.pdf"))) {
          Files.copy(f, in.resolve(i + "-" + f.getFileName()));
        }
      }
      for (Path p : List.of(dir, out, in, jar)) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxrwxrwx"));
      }
      if (ROOT) {
        new ProcessBuilder("chown", "-R", "nobody", dir.toString()).start().waitFor();
      }
      List<String> as = ROOT ? List.of("/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups") : List.of();
      List<String> args = new ArrayList<>(as);
      args.addAll(List.of(java(), "-Xmx768m", "-jar", jar.toString(), "convert", "-j", "1", "-o", out + "/", in.toString()));
      Process p = new ProcessBuilder(args).directory(dir.toFile()).start();
      BufferedReader stderr = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
      // The first report's warning: reading and writing are under way.
      String first = stderr.readLine();
      assertTrue(first != null && first.contains("dinghai"), first);
      Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
      StringBuilder err = new StringBuilder(first).append('\n');
      stderr.lines().forEach(l -> err.append(l).append('\n'));
      assertTrue(p.waitFor(120, TimeUnit.SECONDS));
      assertEquals(1, p.exitValue(), err.toString());
      assertTrue(err.toString().contains("cannot write " + out + "/") && err.toString().contains("permission denied: " + out), err.toString());
      assertFalse(err.toString().contains("cannot read"), err.toString());
      assertTrue(list(out).stream().noneMatch(f -> f.getFileName().toString().endsWith(".part")), list(out).toString());
      assertEquals("r-xr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)), "the folder keeps the permissions it was given");
      String summary = err.toString().strip().lines().reduce((a, b) -> b).orElseThrow();
      assertTrue(summary.matches("81 inputs: (\\d+) read whole, (\\d+) with .*, (\\d+) not read, (\\d+) workbooks written"), summary);
      String[] n = summary.replaceAll("[^0-9]+", " ").strip().split(" ");
      assertEquals(81, Integer.parseInt(n[1]) + Integer.parseInt(n[2]) + Integer.parseInt(n[3]), "each input counted once: " + summary);
    } finally {
      new ProcessBuilder("chmod", "-R", "u+w", dir.toString()).start().waitFor();
      org.nianbao.output.RunFolder.delete(dir);
    }
  }

  private record Run(int exit, String err) {}

  private static Run run(List<String> as, List<String> options, String... command) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(as);
    args.add(java());
    args.addAll(options);
    args.addAll(List.of("-Xmx768m", "-jar", Path.of("target/nianbao.jar").toAbsolutePath().toString()));
    args.addAll(List.of(command));
    Process p = new ProcessBuilder(args).start();
    p.getOutputStream().close();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    return new Run(p.exitValue(), err);
  }

  /** A folder of {@code copies} copies of the text reports, as one argument. */
  private static String reports(Path dir, int copies) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    try (Stream<Path> all = Files.list(Path.of("test-data/reports"))) {
      for (Path f : all.filter(f -> f.toString().endsWith(".txt")).toList()) {
        for (int i = 0; i < copies; i++) {
          Files.copy(f, in.resolve(i + "-" + f.getFileName()));
        }
      }
    }
    return in.toString();
  }

  private static boolean mount(Path at) throws IOException, InterruptedException {
    return ROOT && new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", at.toString()).start().waitFor() == 0;
  }

  private static void umount(Path at) throws IOException, InterruptedException {
    new ProcessBuilder("umount", at.toString()).start().waitFor();
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }
}
