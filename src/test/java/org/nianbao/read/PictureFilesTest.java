package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.pipeline.Pipeline;

/** A page given as a picture file is read like a scanned page, and says where each number came from. */
class PictureFilesTest {
  @Test
  void aScannedPageGivenAsAPictureFileIsRead() throws IOException {
    Report r = Pipeline.standard().run(Path.of("test-data/scans/shaoxing-office-2020.page5.png")).report().orElseThrow();
    JsonNode gold = new ObjectMapper().readTree(Path.of("test-data/scans/shaoxing-office-2020.scan.pdf.gold.json").toFile()).get("values");
    assertTrue(r.has(TableId.T3), "the page holds the start of 表三");
    int read = 0;
    for (Map.Entry<String, Value> e : r.values().entrySet()) {
      Value v = e.getValue();
      if (v.kind() != ValueKind.NUMBER) {
        continue;
      }
      read++;
      assertEquals(0, new BigDecimal(gold.get(e.getKey()).asText()).compareTo(v.number()), e.getKey());
      assertTrue(v.source().pos().scanned(), e.getKey() + " says it was read from a picture");
      assertTrue(v.source().pos().certainty() >= 40, e.getKey() + " was read surely enough to be used");
      assertTrue(v.source().pos().describe().zh().contains("识别自图片"), v.source().pos().describe().zh());
    }
    assertTrue(read >= 6, "the page's first rows (new, carried over, granted) are read: " + read);
  }
}
