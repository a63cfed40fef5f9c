package org.nianbao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page under load and attack, spoken to in raw HTTP: idle connections without the token hold
 * nothing up, a request that does not name this machine as its host or comes from another site's
 * page is refused even with the token, a request that never finishes its head is cut off, and every
 * answer forbids framing and referrers.
 */
class LocalServerTest {
  private LocalServer server;
  private String token;
  private int port;

  @BeforeEach
  void start() throws IOException {
    server = LocalServer.start(0);
    port = server.bound().getPort();
    String address = server.address().toString();
    token = address.substring(address.indexOf("t=") + 2);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void eightIdleConnectionsWithoutTheTokenHoldNothingUp() throws IOException {
    List<Socket> idle = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        Socket s = connect();
        // Half a request head, then nothing: each holds a connection until its deadline.
        s.getOutputStream().write(("GET /results HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n").getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        idle.add(s);
      }
      for (int i = 0; i < 8; i++) {
        idle.add(connect());
      }
      // Answered within 5 s (the read times out after that) while the sixteen are held open.
      String answer = exchange("GET /results?t=" + token + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n");
      assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
      assertTrue(answer.endsWith("[]"), answer);
    } finally {
      for (Socket s : idle) {
        s.close();
      }
    }
  }

  @Test
  void aHostOtherThanThisMachineIsRefusedEvenWithTheToken() throws IOException {
    for (String host : List.of("evil.example:" + port, "127.0.0.1.evil.example:" + port, "localhost:" + (port + 1), "127.0.0.1")) {
      String answer = exchange("GET /results?t=" + token + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
      assertTrue(answer.startsWith("HTTP/1.1 403 "), host + ": " + answer);
    }
    assertTrue(exchange("GET /results?t=" + token + " HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 403 "), "no Host at all");
    for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port)) {
      assertTrue(exchange("GET /results?t=" + token + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n").startsWith("HTTP/1.1 200 "), host);
    }
  }

  @Test
  void aPostFromAnotherSitesPageIsRefusedEvenWithTheToken() throws IOException {
    String post = "POST /roster?t=" + token + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Length: 4\r\n";
    for (String origin : List.of("http://evil.example", "null", "http://localhost:" + port, "https://127.0.0.1:" + port)) {
      String answer = exchange(post + "Origin: " + origin + "\r\n\r\n甲\n");
      assertTrue(answer.startsWith("HTTP/1.1 403 "), origin + ": " + answer);
    }
    assertTrue(exchange(post + "Origin: http://127.0.0.1:" + port + "\r\n\r\n甲\n").startsWith("HTTP/1.1 200 "));
    // A program that sends no Origin (not a browser) with the token is let through.
    assertTrue(exchange(post + "\r\n甲\n").startsWith("HTTP/1.1 200 "));
  }

  @Test
  void everyAnswerForbidsFramingAndReferrers() throws IOException {
    for (String request : List.of("GET /?t=" + token, "GET /nothing?t=" + token, "GET /?t=wrong")) {
      String answer = exchange(request + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n");
      String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
      assertTrue(head.contains("Referrer-Policy: no-referrer"), head);
      String policy = head.lines().filter(l -> l.startsWith("Content-Security-Policy: ")).findFirst().orElseThrow();
      assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("base-uri 'none'") && policy.contains("form-action 'none'"), policy);
    }
  }

  @Test
  void aHeadThatNeverEndsIsCutOff() throws IOException {
    try (Socket s = connect()) {
      s.setSoTimeout((int) (Exchange.HEAD_MILLIS * 3));
      OutputStream out = s.getOutputStream();
      out.write("GET /results HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      // The server closes the connection at its deadline: the read ends, long before the client's own timeout.
      assertEquals(-1, s.getInputStream().read());
    }
  }

  @Test
  void readingAndMergingNeverHoldUpThePage() throws IOException {
    byte[] slow = org.nianbao.testing.HostileFiles.formsDrawThemselves();
    String upload = "POST /upload?name=slow.pdf&t=" + token + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Length: " + slow.length + "\r\n\r\n";
    try (Socket s = connect()) {
      s.setSoTimeout(5_000);
      s.getOutputStream().write(upload.getBytes(StandardCharsets.US_ASCII));
      s.getOutputStream().write(slow);
      assertTrue(new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8).startsWith("HTTP/1.1 200 "));
    }
    // While the upload is being read (seconds, until its budget stops it), the table is answered at once.
    String results = exchange("GET /results?t=" + token + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n");
    assertTrue(results.contains("\"file\":\"slow.pdf\""), results);
    // The merge waits for the reading to end, on its own thread; its answer counts the file as not read.
    try (Socket s = connect()) {
      s.setSoTimeout(60_000);
      s.getOutputStream().write(("POST /merge?t=" + token + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String merged = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(merged.endsWith("{\"reports\":0,\"failures\":1,\"issues\":0}"), merged);
    }
    assertTrue(exchange("GET /results?t=" + token + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n").contains("超出处理限度"));
  }

  @Test
  void aCorrectedWorkbookDroppedOnThePageIsMergedAndTheListOfIssuesOffered(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path book = dir.resolve("衡阳.xlsx");
    org.nianbao.Nianbao.writeWorkbook(org.nianbao.Nianbao.extract(java.nio.file.Path.of("test-data/forms/hengyang-office-2019.docx")).report().orElseThrow(), book, true);
    org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(book));
    wb.getSheet("表三 依申请公开").getRow(4).getCell(9).setCellValue(98);
    java.io.ByteArrayOutputStream edited = new java.io.ByteArrayOutputStream();
    wb.write(edited);
    wb.close();
    byte[] bytes = edited.toByteArray();
    String upload = "POST /upload?name=h.xlsx&t=" + token + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Length: " + bytes.length + "\r\n\r\n";
    try (Socket s = connect()) {
      s.setSoTimeout(5_000);
      s.getOutputStream().write(upload.getBytes(StandardCharsets.US_ASCII));
      s.getOutputStream().write(bytes);
      assertTrue(new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8).startsWith("HTTP/1.1 200 "));
    }
    try (Socket s = connect()) {
      s.setSoTimeout(60_000);
      s.getOutputStream().write(("POST /merge?t=" + token + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String merged = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(merged.contains("{\"reports\":1,\"failures\":0,\"issues\":"), merged);
    }
    String list = exchange("GET /workbook?id=merged&issues&t=" + token + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n");
    assertTrue(list.startsWith("HTTP/1.1 200 "), list.lines().findFirst().orElse(""));
    assertTrue(list.contains("\uFEFF机关,年度,类别,表格") && list.contains("校验不通过") && !list.contains("t3.row.new"), list);
  }

  @Test
  void aBodyLongerThanAReportIsRefusedUnread() throws IOException {
    String answer = exchange("POST /upload?t=" + token + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Length: " + (LocalServer.MAX_UPLOAD + 1) + "\r\n\r\n");
    assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
  }

  private Socket connect() throws IOException {
    Socket s = new Socket();
    s.connect(new InetSocketAddress(server.bound().getAddress(), port), 5_000);
    return s;
  }

  /** Sends a request on a connection of its own and reads the whole answer, waiting at most 5 s for each read. */
  private String exchange(String request) throws IOException {
    try (Socket s = connect()) {
      s.setSoTimeout(5_000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      s.getOutputStream().flush();
      InputStream in = s.getInputStream();
      try {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (SocketTimeoutException e) {
        throw new AssertionError("no answer within 5 s to " + request.lines().findFirst().orElse(""), e);
      }
    }
  }
}
