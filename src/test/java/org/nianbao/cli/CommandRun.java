package org.nianbao.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of the nianbao command line, with what it printed. */
final class CommandRun {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    CommandLine cl = Main.commandLine();
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
