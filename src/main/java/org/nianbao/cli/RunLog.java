package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import org.nianbao.message.Message;
import org.nianbao.message.Messages;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
import org.nianbao.pipeline.Outcome;

/**
 * Accounts for every input of a run on stderr: a line for each input not read (with the reason)
 * and each report read without one of its statutory tables, a progress bar on a terminal when
 * asked, and at the end how many were read whole, read with missing tables or flags, not read, and
 * skipped. The exit code follows from it.
 */
final class RunLog {
  private static final int BAR = 30;

  private final PrintWriter err;
  private final Messages messages;
  private final boolean verbose;
  private final int total;
  private final boolean bar;
  private int done;
  private int whole;
  private int partial;
  private int failed;
  private int written;
  private int skipped;
  private int parts;
  private int shown = -1;

  RunLog(PrintWriter err, Messages messages, boolean verbose, int total, boolean progressBar) {
    this.err = err;
    this.messages = messages;
    this.verbose = verbose;
    this.total = Math.max(1, total);
    this.bar = progressBar;
  }

  void skipped(List<Path> files) {
    skipped += files.size();
    if (verbose) {
      files.forEach(f -> line(Message.of("cli.skipped", f)));
    }
  }

  /** One input read (or not); its warning or failure is printed now. */
  void read(Outcome o) {
    done++;
    if (o.report().isEmpty()) {
      failed++;
      line(Message.of("cli.failed", o.file(), o.error().orElseThrow()));
      o.cause().filter(c -> verbose).ifPresent(c -> c.printStackTrace(err));
    } else {
      Report r = o.report().get();
      StringJoiner missing = new StringJoiner(messages == Messages.ZH ? "、" : ", ");
      for (TableId t : TableId.values()) {
        if (!r.has(t)) {
          missing.add(t.label());
        }
      }
      if (missing.length() > 0) {
        line(Message.of("cli.missing_tables", o.file(), missing.toString()));
      }
      if (missing.length() == 0 && r.flags().isEmpty()) {
        whole++;
      } else {
        partial++;
      }
    }
    progress();
  }

  /** An input another input read as its part (a next page, an attachment): not a report of its own. */
  void readAsPart(Outcome part, Outcome report) {
    done++;
    parts++;
    if (verbose) {
      line(Message.of("cli.read_as_part", part.file(), report.file()));
    }
    progress();
  }

  /** A report read whose output could not be written: it counts as not done. */
  void notWritten(String file, Message why, Throwable cause) {
    failed++;
    line(Message.of("cli.failed", file, why));
    if (verbose && cause != null) {
      cause.printStackTrace(err);
    }
  }

  void wrote() {
    written++;
  }

  /** A picture of an input begins to be read (seconds a page): said on a terminal, where a person waits. */
  void picture(String file, Message what) {
    if (bar || verbose || Terminal.interactive()) {
      line(Message.of("cli.picture", file, what));
    }
  }

  /** A line on stderr, above the progress bar. */
  synchronized void line(Message m) {
    if (bar && shown >= 0) {
      err.print("\r" + " ".repeat(BAR + 24) + "\r");
      shown = -1;
    }
    err.println(messages.render(m));
    err.flush();
  }

  private synchronized void progress() {
    if (!bar) {
      return;
    }
    int filled = done * BAR / total;
    if (filled != shown || done == total) {
      shown = filled;
      err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + done + "/" + total);
      err.flush();
    }
  }

  /** The closing line: how many inputs, read whole, partly, not at all; workbooks written; files skipped. */
  void summary(boolean countWritten) {
    if (bar && shown >= 0) {
      err.println();
      shown = -1;
    }
    StringBuilder s = new StringBuilder(messages.render(Message.of("cli.summary", done, whole, partial, failed)));
    if (countWritten) {
      s.append(messages.render(Message.of("cli.summary.written", written)));
    }
    if (parts > 0) {
      s.append(messages.render(Message.of("cli.summary.parts", parts)));
    }
    if (skipped > 0) {
      s.append(messages.render(Message.of("cli.summary.skipped", skipped)));
    }
    err.println(s);
    err.flush();
  }

  int exitCode() {
    return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }
}
