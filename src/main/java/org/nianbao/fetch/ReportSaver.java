package org.nianbao.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.nianbao.message.Message;

/**
 * Fetches one report whole, in memory, laid out as a browser's "save page, complete" lays it out and
 * as nianbao reads a report of several files: the page as {@code NAME.html}; its pictures, style
 * sheets and frames in {@code NAME_files/} (a frame's own pictures beside it there); its next pages
 * and its attachments beside the page, under their own names; every link to a saved file rewritten
 * to lead to it, relative, and every other link made absolute. Each address is fetched once, and
 * content met at two addresses is kept once.
 */
final class ReportSaver {
  /** A report's next pages beyond which no more are followed (a pager that never ends). */
  static final int MAX_PAGES = 50;
  /** Requests for one report's parts beyond which no more are made. */
  static final int MAX_PARTS = 200;
  /** Frames inside frames followed this deep. */
  private static final int MAX_DEPTH = 2;

  /** One file fetched for the report: where from, what it is to the report, and what became of it. */
  record Part(URI address, String kind, String file, boolean saved, long bytes, String sha256, Message failure) {}

  /** A report fetched whole: its main file's name and every file by its path in the report's folder. */
  record Saved(String main, Map<String, byte[]> files, List<Part> parts, List<String> titles) {}

  private final Http http;
  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private final Map<URI, String> byAddress = new HashMap<>();
  private final Map<String, String> byContent = new HashMap<>();
  private final Set<String> taken = new HashSet<>();
  /** Addresses asked for in vain: not asked again for this report. */
  private final Set<URI> failed = new HashSet<>();
  private final List<Part> parts = new ArrayList<>();
  private int requests;
  private String resources;

  private ReportSaver(Http http) {
    this.http = http;
  }

  /** A report that is one file (a PDF, a Word or OFD file, a spreadsheet, a picture). */
  static Saved file(URI address, Http.Response r) {
    String name = Names.file(address, r.disposition(), r.contentType(), r.body());
    return new Saved(name, Map.of(name, r.body()), List.of(), List.of(name));
  }

  /** A report that is a web page, with what belongs to it. */
  static Saved page(Http http, URI address, PageText page) {
    return new ReportSaver(http).save(address, page);
  }

  private Saved save(URI address, PageText first) {
    String main = Names.page(address);
    resources = Links.stem(main) + "_files";
    reserve(main);
    taken.add(resources.toLowerCase(Locale.ROOT));
    byAddress.put(address, main);
    List<URI> order = new ArrayList<>(List.of(address));
    Map<URI, PageText> pages = new LinkedHashMap<>();
    pages.put(address, first);
    // The next pages, followed as far as their pagers lead, each named before any page is rewritten.
    for (int i = 0; i < order.size() && order.size() <= MAX_PAGES; i++) {
      URI at = order.get(i);
      for (URI next : Links.continuations(Links.of(pages.get(at).dom(), base(pages.get(at), at)), at)) {
        if (byAddress.containsKey(next) || order.size() > MAX_PAGES) {
          continue;
        }
        Optional<Http.Response> r = fetch(next, "continuation");
        if (r.isEmpty()) {
          continue;
        }
        if (!html(r.get())) {
          keep(next, "continuation", "", r.get());
          continue;
        }
        String name = Names.unique(Names.page(next), taken);
        reserve(name);
        byAddress.put(next, name);
        order.add(next);
        pages.put(next, PageText.of(r.get().body()));
        parts.add(part(next, "continuation", name, r.get().body()));
      }
    }
    for (URI at : order) {
      rewrite(pages.get(at), at, byAddress.get(at), 0);
    }
    List<String> titles = first.titles();
    return new Saved(main, files, parts, titles);
  }

