package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.fetch.TestSite;

/**
 * Only {@code fetch} opens a connection. A proxy selector is asked before any connection the JDK
 * opens (an HTTP client's request, a URL's connection, a socket's connect): installed for the test,
 * it notes every address asked for. {@code fetch} against a site on the loopback address is heard
 * (the guard works); {@code convert}, {@code merge} and {@code extract} over what it saved, pages
 * linking to other machines' pictures, frames and style sheets, and an OFD, never are.
 */
class NoConnectionTest {
  private final CommandRun cli = new CommandRun();
  private final List<URI> asked = new CopyOnWriteArrayList<>();
  private ProxySelector before;

  @BeforeEach
  void watch() {
    before = ProxySelector.getDefault();
    ProxySelector.setDefault(new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        asked.add(uri);
        return List.of(Proxy.NO_PROXY);
      }

      @Override
      public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // Noted in select already.
      }
    });
  }

  @AfterEach
  void restore() {
    ProxySelector.setDefault(before);
  }

  @Test
  void onlyFetchConnects(@TempDir Path dir) throws IOException {
    Path reports = dir.resolve("reports");
    try (TestSite site = new TestSite()) {
      int code = cli.run("fetch", "--delay", "0", "--timeout", "1", "-o", reports.toString(), site.at("/col/ndbg/index.html"));
      assertEquals(ExitCodes.SOME_FAILED, code, cli.err());
      assertTrue(cli.err().contains("1 addresses: 5 reports saved, 1 already there or unchanged, 2 not fetched"), cli.err());
    }
    assertFalse(asked.isEmpty(), "the guard heard nothing: it would not hear another command either");
    assertTrue(asked.stream().allMatch(u -> u.getHost().equals("127.0.0.1")), asked.toString());
    asked.clear();

    Path remote = Files.createDirectories(dir.resolve("remote"));
    Files.writeString(remote.resolve("links.html"), "<html><head><link rel=\"stylesheet\" href=\"http://192.0.2.1/a.css\"></head><body>"
        + "<h1>某县2023年政府信息公开工作年度报告</h1><img src=\"http://192.0.2.1/table.png\" width=\"600\" height=\"400\">"
        + "<iframe src=\"http://192.0.2.1/frame.html\"></iframe><p>附件：<a href=\"http://192.0.2.1/2023年度报告.pdf\">2023年度报告.pdf</a></p></body></html>",
        StandardCharsets.UTF_8);
    String[] inputs = {reports.toString(), remote.toString(), "test-data/ofd", "test-data/sites/region"};
    assertEquals(ExitCodes.SOME_FAILED, cli.run(concat(new String[] {"extract", "--no-ocr"}, inputs)), cli.err());
    cli.run(concat(new String[] {"convert", "--no-ocr", "-o", dir.resolve("out").toString() + "/"}, inputs));
    cli.run(concat(new String[] {"merge", "--no-ocr", "-o", dir.resolve("merged.xlsx").toString()}, inputs));
    assertTrue(Files.isRegularFile(dir.resolve("merged.xlsx")), cli.err());
    assertEquals(List.of(), asked, "a command other than fetch asked to connect");
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
