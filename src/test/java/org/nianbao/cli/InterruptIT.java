package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.HostileFiles;

/**
 * Ctrl+C (SIGINT) or SIGTERM in the middle of convert, merge or serve, sent to the runnable jar:
 * every temporary file and the page's uploads are gone, the summary so far is printed, the exit
 * code is 130; and a later run sweeps what a run killed outright left, and nothing else.
 */
class InterruptIT {
  /**
   * A program started in the background has SIGINT ignored, and Java leaves it so (as it should):
   * the runs here are started with it restored when python3 is at hand to do it (what a terminal's
   * Ctrl+C meets), and are sent SIGTERM otherwise, which nianbao handles the same way.
   */
  private static final boolean RESTORES_SIGINT = onPath("python3");
  private static final String INTERRUPT = RESTORES_SIGINT ? "INT" : "TERM";

  @TempDir Path dir;

  @Test
  void ctrlCDuringConvertLeavesNoPartFileAndPrintsTheSummarySoFar() throws Exception {
    Path out = dir.resolve("out");
    Process p = nianbao(List.of("convert", "-j", "2", "-o", out + "/"), inputs());
    BufferedReader stderr = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
    // The reports are read (one is reported missing its tables) and the slow inputs are being read.
    String first = stderr.readLine();
    assertTrue(first != null && first.contains("dinghai-2022.txt"), first);
    signal(p, INTERRUPT);
    StringBuilder said = new StringBuilder(first).append('\n');
    stderr.lines().forEach(l -> said.append(l).append('\n'));
    String err = said.toString();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(130, p.exitValue(), err);
    // The summary so far: one input or more read when the signal came (a race with the second report's reading, not a rule).
    assertTrue(err.strip().lines().reduce((a, b) -> b).orElse("").matches(".*\\d+ inputs?: .*; stopped: \\d+ inputs not read"), err);
    assertFalse(err.contains("internal error"), err);
    assertEquals(List.of(), leftovers(out));
    assertEquals(List.of(), ours(dir.resolve("tmp")));
  }

  @Test
  void sigtermDuringMergeWritesNothingAndLeavesNothing() throws Exception {
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Process p = nianbao(List.of("merge", "-j", "1", "-o", out.resolve("m.xlsx").toString(), "--csv", out.resolve("m.csv").toString()), inputs());
    BufferedReader stderr = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
    // The merge has read inputs (one is reported missing a table) when it is stopped.
    assertTrue(stderr.readLine() != null);
    signal(p, "TERM");
    StringBuilder err = new StringBuilder();
    stderr.lines().forEach(l -> err.append(l).append('\n'));
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(130, p.exitValue(), err.toString());
    assertTrue(err.toString().contains("; stopped: "), err.toString());
    assertEquals(List.of(), leftovers(out));
    assertEquals(List.of(), ours(dir.resolve("tmp")));
  }

  @Test
  void ctrlCWhileThePageReadsDeletesTheUploads() throws Exception {
    Process p = nianbao(List.of("serve", "--no-browser"), List.of());
    BufferedReader stderr = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
    String line = stderr.readLine();
    String address = line.replaceAll(".*(http://127\\.0\\.0\\.1:\\d+/\\?t=[0-9a-f]{48}).*", "$1");
    assertEquals(1, ours(dir.resolve("tmp")).size(), "the page's folder");
    // A report that takes seconds to give up on: it is being read when the signal comes.
    HttpURLConnection c = (HttpURLConnection) URI.create(address.replace("/?t=", "/upload?name=slow.pdf&t=")).toURL().openConnection();
    c.setRequestMethod("POST");
    c.setDoOutput(true);
    c.getOutputStream().write(HostileFiles.formsDrawThemselves());
    assertEquals(200, c.getResponseCode());
    signal(p, INTERRUPT);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(130, p.exitValue());
    assertEquals(List.of(), ours(dir.resolve("tmp")));
  }

  @Test
  void aLaterRunSweepsWhatAKilledRunLeftAndNothingElse() throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path out = Files.createDirectories(dir.resolve("out"));
    long gone = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1000) + 100_000;
    Path killed = Files.createDirectories(tmp.resolve("nianbao-serve-" + gone + "-123"));
    Files.writeString(killed.resolve("report.txt"), "x");
    Path part = Files.writeString(out.resolve(".机关-2020.xlsx." + gone + "-0123456789abcdef.part"), "x");
    List<Path> others = List.of(Files.writeString(out.resolve("notes.part"), "x"), Files.writeString(out.resolve(".x.part"), "x"),
        Files.createDirectories(tmp.resolve("nianbao-mine")), Files.createDirectories(tmp.resolve("nianbao-serve-" + ProcessHandle.current().pid() + "-7")));
    Process p = nianbao(List.of("convert", "-o", out + "/"), List.of(Path.of("test-data/reports/haining-2020.txt").toAbsolutePath()));
    String said = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), said);
    assertFalse(Files.exists(part), "the temporary file of a process that has ended");
    // The page's folder is swept by the next run that makes a folder of its own (merge, serve).
    Process m = nianbao(List.of("merge", "-o", out.resolve("m.xlsx").toString()), List.of(Path.of("test-data/reports/haining-2020.txt").toAbsolutePath()));
    m.getErrorStream().readAllBytes();
    assertEquals(0, m.waitFor());
    assertFalse(Files.exists(killed), "the folder of a page killed outright");
    for (Path o : others) {
      assertTrue(Files.exists(o), o + " is not nianbao's to delete");
    }
  }

  /** The runnable jar with its own temporary folder, reading {@code inputs}. */
  private Process nianbao(List<String> command, List<Path> inputs) throws IOException {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    List<String> args = new ArrayList<>();
    if (RESTORES_SIGINT) {
      args.addAll(List.of("python3", "-c", "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])"));
    }
    args.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
        "-Djava.io.tmpdir=" + tmp, "-Djava.awt.headless=true", "-jar", Path.of("target/nianbao.jar").toAbsolutePath().toString()));
    args.addAll(command);
    inputs.forEach(i -> args.add(i.toString()));
    return new ProcessBuilder(args).directory(dir.toFile()).start();
  }

  /** Reports first, then inputs that take seconds each to give up on, so the run is busy when the signal comes. */
  private List<Path> inputs() throws IOException {
    List<Path> in = new ArrayList<>();
    try (Stream<Path> reports = Files.list(Path.of("test-data/reports"))) {
      reports.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> in.add(f.toAbsolutePath()));
    }
    for (int i = 0; i < 12; i++) {
      in.add(Files.write(dir.resolve("slow-" + i + ".pdf"), HostileFiles.formsDrawThemselves()));
    }
    return in;
  }

  private static boolean onPath(String program) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, program)));
  }

  private static void signal(Process p, String signal) throws Exception {
    assertEquals(0, new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start().waitFor());
  }

  /** Temporary files of nianbao's left in a folder. */
  private static List<Path> leftovers(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
    }
  }

  /** nianbao's own folders in a temporary folder. */
  private static List<Path> ours(Path tmp) throws IOException {
    if (!Files.isDirectory(tmp)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(tmp)) {
      return files.filter(f -> f.getFileName().toString().startsWith("nianbao-")).toList();
    }
  }
}
