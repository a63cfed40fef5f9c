package org.nianbao.cli;

import java.io.PrintWriter;
import org.nianbao.pipeline.Outcome;

/**
 * A progress bar on stderr when it is a terminal; otherwise one line per input that failed, so
 * logs stay readable.
 */
final class Progress {
  /** Characters of the bar itself. */
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final int total;
  private final boolean terminal;
  private int done;
  private int shown = -1;

  Progress(PrintWriter err, int total, boolean terminal) {
    this.err = err;
    this.total = Math.max(1, total);
    this.terminal = terminal;
  }

  void done(Outcome o) {
    done++;
    if (!o.ok() && !terminal) {
      err.println(o.file() + ": " + o.error().orElse(""));
    }
    int filled = done * WIDTH / total;
    if (terminal && filled != shown) {
      shown = filled;
      err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
      err.flush();
    }
  }

  void finish() {
    if (terminal) {
      err.println();
    }
  }
}
