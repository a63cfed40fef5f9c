package org.nianbao.cli;

import java.io.Console;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The writers the commands print through. Output to a file or pipe (JSON, logs) is always UTF-8,
 * whatever the system's locale; on a terminal, its own charset when it can show Chinese (GBK on a
 * Chinese Windows console), else UTF-8 — never the platform default, which under {@code LANG=C}
 * turns every Chinese character into '?'.
 */
final class Terminal {
  private Terminal() {}

  static PrintWriter writer(OutputStream out) {
    return new PrintWriter(new OutputStreamWriter(out, charset()), true);
  }

  static Charset charset() {
    Console console = System.console();
    if (console != null && console.charset().newEncoder().canEncode("年报")) {
      return console.charset();
    }
    return StandardCharsets.UTF_8;
  }

  /**
   * Whether stderr is a terminal a person watches (for the live progress line): on Linux, what
   * descriptor 2 leads to; elsewhere, whether the process has a console at all.
   */
  static boolean stderrIsTerminal() {
    try {
      java.nio.file.Path fd = java.nio.file.Path.of("/proc/self/fd/2");
      if (java.nio.file.Files.isSymbolicLink(fd)) {
        String target = java.nio.file.Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
      }
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      // No /proc to ask: the console tells.
    }
    return System.console() != null;
  }
}
