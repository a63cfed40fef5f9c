package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one runnable jar carries everything: copied alone into a folder without the project (no
 * templates, no Maven, no test data beside it) and run with {@code java -jar}, it writes the same
 * workbook, byte for byte, as the launcher does in the project.
 */
class RunnableJarIT {
  @Test
  void theJarAloneWritesWhatTheLauncherWrites(@TempDir Path dir) throws Exception {
    Path alone = Files.createDirectories(dir.resolve("elsewhere"));
    Path jar = Files.copy(Path.of("target/nianbao.jar"), alone.resolve("nianbao.jar"));
    Path report = Files.copy(Path.of("test-data/hazards/html-2021-form-gbk.html"), dir.resolve("report.html"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    Process byJar = new ProcessBuilder(java, "-jar", jar.toString(), "convert", "-o", dir.resolve("by-jar") + "/", report.toString())
        .directory(alone.toFile()).redirectErrorStream(true).start();
    String jarSaid = new String(byJar.getInputStream().readAllBytes());
    assertEquals(0, byJar.waitFor(), jarSaid);
    Process byLauncher = new ProcessBuilder("./nianbao", "convert", "-o", dir.resolve("by-launcher") + "/", report.toString())
        .redirectErrorStream(true).start();
    String launcherSaid = new String(byLauncher.getInputStream().readAllBytes());
    assertEquals(0, byLauncher.waitFor(), launcherSaid);

    List<Path> a = list(dir.resolve("by-jar"));
    List<Path> b = list(dir.resolve("by-launcher"));
    assertEquals(1, a.size(), jarSaid);
    assertEquals(a.get(0).getFileName(), b.get(0).getFileName());
    assertArrayEquals(Files.readAllBytes(b.get(0)), Files.readAllBytes(a.get(0)), "the same workbook");
    assertTrue(a.get(0).getFileName().toString().startsWith("青溪县人民政府"), a.toString());
  }

  private static List<Path> list(Path folder) throws Exception {
    try (var files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  /** What a double-click does: the jar with no command and no console opens the page, and its 停止 ends it. */
  @Test
  void theJarWithoutACommandOrConsoleServesThePage() throws Exception {
    String command = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(command, "-Djava.awt.headless=true", "-jar", "target/nianbao.jar").redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertTrue(line != null && line.matches(".*http://127\\.0\\.0\\.1:\\d+/\\?t=[0-9a-f]{48}.*"), String.valueOf(line));
      String address = line.replaceAll(".*(http://127\\.0\\.0\\.1:\\d+/\\?t=[0-9a-f]{48}).*", "$1");
      URI quit = URI.create(address.replace("/?t=", "/quit?t="));
      HttpURLConnection c = (HttpURLConnection) quit.toURL().openConnection();
      c.setRequestMethod("POST");
      assertEquals(200, c.getResponseCode());
      assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the 停止 button ends it");
      assertEquals(0, p.exitValue());
    } finally {
      p.destroyForcibly();
    }
  }
}
