package org.nianbao.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.Nianbao;
import org.nianbao.model.Report;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.model.Outcome;
import org.nianbao.pipeline.Pipeline;
import org.nianbao.testing.TestReports;

/**
 * Every report under test-data/ against its hand-checked answer (X.gold.json, scored as
 * shared/tools/score does: blank and 0 are the same, ambiguous cells must be flagged if given),
 * and against the full extract output kept beside it (X.expected.json), which is rewritten only
 * with {@code -Dnianbao.updateGolden=true}.
 */
class CorpusGoldenTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FLAGGED = " (flagged)";
  /** The share of a report's cells that may be flagged and still wrong. */
  private static final double MAX_FLAGGED_WRONG = 0.05;
  private static final Pipeline PIPELINE = Pipeline.standard();

  /** Each report is read once: a scanned one takes seconds a page. */
  private static final Map<Path, Outcome> RUNS = new ConcurrentHashMap<>();

  static Stream<Path> reports() {
    return Stream.concat(TestReports.withAnswers().stream(), TestReports.pictures().stream());
  }

  private static Outcome run(Path report) {
    return RUNS.computeIfAbsent(report, PIPELINE::run);
  }

  @Test
  void theFixtureFoldersAreNotEmpty() {
    assertTrue(TestReports.withAnswers().size() >= 7, "test-data lost its reports");
    assertTrue(TestReports.pictures().size() >= 5, "test-data lost its picture reports");
  }

  @ParameterizedTest
  @MethodSource("reports")
  void matchesTheHandCheckedAnswer(Path report) throws IOException {
    assumeFalse(TestReports.heldOut(report), "held out: its output is kept and scored, not tuned to the answer");
    JsonNode gold = JSON.readTree(Files.readString(TestReports.sibling(report, TestReports.GOLD), StandardCharsets.UTF_8));
    JsonNode got = extract(report);
    assertTrue(got.get("error").isNull(), "error: " + got.get("error"));
    assertTrue(agencies(gold).contains(got.get("agency").asText().replace(" ", "")), "agency " + got.get("agency"));
    assertEquals(gold.get("year").asInt(), got.get("year").asInt(), "year");
    assertEquals(gold.get("format").isNull() ? null : gold.get("format").asText(), got.get("format").isNull() ? null : got.get("format").asText(), "format");
    assertEquals(gold.get("tables"), got.get("tables"), "tables");
    List<String> wrong = wrongCells(gold, got);
    List<String> silent = wrong.stream().filter(w -> !w.endsWith(FLAGGED)).toList();
    assertTrue(silent.isEmpty(), "cells not as the answer says, and not flagged: " + silent);
    // A PDF of a text copy loses blank cells the text kept; where nianbao had to place the numbers by
    // the balance checks it says so, and such flagged guesses may miss, but only a few.
    assertTrue(wrong.size() <= gold.get("values").size() * MAX_FLAGGED_WRONG, "too many flagged cells not as the answer says: " + wrong);
  }

  @ParameterizedTest
  @MethodSource("reports")
  void everyNumberKnowsItsSource(Path report) {
    Outcome o = run(report);
    Report r = o.report().orElseThrow();
    for (Map.Entry<String, Value> e : r.values().entrySet()) {
      if (e.getValue().kind() == ValueKind.NUMBER) {
        assertFalse(e.getValue().source().snippet().isEmpty(), e.getKey() + " has no source text");
        assertTrue(e.getValue().source().pos().line() > 0 || !e.getValue().source().pos().path().isEmpty(), e.getKey() + " has no position");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("reports")
  void matchesTheKeptExtractOutput(Path report) throws IOException {
    ObjectNode got = (ObjectNode) extract(report);
    got.remove("file");
    Path expected = TestReports.sibling(report, TestReports.EXPECTED);
    String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(got) + "\n";
    if (Boolean.getBoolean("nianbao.updateGolden")) {
      Files.writeString(expected, text, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(expected), "no " + expected + "; run with -Dnianbao.updateGolden=true and review the diff");
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), text, "extract output changed for " + report);
  }

  private static JsonNode extract(Path report) throws IOException {
    return JSON.readTree(Nianbao.json(run(report)));
  }

  private static Set<String> agencies(JsonNode gold) {
    Set<String> out = new HashSet<>();
    gold.get("agency").forEach(a -> out.add(a.asText().replace(" ", "")));
    return out;
  }

  /**
   * The cells not as the answer says, by the score's rules: those flagged or read by a failing check
   * are marked {@link #FLAGGED}; an ambiguous cell is wrong only when given a number unflagged.
   */
  private static List<String> wrongCells(JsonNode gold, JsonNode got) {
    Set<String> doubtful = new HashSet<>();
    got.get("flags").forEach(f -> doubtful.add(f.get("field").asText()));
    got.get("checks").forEach(c -> {
      if (c.get("status").asText().equals("fail")) {
        c.get("fields").forEach(f -> doubtful.add(f.asText()));
      }
    });
    Set<String> ambiguous = new HashSet<>();
    gold.get("ambiguous").forEach(a -> ambiguous.add(a.asText()));
    List<String> wrong = new ArrayList<>();
    JsonNode values = got.get("values");
    for (Iterator<Map.Entry<String, JsonNode>> it = gold.get("values").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = values.get(e.getKey());
      if (ambiguous.contains(e.getKey())) {
        if (v != null && !v.isNull() && number(v).signum() != 0 && !doubtful.contains(e.getKey())) {
          wrong.add(e.getKey() + " (ambiguous, given unflagged)");
        }
      } else if (v == null || number(v).compareTo(number(e.getValue())) != 0) {
        wrong.add(e.getKey() + ": want " + e.getValue() + " got " + v + (doubtful.contains(e.getKey()) ? FLAGGED : ""));
      }
    }
    return wrong;
  }

  private static BigDecimal number(JsonNode n) {
    return n == null || n.isNull() ? BigDecimal.ZERO : n.decimalValue();
  }
}
