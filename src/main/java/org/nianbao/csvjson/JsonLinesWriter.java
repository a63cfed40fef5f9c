package org.nianbao.csvjson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nianbao.message.Message;
import org.nianbao.model.CheckResult;
import org.nianbao.model.Flag;
import org.nianbao.model.NarrativeResult;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
import org.nianbao.model.Value;

/**
 * Writes the {@code nianbao extract} contract (docs/json.md): one JSON object per input on one
 * line. Blank cells, marks and unread cells are {@code null}; flags say which is which.
 */
public final class JsonLinesWriter {
  private final ObjectMapper mapper = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  /** The line for a report that was read. */
  public String line(Report r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("file", r.file());
    out.put("agency", r.agency().orElse(null));
    out.put("year", r.year().orElse(null));
    out.put("published", r.published().map(Object::toString).orElse(null));
    out.put("format", r.format().map(f -> f.code()).orElse(null));
    Map<String, Boolean> tables = new LinkedHashMap<>();
    for (TableId t : TableId.values()) {
      tables.put(t.key(), r.has(t));
    }
    out.put("tables", tables);
    Map<String, Object> values = new LinkedHashMap<>();
    r.values().forEach((k, v) -> values.put(k, number(v)));
    out.put("values", values);
    out.put("flags", flags(r.flags()));
    out.put("checks", checks(r.checks()));
    Map<String, String> sections = new LinkedHashMap<>();
    r.sections().forEach((n, text) -> sections.put(String.valueOf(n), text));
    out.put("sections", sections);
    out.put("narrative", narrative(r.narrative()));
    out.put("error", null);
    out.put("error_code", null);
    return write(out);
  }

  /** The line for an input that could not be read as a report. */
  public String errorLine(String file, Message error) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("file", file);
    out.put("agency", null);
    out.put("year", null);
    out.put("published", null);
    out.put("format", null);
    Map<String, Boolean> tables = new LinkedHashMap<>();
    for (TableId t : TableId.values()) {
      tables.put(t.key(), false);
    }
    out.put("tables", tables);
    out.put("values", Map.of());
    out.put("flags", List.of());
    out.put("checks", List.of());
    out.put("sections", Map.of());
    out.put("narrative", List.of());
    out.put("error", error.zh());
    out.put("error_code", error.code());
    return write(out);
  }

  private static Object number(Value v) {
    return v.number();
  }

  private static List<Object> flags(List<Flag> flags) {
    List<Object> out = new ArrayList<>();
    // The cells of one row share their position: said once in words.
    Map<org.nianbao.document.SourcePos, String> at = new java.util.HashMap<>();
    for (Flag f : flags) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("field", f.field().isEmpty() ? null : f.field());
      m.put("code", f.code());
      m.put("reason", f.reason().zh());
      m.put("at", f.pos().known() ? at.computeIfAbsent(f.pos(), Object::toString) : null);
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("line", f.pos().line() > 0 ? f.pos().line() : null);
      source.put("path", f.pos().path().isEmpty() ? null : f.pos().path());
      m.put("source", source);
      // Last, so that programs reading the keys before it by place keep working.
      m.put("kind", f.kind().code());
      out.add(m);
    }
    return out;
  }

  private static List<Object> checks(List<CheckResult> checks) {
    List<Object> out = new ArrayList<>();
    for (CheckResult c : checks) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("status", c.status().name().toLowerCase(Locale.ROOT));
      m.put("fields", c.fields());
      m.put("message", c.message().zh());
      out.add(m);
    }
    return out;
  }

  private static List<Object> narrative(List<NarrativeResult> narrative) {
    List<Object> out = new ArrayList<>();
    for (NarrativeResult n : narrative) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", n.id());
      m.put("status", n.statusWord());
      m.put("fields", n.fields());
      m.put("stated", n.stated());
      m.put("table", n.table().orElse(null));
      m.put("section", n.section());
      m.put("sentence", n.sentence());
      out.add(m);
    }
    return out;
  }

  private String write(Map<String, Object> out) {
    try {
      return mapper.writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
