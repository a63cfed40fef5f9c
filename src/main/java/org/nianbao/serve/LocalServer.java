package org.nianbao.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.nianbao.message.Message;

/**
 * nianbao as a page in the browser, for people who never open a terminal: bound to the loopback
 * address only, every request carrying a random token the launcher put in the address (another
 * user of the machine, or another page in the browser, cannot drive it). Uploaded reports are held
 * in a private temporary folder, deleted when the server stops; nothing leaves the machine. The
 * one request that reaches another machine is the box of addresses' (POST /fetch), on its button.
 */
public final class LocalServer implements AutoCloseable {
  /** A report larger than this is refused, as on the command line. */
  static final long MAX_UPLOAD = 16L * 1024 * 1024;
  /** A roster is a list of names: a megabyte is tens of thousands of units. */
  static final long MAX_ROSTER = 1024L * 1024;
  /** The addresses pasted in one go: a region's units, not a crawl. */
  static final long MAX_ADDRESSES = 64L * 1024;

  private final HttpServer http;
  private final String token;
  private final Session session;
  private final ExecutorService handlers = Executors.newFixedThreadPool(4);
  private final CountDownLatch stopped = new CountDownLatch(1);

  private LocalServer(HttpServer http, String token, Session session) {
    this.http = http;
    this.token = token;
    this.session = session;
  }

  /** Starts a server on {@code port} (0: a free one) of the loopback address. */
  public static LocalServer start(int port) throws IOException {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String token = HexFormat.of().formatHex(random);
    Path folder = Files.createTempDirectory("nianbao-serve-");
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    LocalServer s = new LocalServer(http, token, new Session(folder));
    http.setExecutor(s.handlers);
    http.createContext("/", s::handle);
    http.start();
    return s;
  }

  /** The address to open, with its token. */
  public URI address() {
    return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/?t=" + token);
  }

  /** Where the server listens (always a loopback address). */
  public InetSocketAddress bound() {
    return http.getAddress();
  }

  /** Waits until the page's 停止 button is pressed (or the process is ended). */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  @Override
  public void close() {
    http.stop(0);
    handlers.shutdownNow();
    session.close();
  }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      Map<String, String> query = query(x.getRequestURI().getRawQuery());
      String given = x.getRequestHeaders().getFirst("X-Token");
      if (given == null) {
        given = query.getOrDefault("t", "");
      }
      // Compared in constant time: the token is the only key to this server.
      if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
        send(x, 403, "text/plain; charset=utf-8", "403：地址中缺少或带错了访问令牌，请用 nianbao 打开的地址。".getBytes(StandardCharsets.UTF_8));
        return;
      }
      x.getResponseHeaders().add("Cache-Control", "no-store");
      x.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
      x.getResponseHeaders().add("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:");
      String path = x.getRequestURI().getPath();
      String method = x.getRequestMethod();
      switch (method + " " + path) {
        case "GET /" -> send(x, 200, "text/html; charset=utf-8",
            new String(resource("index.html"), StandardCharsets.UTF_8).replace("{{TOKEN}}", token).getBytes(StandardCharsets.UTF_8));
        case "GET /page.js" -> send(x, 200, "text/javascript; charset=utf-8", resource("page.js"));
        case "GET /page.css" -> send(x, 200, "text/css; charset=utf-8", resource("page.css"));
        case "POST /upload" -> upload(x, query.getOrDefault("name", "report"));
        case "POST /quit" -> {
          send(x, 200, "text/plain; charset=utf-8", "已停止".getBytes(StandardCharsets.UTF_8));
          stopped.countDown();
        }
        case "GET /results" -> send(x, 200, "application/json; charset=utf-8", session.resultsJson().getBytes(StandardCharsets.UTF_8));
        case "GET /workbook" -> download(x, session.workbook("merged".equals(query.get("id")) ? -1 : number(query.get("id")), query.containsKey("csv")));
        case "POST /roster" -> roster(x);
        case "POST /fetch" -> fetch(x);
        case "POST /merge" -> send(x, 200, "application/json; charset=utf-8", session.merge(query.get("region")).getBytes(StandardCharsets.UTF_8));
        default -> send(x, 404, "text/plain; charset=utf-8", "404".getBytes(StandardCharsets.UTF_8));
      }
    } catch (RuntimeException e) {
      send(x, 500, "text/plain; charset=utf-8", ("500：" + e.getClass().getSimpleName()).getBytes(StandardCharsets.UTF_8));
    }
  }

  private void upload(HttpExchange x, String name) throws IOException {
    byte[] bytes = body(x, MAX_UPLOAD, "文件超过16MB，不是报告");
    if (bytes == null) {
      return;
    }
    if (session.full()) {
      send(x, 429, "application/json; charset=utf-8", ("{\"error\":\"本次已上传" + Session.MAX_FILES + "个文件，请停止后重新打开页面\"}").getBytes(StandardCharsets.UTF_8));
      return;
    }
    int id = session.add(name, bytes);
    send(x, 200, "application/json; charset=utf-8", ("{\"id\":" + id + "}").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Fetches the reports at the addresses pasted in the page's box (one a line) as {@code nianbao
   * fetch} does, into the session's folder, and reads each like a dropped file: the one request of
   * the page that reaches another machine, made only when its button is pressed.
   */
  private void fetch(HttpExchange x) throws IOException {
    byte[] bytes = body(x, MAX_ADDRESSES, Message.of("serve.fetch_list_too_long").zh());
    if (bytes != null) {
      send(x, 200, "application/json; charset=utf-8", session.fetch(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }
  }

  private void roster(HttpExchange x) throws IOException {
    byte[] bytes = body(x, MAX_ROSTER, "名单文件超过1MB");
    if (bytes != null) {
      send(x, 200, "application/json; charset=utf-8", session.roster(bytes).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The request's body, read no further than {@code max} bytes; null once a larger one is refused (413, {@code tooLarge}). */
  private static byte[] body(HttpExchange x, long max, String tooLarge) throws IOException {
    try (InputStream in = x.getRequestBody()) {
      byte[] bytes = in.readNBytes((int) max + 1);
      if (bytes.length <= max) {
        return bytes;
      }
    }
    send(x, 413, "application/json; charset=utf-8", ("{\"error\":" + Json.string(tooLarge) + "}").getBytes(StandardCharsets.UTF_8));
    return null;
  }

  private static void download(HttpExchange x, Session.Download d) throws IOException {
    if (d == null) {
      send(x, 404, "text/plain; charset=utf-8", "404：没有这个工作簿".getBytes(StandardCharsets.UTF_8));
      return;
    }
    String type = d.name().endsWith(".csv") ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    x.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"download" + d.name().substring(d.name().lastIndexOf('.')) + "\"; filename*=UTF-8''"
        + URLEncoder.encode(d.name(), StandardCharsets.UTF_8).replace("+", "%20"));
    send(x, 200, type, Files.readAllBytes(d.file()));
  }

  private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = LocalServer.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  /** A report's number, or -2 (no report) for anything else. */
  private static int number(String s) {
    try {
      return s == null ? -2 : Math.max(-2, Integer.parseInt(s));
    } catch (NumberFormatException e) {
      return -2;
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        // A broken escape: the pair is left out.
      }
    }
    return out;
  }

  /** Removes a folder and what is in it. */
  static void delete(Path folder) {
    try (Stream<Path> all = Files.walk(folder)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // The system's temporary folder is cleaned by the system in the end.
    }
  }
}
