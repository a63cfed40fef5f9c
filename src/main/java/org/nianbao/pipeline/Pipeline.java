package org.nianbao.pipeline;

import org.nianbao.model.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import org.nianbao.document.Document;
import org.nianbao.extract.ReportExtractor;
import org.nianbao.message.Message;
import org.nianbao.model.Report;
import org.nianbao.normalize.Normalizer;
import org.nianbao.read.Budget;
import org.nianbao.read.OverBudget;
import org.nianbao.read.ReadException;
import org.nianbao.read.front.Readers;
import org.nianbao.form.ReportSpec;
import org.nianbao.workbook.OwnWorkbooks;
import org.nianbao.workbook.WorkbookRefused;

/**
 * One input through every stage: read → normalise → extract (with its checks). Never throws: a file
 * that cannot be read, holds no report, or trips an internal fault becomes a failed {@link Outcome}.
 * Each input is worked on a thread of its own that carries its {@link Budget}: the readers stop it
 * once it has cost more than any report does, and a watchdog gives it up when its time is over
 * even where no reader looks at the budget (inside a library), so no input holds back a batch.
 * Thread-safe; one pipeline serves a whole batch.
 */
public final class Pipeline {
  /** The note of a document read from a spreadsheet (see {@link org.nianbao.read.sheet.SheetReportReader}). */
  private static final String SPREADSHEET = "read.spreadsheet";
  /** Notes saying a picture was not read, or read damaged. */
  private static final Set<String> PICTURE_NOTES = Set.of("read.picture_unread", "read.picture_damaged");
  /** How long past its time an input's own thread has to stop before it is given up. */
  /** Inputs larger than this are refused by the readers (16 MB). */
  private static final long MAX_WORKBOOK = 16L * 1024 * 1024;
  private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final Readers readers;
  private final Normalizer normalizer;
  private final ReportExtractor extractor;
  private final Budget.Limits limits;
  private final OwnWorkbooks workbooks = new OwnWorkbooks(ReportSpec.load());
  /**
   * The threads inputs are worked on, kept from input to input; as many as inputs worked at once,
   * and those given up while still busy in a library, which end when the library returns.
   */
  private final ExecutorService workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), Budget.workers("nianbao-input"));

  private Pipeline(Readers readers, Normalizer normalizer, ReportExtractor extractor, Budget.Limits limits) {
    this.readers = readers;
    this.normalizer = normalizer;
    this.extractor = extractor;
    this.limits = limits;
  }

  private Pipeline(Readers readers, Normalizer normalizer, ReportExtractor extractor) {
    this(readers, normalizer, extractor, Budget.Limits.STANDARD);
  }

  /** The same pipeline giving each input other limits (tests try small ones). */
  Pipeline limitedTo(Budget.Limits other) {
    return new Pipeline(readers, normalizer, extractor, other);
  }

  /** The pipeline with nianbao's own readers and templates, reading pictures too. */
  public static Pipeline standard() {
    return new Pipeline(Readers.standard(), new Normalizer(), new ReportExtractor(ReportSpec.load()));
  }

  /**
   * The pipeline with nianbao's own readers and templates.
   *
   * @param readPictures whether pictures (scanned pages, tables published as images) are read, or only named
   * @param progress told, with the input's name, when a picture starts being read (seconds a page)
   */
  public static Pipeline standard(boolean readPictures, BiConsumer<String, Message> progress) {
    return new Pipeline(Readers.standard(readPictures, progress), new Normalizer(), new ReportExtractor(ReportSpec.load()));
  }

  /** Runs one file. */
  public Outcome run(Path file) {
    return guarded(file.toString(), () -> readers.read(file), () -> workbookBytes(file));
  }

  /**
   * The bytes of a file that may be a workbook nianbao wrote (a ZIP package no larger than any
   * input is read), to be read back with the corrections a person made in it; null for any other.
   */
  private static byte[] workbookBytes(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_WORKBOOK) {
        return null;
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] head = in.readNBytes(4);
        return head.length == 4 && head[0] == 0x50 && head[1] == 0x4B ? Files.readAllBytes(file) : null;
      }
    } catch (IOException | RuntimeException e) {
      // The readers say why the file cannot be read.
      return null;
    }
  }

  /**
   * The names of the files the web page {@code file} links to, embeds or names in a link's text; empty
   * for any other input (see {@link Readers#namesLinked(Path)}).
   */
  public Set<String> namesLinked(Path file) {
    return readers.namesLinked(file);
  }

  /** The web page a folder holds at its top, read as one report with its files; null when it holds none or several (see {@link Readers#savedPage}). */
  public static Path savedPage(Path folder) {
    return Readers.savedPage(folder);
  }

  /** The report with its checks computed again from its values (after corrections were carried into it). */
  public Report recheck(Report r) {
    return extractor.recheck(r);
  }

  /** Runs bytes already in memory, named {@code source}. */
  public Outcome run(String source, byte[] bytes) {
    return guarded(source, () -> readers.read(source, bytes), () -> bytes);
  }

  private interface Source {
    Document read() throws ReadException;
  }

  /** The input's bytes when they may be a workbook nianbao wrote, else null. */
  private interface Bytes {
    byte[] get();
  }

  /**
   * Works the input on a thread of its own under a new budget, and waits for it no longer than its
   * time (which grows while it reads pictures) and a grace: past that, the input is given up, its
   * budget cancelled so that its thread stops at the next look, and its outcome says why.
   */
  private Outcome guarded(String name, Source source, Bytes bytes) {
    Budget budget = new Budget(limits);
    CompletableFuture<Outcome> result = new CompletableFuture<>();
    Thread[] on = new Thread[1];
    workers.execute(() -> {
      synchronized (on) {
        on[0] = Thread.currentThread();
      }
      try {
        budget.apply(() -> result.complete(work(name, source, bytes, budget)));
      } finally {
        // The thread goes back to the pool: an interruption meant for this input must not reach the next.
        synchronized (on) {
          on[0] = null;
          Thread.interrupted();
        }
      }
    });
    try {
      while (true) {
        try {
          return result.get(Math.max(budget.remainingNanos() + GRACE_NANOS, 1), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          if (budget.remainingNanos() + GRACE_NANOS <= 0) {
            Message why = budget.overTime();
            giveUp(budget, why, on);
            return Outcome.failed(name, Message.of("error.over_budget", why), null);
          }
        }
      }
    } catch (InterruptedException e) {
      // The run is being stopped: the input is given up with it.
      giveUp(budget, Message.of("error.stopped"), on);
      Thread.currentThread().interrupt();
      return Outcome.failed(name, Message.of("error.stopped"), null);
    } catch (ExecutionException e) {
      // work() completes normally whatever happens in it.
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Stops the input's work: its next look at the budget throws, and a wait it is in is interrupted. */
  private static void giveUp(Budget budget, Message why, Thread[] on) {
    budget.cancel(why);
    synchronized (on) {
      if (on[0] != null) {
        on[0].interrupt();
      }
    }
  }

  private Outcome work(String name, Source source, Bytes bytes, Budget budget) {
    try {
      byte[] b = bytes.get();
      Optional<Report> own = b == null || !OwnWorkbooks.mayBe(b) ? Optional.empty() : workbooks.reopen(name, b);
      if (own.isPresent()) {
        // nianbao's own workbook, maybe corrected by a person: its values as they stand now, checked again.
        return Outcome.of(extractor.recheck(own.get()), List.of());
      }
      Document doc = source.read();
      Report r = extractor.extract(normalizer.normalize(doc));
      // A spreadsheet is a report only when it holds a statutory table; other workbooks are refused as such.
      if (r.tables().isEmpty() && doc.notes().stream().anyMatch(n -> n.code().equals(SPREADSHEET))) {
        return Outcome.failed(name, Message.of("error.spreadsheet"), null);
      }
      if (!ReportExtractor.looksLikeReport(r)) {
        // A picture that could not be read, or only in part, is most likely why: it is said.
        Optional<Message> picture = doc.notes().stream().filter(n -> PICTURE_NOTES.contains(n.code())).findFirst();
        return Outcome.failed(name, picture.map(n -> Message.of("error.no_report_picture", n)).orElse(Message.of("error.no_report")), null);
      }
      return Outcome.of(r, doc.parts().stream().filter(p -> !p.isEmbedded() && !p.href().isEmpty()).map(p -> Path.of(p.href())).toList());
    } catch (ReadException e) {
      return Outcome.failed(name, e.reason(), null);
    } catch (WorkbookRefused e) {
      return Outcome.failed(name, e.reason(), null);
    } catch (OverBudget e) {
      return Outcome.failed(name, Message.of("error.over_budget", e.reason()), null);
    } catch (OutOfMemoryError e) {
      // The limits keep every input far below the memory there is; one that still exhausts it (beside others) is past its budget.
      return Outcome.failed(name, Message.of("error.over_budget", Message.of("budget.memory", Runtime.getRuntime().maxMemory() / 1048576)), null);
    } catch (RuntimeException | StackOverflowError e) {
      // A library may wrap what stopped the work: once the budget is spent, that is the reason.
      if (budget.stopped() != null) {
        return Outcome.failed(name, Message.of("error.over_budget", budget.stopped()), null);
      }
      return Outcome.failed(name, Message.of("error.internal_read", e.getClass().getSimpleName()), e);
    }
  }
}
