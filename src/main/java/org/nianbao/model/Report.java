package org.nianbao.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nianbao.form.Format;

/**
 * One annual report as extracted: who published it, the year it covers, the statutory format of
 * its tables, every cell of the tables found keyed by field id, the balance checks, the six
 * sections' text, and every flag raised while reading it.
 *
 * @param values one entry per field of the detected format in every table found, in form order
 * @param sections section number (1–6) to its text; a section not found is absent
 * @param narrative the statements of the text about table figures, checked against the tables
 * @param originals for each value a person corrected in nianbao's workbook, what nianbao had read
 *     from the report (its number and source): kept so the correction can be told and carried over
 */
public record Report(
    String file,
    Optional<String> agency,
    Optional<Integer> year,
    Optional<LocalDate> published,
    Optional<Format> format,
    Set<TableId> tables,
    Map<String, Value> values,
    List<Flag> flags,
    List<CheckResult> checks,
    Map<Integer, String> sections,
    List<NarrativeResult> narrative,
    Map<String, Value> originals) {
  public Report {
    originals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(originals));
    narrative = List.copyOf(narrative);
    tables = Set.copyOf(tables);
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    flags = List.copyOf(flags);
    checks = List.copyOf(checks);
    sections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
  }

  /** The same report, read from the file a person knows by {@code file} (the page's upload by its own name). */
  public Report withFile(String file) {
    return new Report(file, agency, year, published, format, tables, values, flags, checks, sections, narrative, originals);
  }

  /** Whether a person corrected this field in nianbao's workbook. */
  public boolean corrected(String field) {
    return originals.containsKey(field);
  }

  /** The code of the statutory format ("2019", "2021"), as the JSON output gives it; empty when not told. */
  public Optional<String> formatCode() {
    return format.map(Format::code);
  }

  /** Whether this statutory table was found with numbers in it. */
  public boolean has(TableId table) {
    return tables.contains(table);
  }
}
