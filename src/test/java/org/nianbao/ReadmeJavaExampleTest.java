package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java example of docs/library.md (linked from the README) compiles as written and prints what it says it prints. */
class ReadmeJavaExampleTest {
  @Test
  void theExampleCompilesAndPrintsTheAgencyAndTheFigure(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Path.of("docs/library.md"), StandardCharsets.UTF_8);
    int from = readme.indexOf("```java\n") + "```java\n".length();
    String code = readme.substring(from, readme.indexOf("```", from));
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : code.split("\n")) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    Path report = Path.of("test-data/reports/haining-2020.txt").toAbsolutePath();
    Path out = dir.resolve("report.xlsx");
    String source = imports + "public class Example { public static void main(String[] args) throws Exception {\n"
        + body.toString().replace("\"report.html\"", "\"" + report + "\"").replace("\"report.xlsx\"", "\"" + out + "\"") + "}}\n";
    Files.writeString(dir.resolve("Example.java"), source, StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertEquals(0, javac.run(null, null, null, "-encoding", "UTF-8", "-cp", System.getProperty("java.class.path"), "-d", dir.toString(),
        dir.resolve("Example.java").toString()), source);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream before = System.out;
    try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      loader.loadClass("Example").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(before);
    }
    assertTrue(printed.toString(StandardCharsets.UTF_8).startsWith("海宁市人民政府 423\n"), printed.toString(StandardCharsets.UTF_8));
    assertTrue(Files.exists(out));
  }
}
