package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A machine whose locale is not UTF-8 ({@code LANG=C}): the launcher and the plain jar still read and
 * write Chinese file names and print JSON whose Chinese survives, twice in a row. A user who asks for
 * Chinese ({@code LANG=zh_CN.UTF-8}) on a machine without that locale's data, where Java falls back to
 * English, still reads Chinese, from the launcher and from the plain jar; {@code --lang} overrides.
 */
class PlainLocaleIT {
  record Run(int exit, String out, String err) {}

  static Run run(Path dir, String... command) throws IOException, InterruptedException {
    return run(dir, java.util.Map.of("LANG", "C", "LC_ALL", "C"), command);
  }

  static Run run(Path dir, java.util.Map<String, String> env, String... command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile());
    for (String name : List.of("LANG", "LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANGUAGE", "NIANBAO_LANG")) {
      pb.environment().remove(name);
    }
    pb.environment().putAll(env);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IOException("timed out: " + String.join(" ", command));
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theLauncherWritesChineseNamesAndUtf8JsonUnderLangC(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    for (int i = 0; i < 2; i++) {
      Run convert = run(dir, "./nianbao", "convert", "-o", out + "/", "test-data/reports");
      assertEquals(ExitCodes.OK, convert.exit(), convert.err());
      assertTrue(Files.exists(out.resolve("海宁市人民政府-2020.xlsx")), convert.out());
      assertTrue(convert.err().contains("5 inputs:"), "English messages on a C locale: " + convert.err());
    }
    try (Stream<Path> books = Files.list(out)) {
      assertEquals(5, books.count());
    }
    Run extract = run(dir, "./nianbao", "extract", "test-data/reports/haining-2020.txt");
    assertEquals(ExitCodes.OK, extract.exit(), extract.err());
    assertEquals("海宁市人民政府", new ObjectMapper().readTree(extract.out()).get("agency").asText());
  }

  @Test
  void aChineseUserReadsChineseWhereJavaLacksTheLocale(@TempDir Path dir) throws Exception {
    java.util.Map<String, String> chinese = java.util.Map.of("LANG", "zh_CN.UTF-8");
    Run launcher = run(dir, chinese, "./nianbao", "extract", "test-data/reports/haining-2020.txt");
    assertEquals(ExitCodes.OK, launcher.exit(), launcher.err());
    assertTrue(launcher.err().contains("1个输入：1份完整读取"), "Chinese from the launcher: " + launcher.err());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Run jar = run(dir, chinese, java, "-jar", "target/nianbao.jar", "extract", "--help");
    assertTrue(jar.out().contains("用法：") && jar.out().contains("--lang=zh|en"), "Chinese help from the plain jar: " + jar.out());
    Run english = run(dir, chinese, "./nianbao", "extract", "--lang", "en", "test-data/reports/haining-2020.txt");
    assertTrue(english.err().contains("1 input: 1 read whole"), "--lang en overrides: " + english.err());
  }

  @Test
  void thePlainJarFallsBackToTheInputsNameAndStillPrintsUtf8(@TempDir Path dir) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path jar = Path.of("target/nianbao.jar");
    assertTrue(Files.exists(jar), "the jar is built before the integration tests");
    List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "convert", "-o", dir.resolve("out") + "/", "test-data/reports/haining-2020.txt"));
    Run convert = run(dir, command.toArray(String[]::new));
    assertEquals(ExitCodes.OK, convert.exit(), convert.err());
    assertTrue(Files.exists(dir.resolve("out/haining-2020.xlsx")), convert.err());
    assertTrue(convert.err().startsWith("this system's locale cannot write Chinese file names; wrote "), convert.err());
    Run extract = run(dir, java, "-jar", jar.toString(), "extract", "test-data/reports/haining-2020.txt");
    assertEquals("海宁市人民政府", new ObjectMapper().readTree(extract.out()).get("agency").asText());
  }
}
