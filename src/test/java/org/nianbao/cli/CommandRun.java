package org.nianbao.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import picocli.CommandLine;

/** One in-process run of the nianbao command line in a given language, with what it printed. */
final class CommandRun {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  private final Locale locale;

  /** A run in English, the language of a system whose locale is not Chinese. */
  CommandRun() {
    this(Locale.ENGLISH);
  }

  CommandRun(Locale locale) {
    this.locale = locale;
  }

  int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    CommandLine cl = Main.commandLine(locale);
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  String out() {
    return out.toString().replace("\r", "");
  }

  String err() {
    return err.toString().replace("\r", "");
  }
}