  /** Rewrites a page's links to the files saved for it, fetching them, and keeps the page as {@code path}. */
  private void rewrite(PageText page, URI address, String path, int depth) {
    URI base = base(page, address);
    String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
    for (Element b : page.dom().getElementsByTag("base")) {
      if (b.hasAttr("href")) {
        page.set(b, "href", "./");
      }
    }
    for (Element img : page.dom().getElementsByTag("img")) {
      picture(page, img, base, dir);
    }
    for (Element link : page.dom().getElementsByTag("link")) {
      Optional<URI> u = Addresses.resolve(base, link.attr("href"));
      if (u.isEmpty()) {
        continue;
      }
      boolean sheet = link.attr("rel").toLowerCase(Locale.ROOT).contains("stylesheet");
      Optional<String> saved = sheet ? resource(u.get(), "stylesheet", resources) : Optional.empty();
      page.set(link, "href", saved.map(s -> relative(dir, s)).orElse(u.get().toString()));
    }
    for (Element frame : page.dom().select("iframe[src], frame[src], embed[src], object[data]")) {
      String key = frame.normalName().equals("object") ? "data" : "src";
      Optional<URI> u = Addresses.resolve(base, frame.attr(key));
      if (u.isPresent()) {
        Optional<String> saved = depth < MAX_DEPTH ? frame(u.get(), depth) : Optional.empty();
        page.set(frame, key, saved.map(s -> relative(dir, s)).orElse(u.get().toString()));
      }
    }
    List<Links.Link> links = Links.of(page.dom(), base);
    Set<URI> attachments = new HashSet<>();
    Links.attachments(links).forEach(l -> attachments.add(l.target()));
    for (Element a : page.dom().getElementsByTag("a")) {
      Optional<URI> u = Addresses.resolve(base, a.attr("href"));
      if (u.isEmpty()) {
        continue;
      }
      String saved = byAddress.get(u.get());
      if (saved == null && attachments.contains(u.get())) {
        saved = resource(u.get(), "attachment", "").orElse(null);
      }
      page.set(a, "href", saved == null ? u.get().toString() : relative(dir, saved));
    }
    for (Element script : page.dom().select("script[src]")) {
      Addresses.resolve(base, script.attr("src")).ifPresent(u -> page.set(script, "src", u.toString()));
    }
    files.put(path, page.saved());
  }

  /**
   * A picture of the page, saved and its {@code src} rewritten; a picture a script loads late
   * ({@code data-src}, {@code data-original}, shown meanwhile as a placeholder) is saved as the one it shows.
   */
  private void picture(PageText page, Element img, URI base, String dir) {
    String src = img.attr("src").strip();
    String late = img.hasAttr("data-src") ? img.attr("data-src") : img.attr("data-original");
    boolean placeholder = src.isEmpty() || src.regionMatches(true, 0, "data:", 0, 5) || src.matches("(?i).*(loading|blank|placeholder|lazy|grey|spacer)[^/]*");
    String wanted = !late.isBlank() && placeholder ? late : src;
    if (wanted.regionMatches(true, 0, "data:", 0, 5)) {
      return;
    }
    Optional<URI> u = Addresses.resolve(base, wanted);
    if (u.isEmpty()) {
      return;
    }
    Optional<String> saved = resource(u.get(), "picture", resources);
    String value = saved.map(s -> relative(dir, s)).orElse(u.get().toString());
    if (img.hasAttr("src")) {
      page.set(img, "src", value);
    } else {
      page.add(img, "src", value);
    }
  }

  /** A frame's page saved in the resources folder with its own pictures; a frame that is a file, saved as one. */
  private Optional<String> frame(URI u, int depth) {
    if (byAddress.containsKey(u)) {
      return Optional.of(byAddress.get(u));
    }
    Optional<Http.Response> r = fetch(u, "frame");
    if (r.isEmpty()) {
      return Optional.empty();
    }
    if (!html(r.get())) {
      return Optional.of(keep(u, "frame", resources, r.get()));
    }
    String path = resources + "/" + Names.unique(Names.page(u), namesIn(resources));
    reserve(path);
    byAddress.put(u, path);
    parts.add(part(u, "frame", path, r.get().body()));
    rewrite(PageText.of(r.get().body()), r.get().uri(), path, depth + 1);
    return Optional.of(path);
  }

