package org.nianbao.serve;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One request on a connection of its own and its answer (HTTP/1.1, the connection closed after
 * it): what the page's server needs and no more. Every phase has a deadline, after which the
 * connection is closed under the reader or writer ({@link Deadline}): the request line and headers
 * within {@link #HEAD_MILLIS}, a body at a pace no browser on this machine falls below, an answer
 * likewise; so a connection that sends nothing, or a byte a second, holds its thread for seconds.
 */
final class Exchange {
  /** The request line and headers: a browser sends them at once. */
  static final long HEAD_MILLIS = 10_000;
  /** A body or an answer may take this long and a second more for each megabyte. */
  private static final long TRANSFER_MILLIS = 10_000;
  private static final int MAX_LINE = 8 * 1024;
  private static final int MAX_HEADERS = 100;

  /** What the client sent before its body. */
  record Request(String method, String path, String rawQuery, Map<String, String> headers) {
    /** A header by its name in any case, or null. */
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** A request that cannot be read as one (too long, not HTTP): answered with {@code status}. */
  static final class Malformed extends IOException {
    final int status;

    Malformed(int status, String what) {
      super(what);
      this.status = status;
    }
  }

  private final Socket socket;
  private final Deadline deadline;
  private final InputStream in;
  private final Map<String, String> answerHeaders = new LinkedHashMap<>();
  private boolean answered;

  Exchange(Socket socket, Deadline deadline) throws IOException {
    this.socket = socket;
    this.deadline = deadline;
    this.in = new BufferedInputStream(socket.getInputStream(), 8192);
  }

  /** Reads the request line and headers, within {@link #HEAD_MILLIS} of the connection's start. */
  Request request() throws IOException {
    String line = line();
    String[] parts = line.split(" ");
    if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
      throw new Malformed(400, "not an HTTP request line");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String h = line(); !h.isEmpty(); h = line()) {
      int colon = h.indexOf(':');
      if (colon <= 0 || headers.size() >= MAX_HEADERS) {
        throw new Malformed(colon <= 0 ? 400 : 431, "bad header");
      }
      // A header sent twice is taken at its first (Host twice is no way around the check).
      headers.putIfAbsent(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
    }
    URI target;
    try {
      target = new URI(parts[1]);
    } catch (java.net.URISyntaxException e) {
      throw new Malformed(400, "bad request target");
    }
    if (target.getRawPath() == null || !target.getRawPath().startsWith("/") || target.getScheme() != null) {
      throw new Malformed(400, "bad request target");
    }
    return new Request(parts[0], target.getPath(), target.getRawQuery(), headers);
  }

  /**
   * The request's body, no longer than {@code max} bytes; null when it says it is longer (the
   * body is then not read). Read at a pace no local upload falls below.
   */
  byte[] body(Request r, long max) throws IOException {
    if (r.header("transfer-encoding") != null) {
      throw new Malformed(411, "a body without its length");
    }
    long length;
    try {
      length = r.header("content-length") == null ? 0 : Long.parseLong(r.header("content-length"));
    } catch (NumberFormatException e) {
      throw new Malformed(400, "bad content length");
    }
    if (length < 0) {
      throw new Malformed(400, "bad content length");
    }
    if (length > max) {
      return null;
    }
    if ("100-continue".equalsIgnoreCase(r.header("expect"))) {
      OutputStream out = socket.getOutputStream();
      out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }
    deadline.restart(TRANSFER_MILLIS + length / 1000);
    byte[] body = in.readNBytes((int) length);
    if (body.length < length) {
      throw new IOException("the body ended early");
    }
    deadline.pause();
    return body;
  }

  /** Adds a header to the answer. */
  void header(String name, String value) {
    answerHeaders.put(name, value);
  }

  /** Sends the answer, within a deadline for its size, and closes the connection. */
  void send(int status, String type, byte[] body) throws IOException {
    if (answered) {
      return;
    }
    answered = true;
    deadline.restart(TRANSFER_MILLIS + body.length / 1000);
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
    head.append("Content-Type: ").append(type).append("\r\n");
    head.append("Content-Length: ").append(body.length).append("\r\n");
    head.append("Connection: close\r\n");
    answerHeaders.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    head.append("\r\n");
    OutputStream out = socket.getOutputStream();
    out.write(head.toString().getBytes(StandardCharsets.UTF_8));
    out.write(body);
    out.flush();
  }

  /** One line of the head, without its CR LF. */
  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    while (true) {
      int b;
      try {
        b = in.read();
      } catch (SocketTimeoutException e) {
        throw new IOException("the request's head took too long", e);
      }
      if (b < 0) {
        throw new IOException("the connection ended in the request's head");
      }
      if (b == '\n') {
        String s = line.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
      }
      if (line.size() >= MAX_LINE) {
        throw new Malformed(431, "a line of the head is too long");
      }
      line.write(b);
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 400 -> "Bad Request";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 411 -> "Length Required";
      case 413 -> "Payload Too Large";
      case 429 -> "Too Many Requests";
      case 431 -> "Request Header Fields Too Large";
      case 503 -> "Service Unavailable";
      default -> "Error";
    };
  }
}
