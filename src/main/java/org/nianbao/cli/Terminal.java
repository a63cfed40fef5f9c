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

  /** Whether stderr is most likely a terminal a person watches (for progress bars). */
  static boolean interactive() {
    return System.console() != null;
  }
}
