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
 * write Chinese file names and print JSON whose Chinese survives, twice in a row.
 */
class PlainLocaleIT {
  record Run(int exit, String out, String err) {}

  static Run run(Path dir, String... command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile());
    pb.environment().put("LANG", "C");
    pb.environment().put("LC_ALL", "C");
    pb.environment().remove("LANGUAGE");
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