  /** A file the report needs, saved once into {@code folder} ("" for beside the page); empty when it could not be fetched. */
  private Optional<String> resource(URI u, String kind, String folder) {
    if (byAddress.containsKey(u)) {
      return Optional.of(byAddress.get(u));
    }
    return fetch(u, kind).map(r -> keep(u, kind, folder, r));
  }

  private String keep(URI u, String kind, String folder, Http.Response r) {
    String sha = Fetcher.sha256(r.body());
    String same = byContent.get(sha);
    if (same != null) {
      byAddress.put(u, same);
      parts.add(new Part(u, kind, same, true, r.body().length, sha, null));
      return same;
    }
    String name = Names.unique(Names.file(u, r.disposition(), r.contentType(), r.body()), folder.isEmpty() ? taken : namesIn(folder));
    String path = folder.isEmpty() ? name : folder + "/" + name;
    reserve(path);
    files.put(path, r.body());
    byAddress.put(u, path);
    byContent.put(sha, path);
    parts.add(new Part(u, kind, path, true, r.body().length, sha, null));
    return path;
  }

  private Optional<Http.Response> fetch(URI u, String kind) {
    if (failed.contains(u)) {
      return Optional.empty();
    }
    if (++requests > MAX_PARTS) {
      if (requests == MAX_PARTS + 1) {
        parts.add(new Part(u, kind, "", false, 0, "", Message.of("fetch.too_many_parts", MAX_PARTS)));
      }
      return Optional.empty();
    }
    try {
      return Optional.of(http.get(u));
    } catch (FetchFailure f) {
      parts.add(new Part(u, kind, "", false, 0, "", f.reason()));
      failed.add(u);
      return Optional.empty();
    }
  }

  private Part part(URI u, String kind, String path, byte[] body) {
    return new Part(u, kind, path, true, body.length, Fetcher.sha256(body), null);
  }

  private void reserve(String path) {
    taken.add(path.toLowerCase(Locale.ROOT));
  }

  /** The names taken in a folder of the report, as {@link Names#unique} wants them. */
  private Set<String> namesIn(String folder) {
    Set<String> out = new HashSet<>();
    String prefix = folder.toLowerCase(Locale.ROOT) + "/";
    for (String t : taken) {
      if (t.startsWith(prefix)) {
        out.add(t.substring(prefix.length()));
      }
    }
    return out;
  }

  /** Where a page's links start from: its {@code <base href>}, else its own address. */
  private static URI base(PageText page, URI address) {
    for (Element b : page.dom().getElementsByTag("base")) {
      Optional<URI> u = Addresses.resolve(address, b.attr("href"));
      if (u.isPresent()) {
        return u.get();
      }
    }
    return address;
  }

  static boolean html(Http.Response r) {
    String type = r.contentType().toLowerCase(Locale.ROOT);
    if (type.contains("html")) {
      return true;
    }
    if (!type.isEmpty() && !type.startsWith("text/plain") && !type.contains("octet-stream")) {
      return false;
    }
    String head = new String(r.body(), 0, Math.min(r.body().length, 1024), StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html");
  }

  /** The link from a file in {@code dir} to {@code path} (both in the report's folder), its steps escaped. */
  static String relative(String dir, String path) {
    String up = dir.isEmpty() ? "" : "../".repeat(dir.split("/").length);
    String target = path;
    if (!dir.isEmpty() && path.startsWith(dir + "/")) {
      up = "";
      target = path.substring(dir.length() + 1);
    }
    StringBuilder out = new StringBuilder(up);
    String[] steps = target.split("/");
    for (int i = 0; i < steps.length; i++) {
      if (i > 0) {
        out.append('/');
      }
      out.append(escape(steps[i]));
    }
    return out.toString();
  }

  /** A step of a path escaped as browsers escape a file's name in a link: UTF-8, every byte but the unreserved ones. */
  private static String escape(String step) {
    StringBuilder out = new StringBuilder();
    for (byte b : step.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~()".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }
}
