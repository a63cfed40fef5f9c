package org.nianbao.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.nianbao.CsvHeader;
import org.nianbao.FetchOptions;
import org.nianbao.FetchResult;
import org.nianbao.MergeOptions;
import org.nianbao.MergeResult;
import org.nianbao.Nianbao;
import org.nianbao.OptionException;
import org.nianbao.WorkFolder;
import org.nianbao.message.Message;
import org.nianbao.model.Outcome;
import org.nianbao.model.Report;

/**
 * The reports dropped on the page: each saved in the session's folder, read and converted by the
 * same facade as {@code nianbao convert} (in the background, as many at once as there are cores),
 * its outcome kept for the table; and the comparison workbook of all of them, made by the same
 * merge as {@code nianbao merge}, one at a time on a thread of its own. Reading and merging run on
 * executors of their own, never on the threads that answer the page. Closing stops both and
 * deletes the folder; nothing made after that makes it again.
 */
final class Session implements AutoCloseable {
  /** At most this many files in one session: a region's reports, not a disk's. */
  static final int MAX_FILES = 5_000;
  /** At most this many addresses pasted at once. */
  static final int MAX_ADDRESSES = 500;

  /** A file to download: where it is, and the name the browser saves it as. */
  record Download(Path file, String name) {}

  /** How long closing waits for the reading and merging to stop before the folder is deleted. */
  private static final long STOP_SECONDS = 3;

