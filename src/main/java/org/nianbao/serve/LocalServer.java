package org.nianbao.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.nianbao.message.Message;

/**
 * nianbao as a page in the browser, for people who never open a terminal: bound to the loopback
 * address only, every request carrying a random token the launcher put in the address (another
 * user of the machine, or another page in the browser, cannot drive it), and naming this machine
 * as its host (a page of another site whose name was made to point here, DNS rebinding, is
 * refused); a form or script of another site cannot post to it (its Origin is checked), frame it
 * or learn the address from a referrer. Connections are read with deadlines on threads of their
 * own ({@link PageServer}), so idle sockets hold nothing up. Uploaded reports are held in a private
 * temporary folder, deleted when the server stops; nothing leaves the machine. The one request that
 * reaches another machine is the box of addresses' (POST /fetch), on its button.
 */
public final class LocalServer implements AutoCloseable {
  /** A report larger than this is refused, as on the command line. */
  static final long MAX_UPLOAD = 16L * 1024 * 1024;
  /** A roster is a list of names: a megabyte is tens of thousands of units. */
  static final long MAX_ROSTER = 1024L * 1024;
  /** The addresses pasted in one go: a region's units, not a crawl. */
  static final long MAX_ADDRESSES = 64L * 1024;
  /** Requests come from a page of this machine: the names it may have in the address bar. */
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");
  private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  private final String token;
  private final Session session;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private PageServer http;

  private LocalServer(String token, Session session) {
    this.token = token;
    this.session = session;
  }

  /** Starts a server on {@code port} (0: a free one) of the loopback address. */
  public static LocalServer start(int port) throws IOException {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    LocalServer s = new LocalServer(HexFormat.of().formatHex(random), Session.open());
    try {
      s.http = PageServer.start(InetAddress.getLoopbackAddress(), port, s::handle);
    } catch (IOException e) {
      s.session.close();
      throw e;
    }
    return s;
  }

  /** The address to open, with its token. */
  public URI address() {
    return URI.create("http://127.0.0.1:" + http.address().getPort() + "/?t=" + token);
  }

  /** Where the server listens (always a loopback address). */
  public InetSocketAddress bound() {
    return http.address();
  }

  /** Waits until the page's 停止 button is pressed (or the process is ended). */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  /** Stops listening, stops the reading and merging, and deletes the uploads; may be called again. */
  @Override
  public void close() {
    http.close();
    session.close();
  }

