package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/json.md describes what the code does: every key the JSON has, every flag and error code the catalogue holds. */
public class DocsInStepTest {
  private static final Pattern ROW = Pattern.compile("^\\| `([a-z_]+)` \\|", Pattern.MULTILINE);
  private static final Pattern CODE = Pattern.compile("`((?:cell|unread|report|read|text|error)\\.[a-z_0-9.]+)`");

  @Test
  void everyKeyOfTheJsonIsDocumentedInOrder() throws Exception {
    String docs = Files.readString(Path.of("docs/json.md"), StandardCharsets.UTF_8);
    List<String> documented = new ArrayList<>();
    Matcher m = ROW.matcher(docs);
    while (m.find()) {
      documented.add(m.group(1));
    }
    JsonNode line = new ObjectMapper().readTree(Nianbao.json(Nianbao.extract(Path.of("test-data/reports/haining-2020.txt"))));
    List<String> keys = new ArrayList<>();
    line.fieldNames().forEachRemaining(keys::add);
    assertEquals(keys, documented);
    JsonNode failed = new ObjectMapper().readTree(Nianbao.json(Nianbao.extract(Path.of("no-such-file.txt"))));
    List<String> errorKeys = new ArrayList<>();
    for (Iterator<String> i = failed.fieldNames(); i.hasNext();) {
      errorKeys.add(i.next());
    }
    assertEquals(keys, errorKeys, "a failed input has the same keys in the same order");
  }

  @Test
  void everyFlagAndErrorCodeIsDocumented() throws Exception {
    String docs = Files.readString(Path.of("docs/json.md"), StandardCharsets.UTF_8);
    TreeSet<String> documented = new TreeSet<>();
    Matcher m = CODE.matcher(docs);
    while (m.find()) {
      documented.add(m.group(1));
    }
    TreeSet<String> catalogue = new TreeSet<>();
    for (String line : Files.readAllLines(Path.of("templates/messages.tsv"), StandardCharsets.UTF_8)) {
      String code = line.split("\t")[0];
      if (catalogued(code)) {
        catalogue.add(code);
      }
    }
    assertEquals(catalogue, documented);
  }

  /** Whether {@code code} of templates/messages.tsv is a flag or an error code, which docs/json.md lists. */
  public static boolean catalogued(String code) {
    boolean flagOrError = code.matches("(cell|unread|report|read\\.charset|text|error)\\..*") || code.matches("read\\.pdf\\.(streams_damaged|page_damaged|no_lattice|text_layer_unusable|ocr_layer|unseen_text|struck_text)|read\\.picture_(unread|damaged)|read\\.(part|part_missing|part_unreadable|part_too_many|in_part|spreadsheet)");
    return flagOrError && !code.matches("cell\\.placed\\.(blank|text)|error\\.(internal_write|merge_full)");
  }
}
