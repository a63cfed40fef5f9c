package org.nianbao.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.nianbao.output.AtomicFiles;
import org.nianbao.output.SafeNames;
import org.nianbao.message.Message;

/**
 * Collects a region's reports into a folder ready to merge, on the user's explicit command only:
 * each address is a report's page, a report's file, or a column's list page whose links to reports
 * are followed. Each report goes into a folder of its own (see {@link ReportSaver} for its layout),
 * named by agency and year when its title or link says them; {@code manifest.csv} beside them says
 * what was fetched from where, so a second run asks for nothing already saved, and a report's
 * content met at two addresses is saved once. Every failure is one line and a row of the manifest;
 * a report's folder appears whole or not at all.
 */
public final class Fetcher {
  /** Column pages of a list followed at most (a list split over pages by its pager). */
  static final int MAX_LIST_PAGES = 20;

  /**
   * How to fetch.
   *
   * @param year only the reports on this year (as their links name it), or null for all
   * @param refresh ask again for what is saved, and keep what changed
   * @param delay the pause between two requests to one host
   * @param timeout the longest wait for one response
   * @param maxBytes the largest file taken
   */
  public record Options(Integer year, boolean refresh, Duration delay, Duration timeout, long maxBytes, int maxRedirects, int retries) {
    /** Polite defaults: a second between requests to a host, 30 seconds for a response, 16 MB a file, 5 redirects, 2 more tries. */
    public static Options polite() {
      return new Options(null, false, Duration.ofSeconds(1), Duration.ofSeconds(30), 16L * 1024 * 1024, 5, 2);
    }

    public Options year(Integer y) {
      return new Options(y, refresh, delay, timeout, maxBytes, maxRedirects, retries);
    }

    public Options refresh(boolean r) {
      return new Options(year, r, delay, timeout, maxBytes, maxRedirects, retries);
    }

    public Options delay(Duration d) {
      return new Options(year, refresh, d, timeout, maxBytes, maxRedirects, retries);
    }

    public Options timeout(Duration t) {
      return new Options(year, refresh, delay, t, maxBytes, maxRedirects, retries);
    }
  }

  /** What a run came to: the reports in the folder for the addresses given (their main files), and the counts. */
  public record Result(List<Path> reports, int saved, int kept, int failed) {}

  private final Path folder;
  private final Options options;
  private final Http http;
  private final Consumer<Message> say;
  private final Manifest manifest;
  private final List<Path> reports = new ArrayList<>();
  private int saved;
  private int kept;
  private int failed;

  /**
   * @param folder where the reports and {@code manifest.csv} go
   * @param say told one line for each report saved, kept or failed
   */
  public Fetcher(Path folder, Options options, String version, Consumer<Message> say) throws IOException {
    this.folder = folder;
    this.options = options;
    this.say = say;
    Files.createDirectories(folder);
    this.manifest = Manifest.of(folder);
    this.http = new Http(new Http.Policy(options.delay(), options.timeout(), options.maxBytes(), options.maxRedirects(), options.retries(),
        "nianbao/" + version + " (collects government information-disclosure annual reports on its user's command; one request at a time)"));
  }

  /** Fetches every address (each once, in the order given); a failed one never stops the others. */
  public Result run(List<String> addresses) throws IOException {
    Map<String, String> distinct = new LinkedHashMap<>();
    for (String a : addresses) {
      if (!a.isBlank()) {
        distinct.putIfAbsent(a.strip(), a.strip());
      }
    }
    for (String a : distinct.keySet()) {
      Optional<URI> u = Addresses.parse(a);
      if (u.isEmpty()) {
        failed++;
        manifest.put(List.of(new Manifest.Row(a, "", "report", "", Manifest.Status.FAILED, 0, "", now(), Message.of("fetch.bad_address").zh())));
        say.accept(Message.of("fetch.failed", a, Message.of("fetch.bad_address")));
        continue;
      }
      address(u.get());
    }
    manifest.save();
    return new Result(reports.stream().distinct().toList(), saved, kept, failed);
  }

  /** Where the folder's manifest is. */
  public Path manifestFile() {
    return folder.resolve(Manifest.FILE);
  }

