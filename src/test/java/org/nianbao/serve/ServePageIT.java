package org.nianbao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Nianbao;
import org.nianbao.output.RunFolder;
import org.nianbao.model.Report;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.pipeline.Pipeline;
import org.nianbao.form.ReportSpec;
import org.nianbao.workbook.LayoutValues;

/**
 * The local page driven in a real browser (headless Chromium over the DevTools protocol): the
 * fixture reports chosen in the file input, the table waited for, every report's workbook and the
 * comparison workbook downloaded through the page's own links and read back to the numbers
 * {@code convert} and {@code merge} give (the 名单 and 地区与层级 of a roster and a region given on
 * the page as {@code merge --roster --region} writes them); a file whose name is markup shows as text; a request
 * without the token is refused; the server listens on loopback only. A screenshot is saved as
 * {@code target/serve-page.png}.
 */
class ServePageIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void aPersonDropsReportsAndDownloadsTheirWorkbooks(@TempDir Path dir) throws Exception {
    String chromium = List.of("chromium", "chromium-browser", "google-chrome").stream().filter(ServePageIT::onPath).findFirst().orElse(null);
    assumeTrue(chromium != null, "Chromium is not installed");
    List<Path> reports = new ArrayList<>(List.of(Path.of("test-data/reports/haining-2020.txt"), Path.of("test-data/reports/shangjie-2020.txt"),
        Path.of("test-data/hazards/html-2021-form-gbk.html"), Path.of("test-data/forms/hengyang-office-2019.docx")));
    Path markup = Files.copy(Path.of("test-data/reports/dinghai-2022.txt"), dir.resolve("<img src=x onerror=alert(1)>.txt"));
    reports.add(markup);

