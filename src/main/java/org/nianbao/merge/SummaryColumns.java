package org.nianbao.merge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.nianbao.form.CheckScope;
import org.nianbao.form.CheckSpec;
import org.nianbao.form.FieldSpec;
import org.nianbao.form.Figure;
import org.nianbao.form.Format;
import org.nianbao.form.ReportSpec;
import org.nianbao.message.Message;

/**
 * The columns of the 汇总 sheet: who and what, then every statutory field — those both formats
 * have first, then each format's own — then the key figures comparable across formats, then every
 * balance check. 2019 and 2021 reports share the columns; a field only one format has stays blank
 * for the other.
 */
final class SummaryColumns {
  /** The columns before the fields, with their headers. */
  static final List<String> LEADING = List.of(Words.of("column.agency"), Words.of("column.key"), Words.of("column.year"), Words.of("column.format"), Words.of("column.file"),
      Issue.MISSING, Words.of("column.failing"), Words.of("column.skipped"), Message.of("kind.review").zh(), Message.of("kind.note").zh(), Words.of("column.narrative"),
      Words.of("column.narrative_failing"));

  static final int AGENCY = 0;
  static final int KEY = 1;
  static final int YEAR = 2;
  static final int FORMAT = 3;
  static final int FILE = 4;
  /** The statutory tables a report lacks (表二、表三): a problem, said where the report is summed up. */
  static final int MISSING = 5;
  static final int FAILING = 6;
  static final int SKIPPED = 7;
  /** Flags a person should look at (需核对), then those that only tell how a value was reached (说明). */
  static final int REVIEW = 8;
  static final int NOTES = 9;
  /** How many statements of the text about table figures were found, and how many disagree with the table. */
  static final int NARRATIVE = 10;
  static final int NARRATIVE_FAILING = 11;

  /** How the form a report follows is shown: "2019版", never a bare year beside the report's own. */
  static String formatLabel(org.nianbao.form.Format f) {
    return Words.of("format_label", f.code());
  }

  private final Map<String, Integer> fields = new LinkedHashMap<>();
  private final Map<String, FieldSpec> fieldSpecs = new LinkedHashMap<>();
  /** The one format a field belongs to, or null for a field of both. */
  private final Map<String, Format> onlyIn = new HashMap<>();
  private final Map<String, Integer> figures = new LinkedHashMap<>();
  private final Map<String, String> figureLabels = new LinkedHashMap<>();
  private final Map<String, Integer> checks = new LinkedHashMap<>();
  private final Map<String, String> checkDescriptions = new LinkedHashMap<>();

  SummaryColumns(ReportSpec spec) {
    int col = LEADING.size();
    // Fields both formats have first (表三 and 表四 whole, 表二's common rows), in the revised form's
    // order; then each format's own, so comparable columns stand together.
    Map<String, Set<Format>> formats = new LinkedHashMap<>();
    spec.fields().forEach(f -> formats.computeIfAbsent(f.id(), k -> EnumSet.noneOf(Format.class)).addAll(formatsOf(f)));
    List<FieldSpec> ordered = new ArrayList<>();
    spec.fields(Format.REVISED_2021).stream().filter(f -> formats.get(f.id()).size() > 1).forEach(ordered::add);
    for (Format only : Format.values()) {
      spec.fields(only).stream().filter(f -> formats.get(f.id()).equals(EnumSet.of(only))).forEach(ordered::add);
    }
    for (FieldSpec f : ordered) {
      if (!fields.containsKey(f.id())) {
        fields.put(f.id(), col++);
        fieldSpecs.put(f.id(), f);
        onlyIn.put(f.id(), formats.get(f.id()).size() == 1 ? formats.get(f.id()).iterator().next() : null);
      }
    }
    for (Format format : Format.values()) {
      for (Figure f : spec.figures(format)) {
        figureLabels.putIfAbsent(f.id(), f.label());
      }
    }
    for (String id : figureLabels.keySet()) {
      figures.put(id, col++);
    }
    List<CheckSpec> all = new ArrayList<>();
    for (Format format : Format.values()) {
      all.addAll(spec.checks(format, CheckScope.REPORT));
    }
    for (CheckSpec c : all) {
      if (!checks.containsKey(c.id())) {
        checks.put(c.id(), col++);
        checkDescriptions.put(c.id(), c.description());
      }
    }
  }

  Map<String, Integer> fields() {
    return fields;
  }

  FieldSpec field(String id) {
    return fieldSpecs.get(id);
  }

  /** The one format the field belongs to, if only one has it. */
  Optional<Format> onlyIn(String id) {
    return Optional.ofNullable(onlyIn.get(id));
  }

  private static Set<Format> formatsOf(FieldSpec f) {
    Set<Format> out = EnumSet.noneOf(Format.class);
    for (Format x : Format.values()) {
      if (f.in(x)) {
        out.add(x);
      }
    }
    return out;
  }

  Map<String, Integer> figures() {
    return figures;
  }

  String figureLabel(String id) {
    return figureLabels.get(id);
  }

  Map<String, Integer> checks() {
    return checks;
  }

  String checkDescription(String id) {
    return checkDescriptions.get(id);
  }

  int count() {
    return LEADING.size() + fields.size() + figures.size() + checks.size();
  }

  int firstCheck() {
    return LEADING.size() + fields.size() + figures.size();
  }

  static String letter(int col) {
    return CellReference.convertNumToColString(col);
  }
}