  private void address(URI u) throws IOException {
    Optional<Manifest.Row> before = manifest.report(u.toString());
    if (before.isPresent() && !options.refresh()) {
      Manifest.Row row = before.get();
      if (row.status() == Manifest.Status.LIST) {
        // The list was read before: its reports not saved yet are asked for again; the list is not.
        List<Manifest.Row> led = manifest.ledFrom(row.address()).stream().filter(r -> r.kind().equals("report")).toList();
        say.accept(Message.of("fetch.list_known", u, led.size()));
        for (Manifest.Row r : led) {
          report(URI.create(r.address()), u.toString(), r.done() ? r.note() : "");
        }
        return;
      }
      if (known(row)) {
        return;
      }
    }
    Http.Response r;
    try {
      r = http.get(u);
    } catch (FetchFailure f) {
      fail(u, "", f.reason());
      return;
    }
    if (ReportSaver.html(r)) {
      PageText page = PageText.of(r.body());
      List<Links.Link> links = Links.of(page.dom(), u);
      List<Links.Link> listed = Links.reports(links, u);
      // A list is no report itself and links reports; a page that links a document under 附件 is a
      // report published as an attachment, whatever else it links (历年年报 beside it).
      boolean list = !Links.reportText(page.dom().text()) && !Links.annexed(links)
          && (listed.size() >= 2 || listed.size() == 1 && !Links.DOCUMENTS.contains(Links.extension(Links.fileName(listed.get(0).target()))));
      if (list) {
        list(u, page, listed);
        return;
      }
      save(u, "", "", r, page);
    } else {
      save(u, "", "", r, null);
    }
  }

  /** A report row of the manifest whose files are still there: said and counted, nothing asked. */
  private boolean known(Manifest.Row row) {
    if (!row.done() || row.file().isEmpty() || !Files.exists(folder.resolve(row.file()))) {
      return false;
    }
    kept++;
    reports.add(folder.resolve(row.file()));
    say.accept(Message.of("fetch.already", row.address(), row.file()));
    return true;
  }

  /** A column's list page: its reports (of the year asked for), followed by its pager's next pages. */
  private void list(URI u, PageText first, List<Links.Link> listed) throws IOException {
    Map<URI, Links.Link> all = new LinkedHashMap<>();
    listed.forEach(l -> all.putIfAbsent(l.target(), l));
    List<URI> pages = new ArrayList<>(List.of(u));
    PageText page = first;
    URI at = u;
    List<Manifest.Row> rows = new ArrayList<>();
    while (pages.size() < MAX_LIST_PAGES) {
      Optional<URI> next = Links.of(page.dom(), at).stream().filter(l -> Links.isNext(l.text())).map(Links.Link::target).filter(t -> !pages.contains(t)).findFirst();
      if (next.isEmpty()) {
        break;
      }
      try {
        Http.Response r = http.get(next.get());
        page = PageText.of(r.body());
        at = next.get();
        pages.add(at);
        rows.add(row(at, u.toString(), "list", "", Manifest.Status.LIST, r.body(), ""));
        Links.reports(Links.of(page.dom(), at), at).forEach(l -> all.putIfAbsent(l.target(), l));
      } catch (FetchFailure f) {
        rows.add(failedRow(next.get(), u.toString(), "list", f.reason()));
        say.accept(Message.of("fetch.failed", next.get(), f.reason()));
        break;
      }
    }
    List<Links.Link> chosen = all.values().stream()
        .filter(l -> options.year() == null || Links.year(l.text()).equals(OptionalInt.of(options.year())))
        .toList();
    rows.add(0, row(u, "", "list", "", Manifest.Status.LIST, new byte[0], String.valueOf(chosen.size())));
    manifest.put(rows);
    say.accept(Message.of(chosen.isEmpty() ? "fetch.list_none" : "fetch.list", u, chosen.size(), options.year() == null ? "" : Message.of("fetch.of_year", options.year())));
    for (Links.Link l : chosen) {
      report(l.target(), u.toString(), l.text());
    }
  }

  /** A report a list page links to, by the words of its link. */
  private void report(URI u, String from, String text) throws IOException {
    Optional<Manifest.Row> before = manifest.report(u.toString());
    if (before.isPresent() && !options.refresh() && known(before.get())) {
      return;
    }
    Http.Response r;
    try {
      r = http.get(u);
    } catch (FetchFailure f) {
      fail(u, from, f.reason());
      return;
    }
    save(u, from, text, r, ReportSaver.html(r) ? PageText.of(r.body()) : null);
  }

  /** Saves a report fetched whole: its folder written beside the others, its rows in the manifest. */
  private void save(URI u, String from, String linkText, Http.Response r, PageText page) throws IOException {
    String sha = sha256(r.body());
    Optional<Manifest.Row> same = manifest.sameContent(sha, u.toString());
    if (same.isPresent()) {
      keptAsDuplicate(u, from, r, sha, same.get());
      return;
    }
    ReportSaver.Saved report = page == null ? ReportSaver.file(u, r) : ReportSaver.page(http, u, page);
    Optional<Manifest.Row> before = manifest.report(u.toString());
    String name = before.filter(b -> b.file().contains("/")).map(b -> b.file().substring(0, b.file().indexOf('/')))
        .orElseGet(() -> folderName(u, linkText, report));
    Path target = folder.resolve(name);
    boolean unchanged = before.isPresent() && same(target, report.files());
    if (!unchanged) {
      try {
        write(target, report.files());
      } catch (IOException e) {
        // A folder that cannot be written (disk full, a name the file system refuses) is this report's failure only.
        failed++;
        manifest.put(List.of(failedRow(u, from, "report", Message.of("write.failed", name, String.valueOf(e.getMessage())))));
        manifest.save();
        say.accept(Message.of("fetch.not_saved", u, Message.of("write.failed", name, String.valueOf(e.getMessage()))));
        return;
      }
    }
    Manifest.Status status = unchanged ? Manifest.Status.UNCHANGED : Manifest.Status.SAVED;
    manifest.put(rows(u, from, linkText, report, name, status, sha));
    manifest.save();
    reports.add(target.resolve(report.main()));
    if (unchanged) {
      kept++;
      say.accept(Message.of("fetch.unchanged", u, name + "/" + report.main()));
    } else {
      saved++;
      say.accept(Message.of("fetch.saved", u, name + "/" + report.main(), report.files().size()));
    }
  }

