package org.nianbao.form;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one definition of the statutory report, loaded from the bundled templates: the 229 fields
 * ({@code fields.tsv}), the row label variants ({@code labels.tsv}) and the balance checks
 * ({@code checks.tsv}). Immutable; load it once and share it.
 */
public final class ReportSpec {
  private final List<FieldSpec> fields;
  private final List<RowLabel> labels;
  private final List<CheckSpec> checks;
  private final Map<Format, List<CheckSpec>> reportChecks = new EnumMap<>(Format.class);
  private final Map<Format, Map<String, List<RowSpec>>> rows = new EnumMap<>(Format.class);
  private final Map<Format, Layout> layouts = new EnumMap<>(Format.class);
  private final List<Figure> figures;
  private final List<Indicator> indicators;
  private final List<NarrativeSpec> narrative;
  private final Map<String, FieldSpec> byId = new HashMap<>();
  private final Map<String, Pattern> headers;

  private ReportSpec(
      List<FieldSpec> fields, List<RowLabel> labels, List<CheckSpec> checks, List<Figure> figures, List<Indicator> indicators, List<NarrativeSpec> narrative,
      Map<String, Pattern> headers) {
    this.headers = Map.copyOf(headers);
    this.figures = List.copyOf(figures);
    this.indicators = List.copyOf(indicators);
    this.narrative = List.copyOf(narrative);
    this.fields = List.copyOf(fields);
    fields.forEach(f -> byId.putIfAbsent(f.id(), f));
    this.labels = List.copyOf(labels);
    this.checks = List.copyOf(checks);
    for (Format f : Format.values()) {
      reportChecks.put(f, checks.stream().filter(c -> c.formats().contains(f) && c.scope() == CheckScope.REPORT).toList());
      Map<String, List<RowSpec>> byTable = new HashMap<>();
      for (String table : List.of("t2", "t3", "t4")) {
        byTable.put(table, groupRows(f, table));
      }
      rows.put(f, byTable);
      layouts.put(f, Layout.load(f));
    }
  }

  /**
   * The templates bundled with nianbao, read once per process: a spec never changes, so every
   * pipeline and workbook writer shares the one read.
   */
  public static ReportSpec load() {
    return Standard.SPEC;
  }

  /** Holds the bundled spec, read when first asked for (by whichever thread asks first). */
  private static final class Standard {
    static final ReportSpec SPEC = read();
  }

  private static ReportSpec read() {
    List<FieldSpec> fields = loadFields();
    return new ReportSpec(fields, loadLabels(), loadChecks(fields), loadFigures(), loadIndicators(), loadNarrative(), loadHeaders());
  }

  /** How one format's tables are laid out in a workbook. */
  public Layout layout(Format format) {
    return layouts.get(format);
  }

  /** The key figures of one format, in template order. */
  public List<Figure> figures(Format format) {
    return figures.stream().filter(f -> f.formats().contains(format)).toList();
  }

  /** The indicator {@code id} as one format defines it, if that format has it. */
  public Optional<Indicator> indicator(String id, Format format) {
    return indicators.stream().filter(i -> i.id().equals(id) && i.formats().contains(format)).findFirst();
  }

  /** Every indicator's id, in template order, each once (a format may define it its own way). */
  public List<String> indicatorIds() {
    return indicators.stream().map(Indicator::id).distinct().toList();
  }

  /** The indicator's name and unit, and what it means in each format that has it. */
  public String indicatorMeaning(String id) {
    return String.join("；", indicators.stream().filter(i -> i.id().equals(id)).map(Indicator::meaning).toList());
  }