  private void handle(Exchange x, Exchange.Request r) throws IOException {
    x.header("Cache-Control", "no-store");
    x.header("X-Content-Type-Options", "nosniff");
    x.header("Content-Security-Policy", POLICY);
    x.header("X-Frame-Options", "DENY");
    x.header("Referrer-Policy", "no-referrer");
    if (!local(r.header("host"))) {
      x.send(403, "text/plain; charset=utf-8", said("serve.http.not_loopback"));
      return;
    }
    Map<String, String> query = query(r.rawQuery());
    String given = r.header("X-Token");
    if (given == null) {
      given = query.getOrDefault("t", "");
    }
    // Compared in constant time: the token is the only key to this server.
    if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
      x.send(403, "text/plain; charset=utf-8", said("serve.http.bad_token"));
      return;
    }
    String origin = r.header("origin");
    if (r.method().equals("POST") && origin != null && !origin.equalsIgnoreCase("http://" + r.header("host"))) {
      x.send(403, "text/plain; charset=utf-8", said("serve.http.other_origin"));
      return;
    }
    switch (r.method() + " " + r.path()) {
      case "GET /" -> x.send(200, "text/html; charset=utf-8",
          new String(resource("index.html"), StandardCharsets.UTF_8).replace("{{TOKEN}}", token).getBytes(StandardCharsets.UTF_8));
      case "GET /page.js" -> x.send(200, "text/javascript; charset=utf-8", resource("page.js"));
      case "GET /page.css" -> x.send(200, "text/css; charset=utf-8", resource("page.css"));
      case "POST /upload" -> upload(x, r, query.getOrDefault("name", "report"));
      case "POST /quit" -> {
        x.send(200, "text/plain; charset=utf-8", said("serve.http.stopped"));
        stopped.countDown();
      }
      case "GET /results" -> x.send(200, "application/json; charset=utf-8", session.resultsJson().getBytes(StandardCharsets.UTF_8));
      case "GET /workbook" -> download(x, query.containsKey("issues") ? session.issues() : session.workbook("merged".equals(query.get("id")) ? -1 : number(query.get("id")), query.containsKey("csv")));
      case "POST /roster" -> roster(x, r);
      case "POST /fetch" -> fetch(x, r);
      case "POST /merge" -> x.send(200, "application/json; charset=utf-8", session.merge(query.get("region")).getBytes(StandardCharsets.UTF_8));
      default -> x.send(404, "text/plain; charset=utf-8", "404".getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Whether the request names this machine as its host, as the page's address does (with this
   * server's port): a page of another site that made its name point here still names that site.
   */
  private boolean local(String host) {
    if (host == null) {
      return false;
    }
    int colon = host.lastIndexOf(':');
    return colon > 0 && host.substring(colon + 1).equals(String.valueOf(http.address().getPort()))
        && LOOPBACK.contains(host.substring(0, colon).toLowerCase(Locale.ROOT));
  }

  private void upload(Exchange x, Exchange.Request r, String name) throws IOException {
    byte[] bytes = body(x, r, MAX_UPLOAD, Message.of("serve.http.upload_too_large").zh());
    if (bytes == null) {
      return;
    }
    if (session.full()) {
      x.send(429, "application/json; charset=utf-8", ("{\"error\":" + Json.string(Message.of("serve.http.too_many_files", Session.MAX_FILES).zh()) + "}").getBytes(StandardCharsets.UTF_8));
      return;
    }
    int id = session.add(name, bytes);
    x.send(200, "application/json; charset=utf-8", ("{\"id\":" + id + "}").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Fetches the reports at the addresses pasted in the page's box (one a line) as {@code nianbao
   * fetch} does, into the session's folder, and reads each like a dropped file: the one request of
   * the page that reaches another machine, made only when its button is pressed.
   */
  private void fetch(Exchange x, Exchange.Request r) throws IOException {
    byte[] bytes = body(x, r, MAX_ADDRESSES, Message.of("serve.fetch_list_too_long").zh());
    if (bytes != null) {
      x.send(200, "application/json; charset=utf-8", session.fetch(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }
  }

  private void roster(Exchange x, Exchange.Request r) throws IOException {
    byte[] bytes = body(x, r, MAX_ROSTER, Message.of("serve.http.roster_too_large").zh());
    if (bytes != null) {
      x.send(200, "application/json; charset=utf-8", session.roster(bytes).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The request's body, no longer than {@code max} bytes; null once a larger one is refused (413, {@code tooLarge}). */
  /** A plain-text answer in the page's language (Chinese, as the page). */
  private static byte[] said(String code) {
    return Message.of(code).zh().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] body(Exchange x, Exchange.Request r, long max, String tooLarge) throws IOException {
    byte[] bytes = x.body(r, max);
    if (bytes == null) {
      x.send(413, "application/json; charset=utf-8", ("{\"error\":" + Json.string(tooLarge) + "}").getBytes(StandardCharsets.UTF_8));
    }
    return bytes;
  }

  private static void download(Exchange x, Session.Download d) throws IOException {
    if (d == null) {
      x.send(404, "text/plain; charset=utf-8", said("serve.http.no_workbook"));
      return;
    }
    String type = d.name().endsWith(".csv") ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    x.header("Content-Disposition", "attachment; filename=\"download" + d.name().substring(d.name().lastIndexOf('.')) + "\"; filename*=UTF-8''"
        + URLEncoder.encode(d.name(), StandardCharsets.UTF_8).replace("+", "%20"));
    x.send(200, type, Files.readAllBytes(d.file()));
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
}
