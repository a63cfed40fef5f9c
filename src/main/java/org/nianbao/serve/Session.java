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
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.nianbao.Nianbao;
import org.nianbao.output.RunFolder;
import org.nianbao.fetch.Fetcher;
import org.nianbao.output.SafeNames;
import org.nianbao.place.Roster;
import org.nianbao.message.Message;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.FlagCounts;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
import org.nianbao.pipeline.Outcome;

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

  /** One dropped file and what became of it. */
  private static final class Entry {
    final int id;
    final String name;
    final Path file;
    volatile String status = "等待";
    volatile Outcome outcome;
    volatile Path workbook;
    Future<?> reading;

    Entry(int id, String name, Path file) {
      this.id = id;
      this.name = name;
      this.file = file;
    }
  }

  /** How long closing waits for the reading and merging to stop before the folder is deleted. */
  private static final long STOP_SECONDS = 3;

  private final RunFolder folder;
  private final Path in;
  private final Path out;
  private final List<Entry> entries = new ArrayList<>();
  private final ExecutorService readers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), task -> daemon(task, "nianbao-page-read"));
  private final ExecutorService merging = Executors.newSingleThreadExecutor(task -> daemon(task, "nianbao-page-merge"));
  private volatile boolean closed;
  private Download merged;
  private Download mergedCsv;
  private Download mergedIssues;
  private int merges;
  /** The units expected to report, when the page was given a list of them. */
  private Optional<Roster> roster = Optional.empty();

  private Session(RunFolder folder) throws IOException {
    this.folder = folder;
    this.in = Files.createDirectory(folder.path().resolve("in"));
    this.out = Files.createDirectory(folder.path().resolve("out"));
  }

  /** A session with a folder of its own (nianbao-serve-…), the folders earlier sessions left swept first. */
  static Session open() throws IOException {
    RunFolder folder = RunFolder.create("serve");
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
    Path file = in.resolve(id + "-" + SafeNames.stem(dot > 0 ? shown.substring(0, dot) : shown, "report") + extension);
    // Never makes a folder: once the session is closed, its folder stays gone.
    Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    return track(name, file);
  }

  /** Starts reading a file already in the session's folder, shown by {@code name}; returns its number. */
  private synchronized int track(String name, Path file) {
    int id = entries.size();
    Entry e = new Entry(id, name, file);
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
      Fetcher fetcher = new Fetcher(into, Fetcher.Options.polite(), "serve", m -> {
        synchronized (said) {
          said.add(m.zh());
        }
      });
      Fetcher.Result r = fetcher.run(lines);
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

  private void read(Entry e) {
    e.status = "读取中";
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
      e.status = o.report().isPresent() ? "完成" : "未能读取";
    } catch (IOException | RuntimeException ex) {
      e.status = "未能读取";
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
    StringBuilder s = new StringBuilder("[");
    for (Entry e : entries) {
      if (s.length() > 1) {
        s.append(',');
      }
      Outcome o = e.outcome;
      Optional<Report> r = o == null ? Optional.empty() : o.report();
      s.append("{\"id\":").append(e.id).append(",\"file\":").append(Json.string(e.name)).append(",\"status\":").append(Json.string(e.status));
      s.append(",\"agency\":").append(Json.string(r.flatMap(Report::agency).orElse("")));
      s.append(",\"year\":").append(Json.string(r.flatMap(Report::year).map(String::valueOf).orElse("")));
      s.append(",\"format\":").append(Json.string(r.flatMap(Report::format).map(f -> f.code()).orElse("")));
      s.append(",\"tables\":").append(Json.string(r.map(Session::tables).orElse("")));
      s.append(",\"failing\":").append(r.map(x -> x.checks().stream().filter(c -> c.status() == CheckStatus.FAIL).count()).orElse(0L));
      // What a person should look at first (需核对), then what only tells how a value was reached (说明).
      s.append(",\"review\":").append(r.map(x -> FlagCounts.of(x).review()).orElse(0L));
      s.append(",\"notes\":").append(r.map(x -> FlagCounts.of(x).notes()).orElse(0L));
      s.append(",\"missing\":").append(Json.string(r.map(Session::missing).orElse("")));
      s.append(",\"reason\":").append(Json.string(o == null || o.error().isEmpty() ? "" : o.error().get().zh()));
      s.append(",\"workbook\":").append(e.workbook != null);
      s.append('}');
    }
    return s.append(']').toString();
  }

  /** The statutory tables a report lacks ("" when it has them all): a problem, said on the page. */
  private static String missing(Report r) {
    List<String> out = new ArrayList<>();
    for (TableId t : TableId.values()) {
      if (!r.has(t)) {
        out.add(t.label());
      }
    }
    return String.join("、", out);
  }

  private static String tables(Report r) {
    List<String> found = new ArrayList<>();
    for (TableId t : List.of(TableId.T2, TableId.T3, TableId.T4)) {
      if (r.has(t)) {
        found.add(t.label());
      }
    }
    return found.isEmpty() ? "无" : String.join("、", found);
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
    Entry e = entries.get(id);
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
      Roster r = Roster.read(file);
      roster = Optional.of(r);
      return "{\"units\":" + r.units().size() + "}";
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
      return "{\"error\":" + Json.string("对比工作簿未能写出：已停止") + "}";
    } catch (ExecutionException | RejectedExecutionException e) {
      return "{\"error\":" + Json.string("对比工作簿未能写出：已停止") + "}";
    }
  }

  private String merged(String region) {
    String within = region == null ? "" : region.strip();
    // A region from the page is a whole region: 地区=文件夹 names folders of this machine, not of the upload.
    if (!within.isEmpty() && (within.contains("=") || !Nianbao.knownRegion(within))) {
      return "{\"error\":" + Json.string(Message.of("cli.region_unknown", within).zh()) + "}";
    }
    List<Entry> dropped;
    Optional<Roster> expected;
    synchronized (this) {
      dropped = List.copyOf(entries);
      expected = roster;
    }
    if (dropped.isEmpty()) {
      return "{\"reports\":0,\"failures\":0}";
    }
    try {
      List<Outcome> read = new ArrayList<>();
      for (Entry e : dropped) {
        e.reading.get();
        // A file whose reading ended in an error of ours has no outcome kept: it is read here.
        read.add(e.outcome != null ? e.outcome : named(Nianbao.extract(e.file), e.name));
      }
      int n;
      synchronized (this) {
        n = ++merges;
      }
      Path xlsx = folder.path().resolve("merged-" + n + ".xlsx");
      Path csv = folder.path().resolve("merged-" + n + ".csv");
      Path issues = folder.path().resolve("issues-" + n + ".csv");
      Nianbao.MergeResult r = Nianbao.merge(read, xlsx, Optional.of(csv), Optional.of(issues), Nianbao.CsvHeader.ZH, true, expected, within.isEmpty() ? List.of() : List.of(within));
      synchronized (this) {
        merged = new Download(xlsx, "对比工作簿.xlsx");
        mergedCsv = new Download(csv, "对比工作簿.csv");
        mergedIssues = new Download(issues, "问题清单.csv");
      }
      return "{\"reports\":" + r.reports() + ",\"failures\":" + r.failures() + ",\"issues\":" + r.issues() + "}";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "{\"error\":" + Json.string("对比工作簿未能写出：已停止") + "}";
    } catch (ExecutionException | IOException e) {
      return "{\"error\":" + Json.string("对比工作簿未能写出：" + e.getMessage()) + "}";
    }
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
