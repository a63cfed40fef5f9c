package org.nianbao.conservation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.nianbao.document.Document;
import org.nianbao.extract.ReportExtractor;
import org.nianbao.model.CheckResult;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.Flag;
import org.nianbao.model.Report;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.normalize.Normalizer;
import org.nianbao.read.ReadException;
import org.nianbao.read.front.Readers;
import org.nianbao.form.ReportSpec;
import org.nianbao.testing.TestReports;

/** A report fixture read into its normalised document, with its hand-checked answer, for reading again after a change. */
record Fixture(Path file, Document document, Map<String, BigDecimal> gold, Set<String> ambiguous) {
  private static final Readers READERS = Readers.standard(false, (source, message) -> { });
  private static final Normalizer NORMALIZER = new Normalizer();
  private static final ReportExtractor EXTRACTOR = new ReportExtractor(ReportSpec.load());
  private static final ObjectMapper JSON = new ObjectMapper();

  static Fixture of(Path file) {
    try {
      JsonNode answer = JSON.readTree(Files.readString(TestReports.sibling(file, TestReports.GOLD), StandardCharsets.UTF_8));
      Map<String, BigDecimal> gold = new HashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = answer.get("values").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        gold.put(e.getKey(), e.getValue().isNull() ? BigDecimal.ZERO : e.getValue().decimalValue());
      }
      Set<String> ambiguous = new HashSet<>();
      answer.get("ambiguous").forEach(a -> ambiguous.add(a.asText()));
      return new Fixture(file, NORMALIZER.normalize(READERS.read(file)), gold, ambiguous);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReadException e) {
      throw new IllegalStateException(file + ": " + e.getMessage(), e);
    }
  }

  static Report extract(Document doc) {
    return EXTRACTOR.extract(doc);
  }

  /** The fields a person is told to look at: flagged, or read by a failing check. */
  static Set<String> doubted(Report r) {
    Set<String> out = new HashSet<>();
    r.flags().stream().map(Flag::field).forEach(out::add);
    r.checks().stream().filter(c -> c.status() == CheckStatus.FAIL).map(CheckResult::fields).forEach(out::addAll);
    return out;
  }

  /** A value as the scorer compares it: a number, blank and marks as zero; null when not read. */
  static BigDecimal reading(Value v) {
    if (v == null || v.kind() == ValueKind.UNREAD) {
      return null;
    }
    return v.kind() == ValueKind.NUMBER ? v.number() : BigDecimal.ZERO;
  }
}
