package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import org.nianbao.message.Message;
import org.nianbao.message.Messages;
import org.nianbao.model.Outcome;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;

/**
 * Accounts for every input of a run on stderr: a line for each input not read (with the reason)
 * and each report read without one of its statutory tables, and at the end how many were read
 * whole, read with missing tables or figures to review, not read, and skipped. On a terminal a
 * live line says which input is being read — n/N, its name, the seconds it has taken so far, the
 * picture being read — rewritten in place every second, so a long batch is never silent. Each
 * input is counted in one group only, so the groups add up to the inputs. The exit code follows
 * from it.
 */
final class RunLog {
  /** The widest the live line gets, in terminal columns: it must fit a line of 80. */
  private static final int LIVE_WIDTH = 78;

  private final PrintWriter err;
  private final Messages messages;
  private final boolean verbose;
  private final List<Path> files;
  private final int total;
  private final boolean live;
  private final java.util.concurrent.ScheduledExecutorService ticker;
  private final java.util.Map<String, Message> pictures = new java.util.concurrent.ConcurrentHashMap<>();
  private int done;
  private int whole;
  private int partial;
  private int failed;
  private int written;
  private int skipped;
  private int parts;
  /** A signal stopped the run before it read every input. */
  private boolean stopped;
  /** The columns the live line takes now (0: none shown). */
  private int shownWidth;
  /** When the input being waited for began to be waited for. */
  private long since = System.nanoTime();
  /** The run is summed up: no live line any more. */
  private boolean closed;

  /**
   * A run over {@code files}; with {@code live}, a live line on stderr (a terminal a person
   * watches), rewritten every second until {@link #summary}.
   */
  RunLog(PrintWriter err, Messages messages, boolean verbose, List<Path> files, boolean live) {
    this.err = err;
    this.messages = messages;
    this.verbose = verbose;
    this.files = List.copyOf(files);
    this.total = Math.max(1, files.size());
    this.live = live && !files.isEmpty();
    if (this.live) {
      ticker = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "nianbao-progress");
        t.setDaemon(true);
        return t;
      });
      ticker.scheduleAtFixedRate(this::showLive, 0, 1, java.util.concurrent.TimeUnit.SECONDS);
    } else {
      ticker = null;
    }
  }

  void skipped(List<Path> files) {
    skipped += files.size();
    if (verbose) {
      files.forEach(f -> line(Message.of("cli.skipped", f)));
    }
  }

  /** One input read (or not); its warning or failure is printed now. */
  void read(Outcome o) {
    synchronized (this) {
      done++;
      since = System.nanoTime();
    }
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
      if (whole(r)) {
        whole++;
      } else {
        partial++;
      }
    }
    showLive();
  }

  /** An input another input read as its part (a next page, an attachment): not a report of its own. */
  void readAsPart(Outcome part, Outcome report) {
    synchronized (this) {
      done++;
      parts++;
      since = System.nanoTime();
    }
    if (verbose) {
      line(Message.of("cli.read_as_part", part.file(), report.file()));
    }
    showLive();
  }

  /** Read whole: every statutory table, and no figure a person must review. */
  private static boolean whole(Report r) {
    return r.flags().stream().noneMatch(org.nianbao.model.Flag::review) && Arrays.stream(TableId.values()).allMatch(r::has);
  }

  /** A report read whose output could not be written: it counts as not done, in place of the group it was read into. */
  synchronized void notWritten(Outcome o, Message why, Throwable cause) {
    if (whole(o.report().orElseThrow())) {
      whole--;
    } else {
      partial--;
    }
    failed++;
    line(Message.of("cli.failed", o.file(), why));
    if (verbose && cause != null) {
      cause.printStackTrace(err);
    }
  }

  synchronized void wrote() {
    written++;
  }

  /**
   * A picture of an input begins to be read (seconds a page): on a terminal the live line names it;
   * with --verbose it gets a line of its own.
   */
  void picture(String file, Message what) {
    pictures.put(file, what);
    if (verbose) {
      line(Message.of("cli.picture", file, what));
    } else {
      showLive();
    }
  }

  /** A line on stderr, above the live line. */
  synchronized void line(Message m) {
    clearLive();
    err.println(messages.render(m));
    err.flush();
    drawLive();
  }

  /** Prints something else (a line on stdout) with the live line out of its way. */
  synchronized void above(Runnable print) {
    clearLive();
    err.flush();
    print.run();
    drawLive();
  }

  private synchronized void showLive() {
    clearLive();
    drawLive();
  }

  private void clearLive() {
    if (shownWidth > 0) {
      err.print("\r" + " ".repeat(shownWidth) + "\r");
      shownWidth = 0;
    }
  }

  /** The live line: which input of how many, its name, how long so far, the picture being read. */
  private void drawLive() {
    if (!live || closed || done >= files.size()) {
      err.flush();
      return;
    }
    Path file = files.get(done);
    long seconds = (System.nanoTime() - since) / 1_000_000_000L;
    Message picture = pictures.get(file.toString());
    String text = messages.render(picture == null ? Message.of("cli.live", done + 1, files.size(), name(file), seconds)
        : Message.of("cli.live_picture", done + 1, files.size(), name(file), seconds, picture));
    text = fit(text);
    err.print(text);
    err.flush();
    shownWidth = columns(text);
  }

  private static String name(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }

  /** The text cut to {@link #LIVE_WIDTH} columns, a Chinese character taking two. */
  private static String fit(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); i++) {
      width += wide(text.charAt(i)) ? 2 : 1;
      if (width > LIVE_WIDTH - 1) {
        return text.substring(0, i) + "…";
      }
    }
    return text;
  }

  private static int columns(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); i++) {
      width += wide(text.charAt(i)) ? 2 : 1;
    }
    return width;
  }

  private static boolean wide(char c) {
    return c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F
        || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6);
  }

  /**
   * The closing line: how many inputs, read whole, partly, not at all; workbooks written; files
   * read as parts; files skipped; and, when the run was stopped, how many inputs it never reached.
   */
  void summary(boolean countWritten) {
    if (ticker != null) {
      ticker.shutdownNow();
    }
    synchronized (this) {
      closed = true;
      clearLive();
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
    if (stopped) {
      s.append(messages.render(Message.of("cli.summary.stopped", Math.max(0, files.size() - done))));
    }
    err.println(s);
    err.flush();
  }

  /** The run was stopped by a signal: the summary says how many inputs it never reached. */
  synchronized void stopped() {
    stopped = true;
  }

  int exitCode() {
    return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }
}