  /** The first definition of an indicator (its name and unit are the same in every format). */
  public Indicator indicator(String id) {
    return indicators.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  /** Every field of every format, in template order. */
  public List<FieldSpec> fields() {
    return fields;
  }

  /** The fields of one format, in template order (the order of the official form). */
  public List<FieldSpec> fields(Format format) {
    return fields.stream().filter(f -> f.in(format)).toList();
  }

  /** The field with this id, in whichever format has it. */
  public Optional<FieldSpec> field(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The rows of one table in one format, in the order the form prints them. */
  public List<RowSpec> rows(Format format, String table) {
    return rows.get(format).getOrDefault(table, List.of());
  }

  private List<RowSpec> groupRows(Format format, String table) {
    Map<String, List<FieldSpec>> byRow = new LinkedHashMap<>();
    for (FieldSpec f : fields(format)) {
      if (f.table().equals(table)) {
        byRow.computeIfAbsent(f.rowKey(), k -> new ArrayList<>()).add(f);
      }
    }
    List<RowSpec> out = new ArrayList<>();
    byRow.forEach((key, cells) -> out.add(new RowSpec(key, table, cells)));
    return List.copyOf(out);
  }

  /**
   * The pattern a column header's words match in their variants ({@code templates/headers.tsv}),
   * over the label key (no spaces or punctuation); a header not listed matches only itself.
   */
  public Pattern header(String label) {
    Pattern p = headers.get(label);
    return p != null ? p : Pattern.compile("^" + Pattern.quote(label.replaceAll("[^\\p{L}\\p{N}]", "")) + "$");
  }

  private static Map<String, Pattern> loadHeaders() {
    Map<String, Pattern> out = new HashMap<>();
    for (String[] r : Tsv.rows("headers.tsv")) {
      out.put(r[0], Pattern.compile(r[1]));
    }
    return out;
  }

  /** The row label patterns of one format. */
  public List<RowLabel> labels(Format format) {
    return labels.stream().filter(l -> l.formats().contains(format)).toList();
  }

  /** The statements of the text checked against the tables of one format, in template order. */
  public List<NarrativeSpec> narrative(Format format) {
    return narrative.stream().filter(n -> n.formats().contains(format)).toList();
  }

  /** The balance checks of one format and scope, in template order. */
  public List<CheckSpec> checks(Format format, CheckScope scope) {
    if (scope == CheckScope.REPORT) {
      return reportChecks.get(format);
    }
    return checks.stream().filter(c -> c.formats().contains(format) && c.scope() == scope).toList();
  }

  private static List<FieldSpec> loadFields() {
    List<FieldSpec> out = new ArrayList<>();
    for (String[] r : Tsv.rows("fields.tsv")) {
      out.add(new FieldSpec(r[0], Formats.parse(r[1]), r[2], r[3], r[4], Tsv.cell(r, 5)));
    }
    return out;
  }

  private static List<NarrativeSpec> loadNarrative() {
    List<NarrativeSpec> out = new ArrayList<>();
    for (String[] r : Tsv.rows("narrative.tsv")) {
      out.add(new NarrativeSpec(r[0], Formats.parse(r[1]), r[2], terms(r[3]), r[4], Pattern.compile(r[5])));
    }
    return out;
  }

  private static List<Indicator> loadIndicators() {
    List<Indicator> out = new ArrayList<>();
    for (String[] r : Tsv.rows("indicators.tsv")) {
      out.add(new Indicator(r[0], Formats.parse(r[1]), r[2], r[3], terms(r[4]), r[5].isBlank() ? List.of() : terms(r[5]), r[6]));
    }
    return out;
  }

  private static List<Figure> loadFigures() {
    List<Figure> out = new ArrayList<>();
    for (String[] r : Tsv.rows("figures.tsv")) {
      out.add(new Figure(r[0], Formats.parse(r[1]), r[2], terms(r[3])));
    }
    return out;
  }

  private static List<RowLabel> loadLabels() {
    List<RowLabel> out = new ArrayList<>();
    for (String[] r : Tsv.rows("labels.tsv")) {
      out.add(new RowLabel(r[0], Formats.parse(r[1]), Pattern.compile(r[2]), Tsv.cell(r, 3)));
    }
    return out;
  }

  private static List<CheckSpec> loadChecks(List<FieldSpec> fields) {
    Map<String, String> names = new HashMap<>();
    fields.forEach(f -> names.putIfAbsent(f.id(), f.row() + "·" + f.column()));
    List<CheckSpec> out = new ArrayList<>();
    for (String[] r : Tsv.rows("checks.tsv")) {
      CheckScope scope = switch (r[2]) {
        case "cross-year" -> CheckScope.CROSS_YEAR;
        case "plausible" -> CheckScope.PLAUSIBLE;
        default -> CheckScope.REPORT;
      };
      List<Term> left = terms(r[4]);
      List<Term> right = terms(r[5]);
      Map<String, String> labels = new LinkedHashMap<>();
      java.util.stream.Stream.concat(left.stream(), right.stream()).forEach(t -> labels.put(t.field(), names.getOrDefault(t.field(), t.field())));
      out.add(new CheckSpec(r[0], Formats.parse(r[1]), scope, r[3], left, right, CheckSpec.fieldsOf(left, right), labels));
    }
    return out;
  }

  /** Parses {@code a + b - prev:c}: field ids joined by spaced plus and minus signs. */
  static List<Term> terms(String side) {
    List<Term> out = new ArrayList<>();
    int sign = 1;
    for (String part : side.trim().split("\\s+")) {
      if (part.equals("+") || part.equals("-")) {
        sign = part.equals("+") ? 1 : -1;
        continue;
      }
      boolean prev = part.startsWith("prev:");
      out.add(new Term(sign, prev ? part.substring(5) : part, prev));
    }
    return out;
  }
}
