package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nianbao used as a library, in a JVM of its own with no logging set up: reading every form and
 * writing a workbook prints nothing on stdout or stderr (no Log4j or PDFBox lines).
 */
class LibraryIsQuietTest {
  /** Reads the files named and writes the first one's workbook into the folder given last. */
  public static void main(String[] args) throws Exception {
    for (int i = 0; i < args.length - 1; i++) {
      Nianbao.convert(Path.of(args[i]), Path.of(args[args.length - 1]).resolve(i + ".xlsx"), true);
    }
  }

  @Test
  void printsNothingItDidNotMeanTo(@TempDir Path dir) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), LibraryIsQuietTest.class.getName()));
    command.addAll(List.of("test-data/forms/haining-2020.docx", "test-data/forms/html-2021-form-gbk.doc", "test-data/forms/shangjie-2020.pdf",
        "test-data/hazards/html-2021-form-gbk.html", dir.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(2, TimeUnit.MINUTES);
    assertEquals(0, p.exitValue(), printed);
    assertEquals("", printed);
  }
}