  private final WorkFolder folder;
  private final Path in;
  private final Path out;
  private final List<Dropped> entries = new ArrayList<>();
  private final ExecutorService readers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), task -> daemon(task, "nianbao-page-read"));
  private final ExecutorService merging = Executors.newSingleThreadExecutor(task -> daemon(task, "nianbao-page-merge"));
  private volatile boolean closed;
  private Download merged;
  private Download mergedCsv;
  private Download mergedIssues;
  private int merges;
  /** The list of units expected to report, when the page was given one that could be read. */
  private Optional<Path> roster = Optional.empty();

  private Session(WorkFolder folder) throws IOException {
    this.folder = folder;
    this.in = Files.createDirectory(folder.path().resolve("in"));
    this.out = Files.createDirectory(folder.path().resolve("out"));
  }

  /** A session with a folder of its own (nianbao-serve-…), the folders earlier sessions left swept first. */
  static Session open() throws IOException {
    WorkFolder folder = WorkFolder.forPage();
    try {
      return new Session(folder);
    } catch (IOException e) {
      folder.close();
      throw e;
    }
  }

  private static Thread daemon(Runnable task, String name) {
    Thread t = new Thread(task, name);
    t.setDaemon(true);
    return t;
  }

  /** Whether no more files are taken in this session. */
  synchronized boolean full() {
    return entries.size() >= MAX_FILES;
  }

  /** Keeps a dropped file and starts reading it; returns its number. */
  synchronized int add(String name, byte[] bytes) throws IOException {
    if (entries.size() >= MAX_FILES) {
      throw new IllegalStateException("too many files");
    }
    int id = entries.size();
    String shown = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = shown.lastIndexOf('.');
    String extension = dot > 0 && shown.length() - dot <= 6 ? shown.substring(dot).replaceAll("[^.A-Za-z0-9]", "") : "";
    Path file = in.resolve(id + "-" + Nianbao.safeName(dot > 0 ? shown.substring(0, dot) : shown, "report") + extension);
    // Never makes a folder: once the session is closed, its folder stays gone.
    Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    return track(name, file);
  }

  /** Starts reading a file already in the session's folder, shown by {@code name}; returns its number. */
  private synchronized int track(String name, Path file) {
    int id = entries.size();
    Dropped e = new Dropped(id, name, file);
    entries.add(e);
    e.reading = readers.submit(() -> read(e));
    return id;
  }

  /**
   * Fetches the reports at {@code addresses} (one a line) into the session's folder as {@code
   * nianbao fetch} does, and starts reading each; returns how many were fetched and what was said
   * of each address, as JSON.
   */
  String fetch(String addresses) {
    List<String> lines = addresses.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.size() > MAX_ADDRESSES) {
      return "{\"error\":" + Json.string(Message.of("serve.fetch_too_many", MAX_ADDRESSES).zh()) + "}";
    }
    List<String> said = new ArrayList<>();
    Path into = folder.path().resolve("fetched");
    try {
      FetchResult r = Nianbao.fetch(lines, FetchOptions.into(into).withVersion("serve"), m -> {
        synchronized (said) {
          said.add(m.zh());
        }
      });
      int added = 0;
      for (Path report : r.reports()) {
        synchronized (this) {
          if (entries.size() >= MAX_FILES) {
            break;
          }
          track(into.relativize(report).toString().replace('\\', '/'), report);
        }
        added++;
      }
      StringBuilder out = new StringBuilder("{\"reports\":" + added + ",\"failed\":" + r.failed() + ",\"lines\":[");
      synchronized (said) {
        for (int i = 0; i < said.size(); i++) {
          out.append(i > 0 ? "," : "").append(Json.string(said.get(i)));
        }
      }
      return out.append("]}").toString();
    } catch (IOException | RuntimeException e) {
      return "{\"error\":" + Json.string(Message.of("serve.fetch_unfinished", String.valueOf(e.getMessage())).zh()) + "}";
    }
  }

  private void read(Dropped e) {
    e.state = Dropped.State.READING;
    try {
      Outcome o = named(Nianbao.extract(e.file), e.name);
      e.outcome = o;
      if (o.report().isPresent() && !closed) {
        Path workbook = out.resolve(e.id + ".xlsx");
        try (OutputStream stream = Files.newOutputStream(workbook, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
          Nianbao.writeWorkbook(o.report().get(), stream);
        }
        e.workbook = workbook;
      }
      e.state = o.report().isPresent() ? Dropped.State.DONE : Dropped.State.FAILED;
    } catch (IOException | RuntimeException ex) {
      e.state = Dropped.State.FAILED;
    }
  }

  /**
   * What was read from an upload, told by the name it was dropped with (haining-2020.txt, or
   * 报告/海宁.txt from a folder): the copy in the session's folder is gone once the page stops.
   */
  private static Outcome named(Outcome o, String name) {
    return new Outcome(name, o.report().map(r -> r.withFile(name)), o.error(), o.cause());
  }

  /** The table of results, as JSON for the page (which shows every text as text, never as markup). */
  synchronized String resultsJson() {
    return ResultsJson.of(entries);
  }

  /** The 问题清单 of the last merge, as a CSV; null before one. */
  synchronized Download issues() {
    return mergedIssues;
  }

  /** A report's workbook ({@code id} ≥ 0), or the comparison workbook or its CSV ({@code id} -1). */
  synchronized Download workbook(int id, boolean csv) {
    if (id == -1) {
      return csv ? mergedCsv : merged;
    }
    if (id < 0 || id >= entries.size() || entries.get(id).workbook == null) {
      return null;
    }
    Dropped e = entries.get(id);
    return new Download(e.workbook, Nianbao.workbookName(e.outcome.report().orElseThrow(), e.name.replaceFirst("\\.[^.]*$", "")));
  }

  /**
   * Takes the list of units expected to report (名单, as {@code merge --roster}: one per line, with
   * an optional code, UTF-8 or GBK); returns how many units, or why not, as JSON.
   */
  synchronized String roster(byte[] bytes) {
    // A list that cannot be read replaces the one before: the page says so, and the merge has none.
    roster = Optional.empty();
    try {
      Path file = folder.path().resolve("roster.csv");
      Files.write(file, bytes);
      int units = MergeOptions.to(folder.path().resolve("roster-check.xlsx")).withRoster(file).rosterUnits();
      roster = Optional.of(file);
      return "{\"units\":" + units + "}";
    } catch (IOException | RuntimeException e) {
      // The command's own reason (cli.roster_unread), without a file name: the page chose the file.
      return "{\"error\":" + Json.string(Message.of("cli.roster_unread", "").zh()) + "}";
    }
  }

  /**
   * Merges every dropped file into one comparison workbook and CSV, agencies whose names do not
   * say where placed within {@code region} when one is given (as {@code merge --region}); returns
   * how many reports, as JSON. The files are not read again: the merge waits for each to be read
   * and takes what was read.
   */
  String merge(String region) {
    try {
      return merging.submit(() -> merged(region)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return stopped();
    } catch (ExecutionException | RejectedExecutionException e) {
      return stopped();
    }
  }

  private String merged(String region) {
    String within = region == null ? "" : region.strip();
    List<Dropped> dropped;
    Optional<Path> expected;
    synchronized (this) {
      dropped = List.copyOf(entries);
      expected = roster;
    }
    int n;
    MergeOptions options;
    synchronized (this) {
      n = merges + 1;
    }
    try {
      options = options(n, within, expected);
    } catch (OptionException e) {
      return "{\"error\":" + Json.string(e.reason().zh()) + "}";
    }
    if (dropped.isEmpty()) {
      return "{\"reports\":0,\"failures\":0}";
    }
    try {
      List<Outcome> read = read(dropped);
      synchronized (this) {
        merges = n;
      }
      MergeResult r = Nianbao.merge(read, options);
      synchronized (this) {
        merged = new Download(folder.path().resolve("merged-" + n + ".xlsx"), Message.of("serve.download.merged").zh() + ".xlsx");
        mergedCsv = new Download(folder.path().resolve("merged-" + n + ".csv"), Message.of("serve.download.merged").zh() + ".csv");
        mergedIssues = new Download(folder.path().resolve("issues-" + n + ".csv"), Message.of("serve.download.issues").zh() + ".csv");
      }
      return "{\"reports\":" + r.reports() + ",\"failures\":" + r.failures() + ",\"issues\":" + r.issues() + "}";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return stopped();
    } catch (ExecutionException | IOException e) {
      return "{\"error\":" + Json.string(Message.of("serve.merge_failed", String.valueOf(e.getMessage())).zh()) + "}";
    }
  }

  /**
   * The options of the {@code n}th merge: its files in the session's folder, the roster given,
   * agencies placed within {@code within} when one is given. A region from the page is a whole
   * region: 地区=文件夹 names folders of this machine, not of the upload.
   *
   * @throws OptionException when the region is not one administrative division
   */
  private MergeOptions options(int n, String within, Optional<Path> expected) {
    if (within.contains("=")) {
      throw new OptionException(Message.of("cli.region_unknown", within), null);
    }
    MergeOptions o = MergeOptions.to(folder.path().resolve("merged-" + n + ".xlsx")).withCsv(folder.path().resolve("merged-" + n + ".csv"))
        .withIssues(folder.path().resolve("issues-" + n + ".csv")).withCsvHeader(CsvHeader.ZH).withReplace(true);
    o = within.isEmpty() ? o : o.withRegion(within);
    return expected.isEmpty() ? o : o.withRoster(expected.get());
  }

  /** What was read of each dropped file, waiting for each to be read. */
  private List<Outcome> read(List<Dropped> dropped) throws InterruptedException, ExecutionException {
    List<Outcome> read = new ArrayList<>();
    for (Dropped e : dropped) {
      e.reading.get();
      // A file whose reading ended in an error of ours has no outcome kept: it is read here.
      read.add(e.outcome != null ? e.outcome : named(Nianbao.extract(e.file), e.name));
    }
    return read;
  }

  private static String stopped() {
    return "{\"error\":" + Json.string(Message.of("serve.merge_stopped").zh()) + "}";
  }

  /** Stops the reading and merging, waits a little for them, and deletes the folder; may be called again. */
  @Override
  public void close() {
    closed = true;
    readers.shutdownNow();
    merging.shutdownNow();
    try {
      readers.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS);
      merging.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    folder.close();
  }
}