  /** A report whose content is that of one fetched before, from another address: listed, not saved again. */
  private void keptAsDuplicate(URI u, String from, Http.Response r, String sha, Manifest.Row same) throws IOException {
    kept++;
    reports.add(folder.resolve(same.file()));
    manifest.put(List.of(new Manifest.Row(u.toString(), from, "report", same.file(), Manifest.Status.DUPLICATE, r.body().length, sha, now(),
        Message.of("fetch.same_as", same.address()).zh())));
    manifest.save();
    say.accept(Message.of("fetch.duplicate", u, same.address()));
  }

  /** The manifest's rows of a report saved in the folder {@code name}: the report, then each of its parts (saying those that failed). */
  private List<Manifest.Row> rows(URI u, String from, String linkText, ReportSaver.Saved report, String name, Manifest.Status status, String sha) {
    List<Manifest.Row> rows = new ArrayList<>();
    long bytes = report.files().values().stream().mapToLong(b -> b.length).sum();
    rows.add(new Manifest.Row(u.toString(), from, "report", name + "/" + report.main(), status, bytes, sha, now(), linkText));
    for (ReportSaver.Part p : report.parts()) {
      if (p.saved()) {
        rows.add(new Manifest.Row(p.address().toString(), u.toString(), p.kind(), name + "/" + p.file(), status, p.bytes(), p.sha256(), now(), ""));
      } else {
        rows.add(failedRow(p.address(), u.toString(), p.kind(), p.failure()));
        say.accept(Message.of("fetch.part_failed", u, Message.of("fetch.kind." + p.kind()), p.address(), p.failure()));
      }
    }
    return rows;
  }

  /** The report's folder: by agency and year from its titles (or its file's name), else its link's words; unique among the reports. */
  private String folderName(URI u, String linkText, ReportSaver.Saved report) {
    // What the page says of itself first: a list's link may be cut short (…年度报…).
    List<String> texts = new ArrayList<>(report.titles());
    texts.add(linkText);
    String base = Names.folder(u, texts.toArray(String[]::new));
    String name = base;
    for (int n = 2; manifest.folderTaken(name, u.toString()) || Files.exists(folder.resolve(name)) && !owned(name, u); n++) {
      name = SafeNames.stem(base + "(" + n + ")", base);
    }
    return name;
  }

  /** Whether an existing folder is this address's own from an earlier run. */
  private boolean owned(String name, URI u) {
    return manifest.report(u.toString()).map(r -> r.file().startsWith(name + "/")).orElse(false);
  }

  /** Whether the folder holds exactly these files with these bytes. */
  private static boolean same(Path dir, Map<String, byte[]> files) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      if (all.filter(Files::isRegularFile).count() != files.size()) {
        return false;
      }
    }
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path p = dir.resolve(f.getKey());
      if (!Files.isRegularFile(p) || !java.util.Arrays.equals(Files.readAllBytes(p), f.getValue())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes a report's folder whole: its files go to a hidden folder beside it, which then takes the
   * folder's place, so a run stopped halfway leaves the old folder or the new one, never a mix.
   */
  private void write(Path target, Map<String, byte[]> files) throws IOException {
    Path part = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
    Path old = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".old");
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path p = part.resolve(f.getKey()).normalize();
        if (!p.startsWith(part)) {
          continue;
        }
        AtomicFiles.write(p, true, out -> out.write(f.getValue()));
      }
      if (Files.exists(target)) {
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      delete(part);
      delete(old);
    }
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Left for the next run: a hidden folder no reader takes for a report.
    }
  }

  private void fail(URI u, String from, Message why) throws IOException {
    failed++;
    manifest.put(List.of(failedRow(u, from, "report", why)));
    manifest.save();
    say.accept(Message.of("fetch.failed", u, why));
  }

  private static Manifest.Row failedRow(URI u, String from, String kind, Message why) {
    return new Manifest.Row(u.toString(), from, kind, "", Manifest.Status.FAILED, 0, "", now(), why.zh());
  }

  private static Manifest.Row row(URI u, String from, String kind, String file, Manifest.Status status, byte[] body, String note) {
    return new Manifest.Row(u.toString(), from, kind, file, status, body.length, body.length == 0 ? "" : sha256(body), now(), note);
  }

  private static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