    try (LocalServer server = LocalServer.start(0)) {
      assertTrue(server.bound().getAddress().isLoopbackAddress(), "bound to " + server.bound());
      URI page = server.address();
      String base = "http://127.0.0.1:" + server.bound().getPort();
      assertEquals(403, HTTP.send(HttpRequest.newBuilder(URI.create(base + "/results")).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
      assertEquals(403, HTTP.send(HttpRequest.newBuilder(URI.create(base + "/results?t=0000")).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
      String token = "&" + page.getRawQuery();
      assertTrue(post(base + "/merge?region=" + java.net.URLEncoder.encode("朝阳区", StandardCharsets.UTF_8) + token, new byte[0]).contains("地区“朝阳区”不是唯一的行政区划"),
          "a region that fits several places is refused, as on the command line");
      assertTrue(post(base + "/roster?" + page.getRawQuery(), new byte[0]).contains("名单文件无法读取"), "a roster with no unit is refused");

      // The browser's profile lives outside the test's folder: Chromium's helpers may still write to it while they end.
      Path profile = Files.createTempDirectory("nianbao-chromium-");
      Process browser = new ProcessBuilder(chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--remote-debugging-port=0",
          "--user-data-dir=" + profile, "--window-size=1280,900", "about:blank").redirectErrorStream(true).start();
      try (Cdp cdp = Cdp.attach(browser)) {
        cdp.call("Page.enable", Map.of());
        cdp.call("Page.navigate", Map.of("url", page.toString()));
        cdp.waitFor("document.readyState === 'complete' && !!document.getElementById('files')", 30);
        int doc = cdp.call("DOM.getDocument", Map.of()).path("root").path("nodeId").asInt();
        int input = cdp.call("DOM.querySelector", Map.of("nodeId", doc, "selector", "#files")).path("nodeId").asInt();
        List<String> paths = reports.stream().map(p -> p.toAbsolutePath().toString()).toList();
        cdp.call("DOM.setFileInputFiles", Map.of("files", paths, "nodeId", input));
        cdp.waitFor("document.body.dataset.done === 'true' && document.querySelectorAll('#results tbody tr').length === " + reports.size(), 180);

        JsonNode rows = JSON.readTree(cdp.eval("JSON.stringify([...document.querySelectorAll('#results tbody tr')].map(tr => [...tr.cells].map(td => td.textContent)))"));
        assertEquals(reports.size(), rows.size());
        assertEquals("海宁市人民政府", rows.get(0).get(2).asText());
        assertEquals("表二、表三、表四", rows.get(0).get(5).asText());
        assertEquals("<img src=x onerror=alert(1)>.txt", rows.get(4).get(0).asText(), "a name is shown as text");
        assertEquals("0", cdp.eval("String(document.querySelectorAll('#results img').length)"), "and never becomes markup");

        LayoutValues reader = new LayoutValues(ReportSpec.load());
        JsonNode links = JSON.readTree(cdp.eval("JSON.stringify([...document.querySelectorAll('#results tbody tr')].map(tr => { const a = tr.querySelector('a'); return a ? a.href : ''; }))"));
        for (int i = 0; i < reports.size(); i++) {
          Report expected = Pipeline.standard().run(reports.get(i)).report().orElseThrow();
          byte[] book = get(links.get(i).asText());
          Report got = reader.read(new ByteArrayInputStream(book), reports.get(i).toString());
          assertEquals(numbers(expected), numbers(got), reports.get(i) + ": the downloaded workbook holds what convert writes");
          assertEquals(reports.get(i).getFileName().toString(), got.file(), "its source is the file as dropped, not the server's copy");
        }

        // The units expected to report and the region, given on the page as to merge --roster --region.
        Path roster = dir.resolve("应报送单位.csv");
        Files.writeString(roster, "单位名称,代码\n海宁市人民政府,330481\n郑州市上街区人民政府\n东湖县人民政府\n", StandardCharsets.UTF_8);
        int rosterInput = cdp.call("DOM.querySelector", Map.of("nodeId", doc, "selector", "#roster")).path("nodeId").asInt();
        cdp.call("DOM.setFileInputFiles", Map.of("files", List.of(roster.toAbsolutePath().toString()), "nodeId", rosterInput));
        cdp.waitFor("document.getElementById('roster-name').textContent.includes('3 个单位')", 30);
        cdp.eval("document.getElementById('region').value = '浙江省嘉兴市'; 'ok'");
        cdp.eval("document.getElementById('merge').click(); 'ok'");
        cdp.waitFor("!!document.getElementById('merged-done')", 120);
        JsonNode merged = JSON.readTree(cdp.eval("JSON.stringify([...document.querySelectorAll('#merged a')].map(a => a.href))"));
        Path cli = dir.resolve("merge.xlsx");
        Nianbao.merge(reports, org.nianbao.ReadOptions.defaults().withThreads(1), org.nianbao.MergeOptions.to(cli).withReplace(true).withRoster(roster).withRegion("浙江省嘉兴市"), o -> {});
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(get(merged.get(0).asText()))); XSSFWorkbook expected = new XSSFWorkbook(Files.newInputStream(cli))) {
          for (String sheet : List.of("名单", "地区与层级")) {
            assertEquals(texts(expected.getSheet(sheet)), texts(wb.getSheet(sheet)), sheet + ": as merge --roster --region writes it");
          }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(get(merged.get(0).asText())))) {
          Sheet summary = wb.getSheet("汇总");
          for (int i = 0; i < reports.size(); i++) {
            Report expected = Pipeline.standard().run(reports.get(i)).report().orElseThrow();
            Row row = summary.getRow(3 + i);
            assertEquals(expected.agency().orElse(""), row.getCell(0).getStringCellValue());
            Map<String, String> ids = new java.util.HashMap<>();
            for (Cell c : summary.getRow(0)) {
              ids.put(c.getStringCellValue(), String.valueOf(c.getColumnIndex()));
            }
            for (Map.Entry<String, Value> e : expected.values().entrySet()) {
              if (e.getValue().kind() == ValueKind.NUMBER) {
                Cell c = row.getCell(Integer.parseInt(ids.get(e.getKey())));
                assertEquals(e.getValue().number().doubleValue(), c.getNumericCellValue(), 1e-9, e.getKey());
              }
            }
          }
        }
        assertTrue(new String(get(merged.get(1).asText()), StandardCharsets.UTF_8).startsWith("\uFEFF文件,机关"), "the CSV");

        String png = cdp.call("Page.captureScreenshot", Map.of("format", "png")).path("data").asText();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "serve-page.png"), Base64.getDecoder().decode(png));
        if (Boolean.getBoolean("nianbao.updatePictures")) {
          // The README's picture of the page: down to the row before the file named as markup (a test of safety, not a sight to show).
          double bottom = Double.parseDouble(cdp.eval("String(document.querySelectorAll('#results tbody tr')[4].getBoundingClientRect().top + window.scrollY)"));
          Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", 1280, "height", bottom, "scale", 0.7);
          String shown = cdp.call("Page.captureScreenshot", Map.of("format", "png", "clip", clip)).path("data").asText();
          Files.createDirectories(Path.of("docs/images"));
          Files.write(Path.of("docs/images/page.png"), Base64.getDecoder().decode(shown));
        }
      } finally {
        browser.descendants().forEach(ProcessHandle::destroyForcibly);
        browser.destroyForcibly();
        browser.waitFor(10, TimeUnit.SECONDS);
        RunFolder.delete(profile);
      }
    }
  }

  private static Map<String, Double> numbers(Report r) {
    Map<String, Double> out = new java.util.TreeMap<>();
    r.values().forEach((k, v) -> {
      if (v.kind() == ValueKind.NUMBER) {
        out.put(k, v.number().doubleValue());
      }
    });
    return out;
  }

  private static List<List<String>> texts(Sheet sheet) {
    DataFormatter format = new DataFormatter();
    List<List<String>> out = new ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      // A source file is told by its name: the page knows the name a file was dropped with, not its folder.
      row.forEach(c -> cells.add(format.formatCellValue(c).replaceFirst("^/.*/|^test-data/[a-z]+/", "")));
      out.add(cells);
    }
    return out;
  }

  private static String post(String url, byte[] body) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), url);
    return r.body();
  }

  private static byte[] get(String url) throws Exception {
    HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode(), url);
    return r.body();
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  /** A minimal DevTools-protocol client: one page, calls answered in order. */
  private static final class Cdp implements AutoCloseable, WebSocket.Listener {
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    static Cdp attach(Process browser) throws Exception {
      BufferedReader out = new BufferedReader(new InputStreamReader(browser.getInputStream(), StandardCharsets.UTF_8));
      String port = null;
      for (String line = out.readLine(); line != null && port == null; line = out.readLine()) {
        if (line.contains("DevTools listening on ws://")) {
          port = line.replaceAll(".*ws://[^:]+:(\\d+)/.*", "$1");
        }
      }
      assertTrue(port != null, "Chromium gave no DevTools address");
      Thread drain = new Thread(() -> out.lines().forEach(l -> {}));
      drain.setDaemon(true);
      drain.start();
      JsonNode targets = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body());
      String ws = null;
      for (JsonNode t : targets) {
        if (t.path("type").asText().equals("page")) {
          ws = t.path("webSocketDebuggerUrl").asText();
        }
      }
      Cdp cdp = new Cdp();
      cdp.socket = HTTP.newWebSocketBuilder().buildAsync(URI.create(ws), cdp).get(10, TimeUnit.SECONDS);
      return cdp;
    }

    JsonNode call(String method, Map<String, Object> params) throws Exception {
      int id = ids.incrementAndGet();
      CompletableFuture<JsonNode> answer = new CompletableFuture<>();
      pending.put(id, answer);
      socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true).get(10, TimeUnit.SECONDS);
      JsonNode r = answer.get(60, TimeUnit.SECONDS);
      assertTrue(!r.has("error"), method + ": " + r.path("error"));
      return r.path("result");
    }

    String eval(String expression) throws Exception {
      return call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true)).path("result").path("value").asText();
    }

    void waitFor(String condition, int seconds) throws Exception {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      while (!eval("String(" + condition + ")").equals("true")) {
        assertTrue(System.nanoTime() < until, "waited " + seconds + " s for " + condition);
        Thread.sleep(200);
      }
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          JsonNode m = JSON.readTree(partial.toString());
          if (m.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
            if (f != null) {
              f.complete(m);
            }
          }
        } catch (Exception e) {
          // An event this client does not read.
        }
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }

    @Override
    public void close() {
      socket.abort();
    }
  }
}
