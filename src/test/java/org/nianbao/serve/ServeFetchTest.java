package org.nianbao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nianbao.fetch.TestSite;

/** The page's box of addresses: pasted addresses are fetched as {@code nianbao fetch} does and read like dropped files. */
class ServeFetchTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void pastedAddressesAreFetchedAndRead() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    try (TestSite site = new TestSite(); LocalServer server = LocalServer.start(0)) {
      String token = server.address().getQuery().substring(2);
      String base = "http://127.0.0.1:" + server.bound().getPort();
      String body = site.at("/art/2023/art_102.html") + "\n\n" + site.at("/art/2023/art_106.html") + "\n";
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/fetch")).header("X-Token", token)
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      JsonNode j = JSON.readTree(r.body());
      assertEquals(1, j.get("reports").asInt(), r.body());
      assertEquals(1, j.get("failed").asInt(), r.body());
      assertTrue(j.get("lines").toString().contains("未能下载：网站回复 HTTP 404"), r.body());
      JsonNode results = null;
      // Read in the background: asked for until it is done, a bounded number of times.
      for (int i = 0; i < 240; i++) {
        results = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/results")).header("X-Token", token).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
        if (results.size() == 1 && results.get(0).get("status").asText().equals("完成")) {
          break;
        }
        Thread.sleep(250);
      }
      assertEquals("青溪县人民政府", results.get(0).get("agency").asText(), results.toString());
      assertEquals("青溪县人民政府_2022/art_102.html", results.get(0).get("file").asText());
    }
  }
}
