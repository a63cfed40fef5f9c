package org.nianbao.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * test-data/sites/region/ served on the loopback address at the paths a content system gives its
 * pages (see its README), with a redirect, a 404 and an answer slower than the fetch waits. Every
 * request is counted; the server ends with the test.
 */
public final class TestSite implements AutoCloseable {
  private static final Path SITE = Path.of("test-data/sites/region");
  /** How long the slow page takes: longer than the tests' time limit, short enough for a test. */
  static final long SLOW_MS = 2500;

  private static final Map<String, Path> FILES = Map.ofEntries(
      Map.entry("/col/ndbg/index.html", SITE.resolve("list.html")),
      Map.entry("/col/ndbg/index_2.html", SITE.resolve("list_2.html")),
      Map.entry("/css/site.css", SITE.resolve("site.css")),
      Map.entry("/art/2023/art_101.html", Path.of("test-data/wild/columns-reordered.html")),
      Map.entry("/art/2023/art_102.html", Path.of("test-data/hazards/html-2021-form-gbk.html")),
      Map.entry("/art/2023/art_103.html", SITE.resolve("attachment.html")),
      Map.entry("/art/2023/art_104.html", Path.of("test-data/habits/web-paged.html")),
      Map.entry("/art/2023/web-paged_1.html", Path.of("test-data/habits/web-paged_1.html")),
      Map.entry("/art/2023/web-paged_2.html", Path.of("test-data/habits/web-paged_2.html")),
      Map.entry("/art/2023/art_105.html", Path.of("test-data/scans/columns-reordered.html")),
      Map.entry("/art/2023/columns-reordered_files/table1.png", Path.of("test-data/scans/columns-reordered_files/table1.png")),
      Map.entry("/art/2023/columns-reordered_files/table2.png", Path.of("test-data/scans/columns-reordered_files/table2.png")),
      Map.entry("/art/2023/columns-reordered_files/table3.png", Path.of("test-data/scans/columns-reordered_files/table3.png")));

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final List<String> requests = new CopyOnWriteArrayList<>();

  public TestSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The address of a path of the site. */
  public String at(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** The paths asked for so far, in order. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      String path = x.getRequestURI().getPath();
      requests.add(x.getRequestURI().getRawPath() + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery()));
      if (!x.getRequestHeaders().getFirst("User-Agent").startsWith("nianbao/")) {
        send(x, 403, "text/plain", "no user agent".getBytes());
        return;
      }
      switch (path) {
        case "/art/2022/old.html" -> {
          x.getResponseHeaders().add("Location", "/art/2023/art_101.html");
          send(x, 302, "text/html", new byte[0]);
        }
        case "/art/2023/art_107.html" -> {
          try {
            Thread.sleep(SLOW_MS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          send(x, 200, "text/html; charset=utf-8", "<html><body>迟到的报告</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        case "/module/download/downfile.jsp" -> {
          String query = x.getRequestURI().getQuery();
          if (query != null && query.contains("filename=2101291632.pdf")) {
            x.getResponseHeaders().add("Content-Disposition", "attachment; filename*=UTF-8''%E6%B5%B7%E5%AE%81%E5%B8%82%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C2020%E5%B9%B4%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.pdf");
            send(x, 200, "application/octet-stream", Files.readAllBytes(Path.of("test-data/forms/haining-2020.pdf")));
          } else {
            send(x, 404, "text/plain", new byte[0]);
          }
        }
        default -> {
          Path file = FILES.get(path);
          if (file == null) {
            send(x, 404, "text/html", "<html><body>404</body></html>".getBytes());
            return;
          }
          String type = path.endsWith(".png") || path.endsWith(".gif") ? "image/png" : path.endsWith(".css") ? "text/css" : "text/html";
          send(x, 200, type, Files.readAllBytes(file));
        }
      }
    }
  }

  private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = x.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
    try {
      threads.awaitTermination(SLOW_MS * 2, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
