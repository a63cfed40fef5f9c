package org.nianbao.csvjson;

import com.opencsv.CSVWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.nianbao.message.Message;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.place.Gazetteer;
import org.nianbao.form.FieldSpec;
import org.nianbao.form.Indicator;
import org.nianbao.form.ReportSpec;
import org.nianbao.place.Location;
import org.nianbao.workbook.FormulaRenderer;

/**
 * One CSV row per input: UTF-8 with a byte-order mark so that Excel opens it in the right charset,
 * and a header of the columns' Chinese names (表三 一、本年新收…·自然人) for people, or of the field
 * ids for programs; after who and what, where the agency is (省, 市, 县, 乡镇街道, 层级, 类别, 区划代码,
 * as 地区与层级 places it); after the fields, the indicators of {@code templates/indicators.tsv} as the
 * comparison workbook's 指标 stores them (ratios as fractions); last, the values a person corrected
 * in nianbao's workbook (人工更正, with what nianbao had read). Text that a spreadsheet would take for a formula (starting with = + - @, tab or
 * carriage return) is neutralised with a leading apostrophe; numbers are written as numbers.
 */
public final class CsvExporter implements AutoCloseable {
  private static final String LEADING = "=+-@\t\r";
  private static final List<String> IDS = List.of("file", "agency", "year", "format", "error");
  private static final List<String> NAMES = Stream.of("file", "agency", "year", "format", "error").map(c -> Message.of("csv." + c).zh()).toList();

  private static final List<String> PLACE_IDS = List.of("region.province", "region.city", "region.county", "region.town", "region.level", "region.kind", "region.code");
  private static final List<String> PLACE_NAMES = Stream.of("province", "city", "county", "town", "level", "kind", "code").map(c -> Message.of("csv." + c).zh()).toList();

  private static final String UNREAD = Message.of("csv.value_unread").zh();
  private static final String BLANK = Message.of("csv.value_blank").zh();

  private final ReportSpec spec;
  private final Function<Report, Location> places;
  private final CSVWriter csv;
  private final List<String> fields;
  private final Map<String, String> names;

  /** Starts the file: writes the byte-order mark and the header, in Chinese or as ids; agencies placed by name alone. */
  public CsvExporter(ReportSpec spec, OutputStream out, boolean chineseHeader) throws IOException {
    this(spec, out, chineseHeader, placedByName());
  }

  /** As {@link #CsvExporter(ReportSpec, OutputStream, boolean)}, agencies placed by {@code places} (as the comparison workbook places them). */
  public CsvExporter(ReportSpec spec, OutputStream out, boolean chineseHeader, Function<Report, Location> places) throws IOException {
    this.spec = spec;
    this.places = places;
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    this.names = columns(spec);
    this.fields = List.copyOf(names.keySet());
    w.write('\uFEFF');
    this.csv = new CSVWriter(w);
    csv.writeNext(header(spec, chineseHeader).toArray(new String[0]), false);
  }

  private static Function<Report, Location> placedByName() {
    Gazetteer g = Gazetteer.load();
    return r -> g.locate(r.agency().orElse(""), Optional.empty());
  }

  private static Map<String, String> columns(ReportSpec spec) {
    Map<String, String> out = new LinkedHashMap<>();
    for (FieldSpec f : spec.fields()) {
      out.putIfAbsent(f.id(), TableId.of(f.id()).label() + " " + f.row() + "·" + f.column());
    }
    return out;
  }

  private static List<String> header(ReportSpec spec, boolean chinese) {
    List<String> header = new ArrayList<>(chinese ? NAMES : IDS);
    header.addAll(chinese ? PLACE_NAMES : PLACE_IDS);
    header.addAll(chinese ? columns(spec).values() : columns(spec).keySet());
    for (String id : spec.indicatorIds()) {
      header.add(chinese ? Message.of("csv.indicator", spec.indicator(id).name()).zh() : "indicator." + id);
    }
    header.add(chinese ? Message.of("csv.corrected").zh() : "corrected");
    return header;
  }

  /**
   * Whether {@code file} is a CSV nianbao wrote: it starts with the byte-order mark and one of the
   * headers nianbao writes, so a re-run may replace it.
   */
  public static boolean wroteBy(Path file, ReportSpec spec) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = r.readLine();
      return first != null && (first.equals("\uFEFF" + line(header(spec, true))) || first.equals("\uFEFF" + line(header(spec, false))));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static String line(List<String> cells) {
    StringWriter s = new StringWriter();
    try (CSVWriter w = new CSVWriter(s)) {
      w.writeNext(cells.toArray(new String[0]), false);
    } catch (IOException e) {
      return "";
    }
    return s.toString().stripTrailing();
  }

  /** One report's row. */
  public void add(Report r) {
    List<String> row = new ArrayList<>(List.of(safe(r.file()), safe(r.agency().orElse("")), r.year().map(String::valueOf).orElse(""),
        r.format().map(f -> f.code()).orElse(""), ""));
    Location at = places.apply(r);
    row.addAll(at.divisions());
    row.addAll(List.of(at.level(), at.kind(), at.code()));
    for (String f : fields) {
      Value v = r.values().get(f);
      row.add(v == null || v.number() == null ? "" : plain(v.number()));
    }
    FormulaRenderer values = FormulaRenderer.values(r.values());
    for (String id : spec.indicatorIds()) {
      Optional<Indicator> in = r.format().flatMap(f -> spec.indicator(id, f));
      Object value = in.isEmpty() ? "" : values.indicator(in.get().numerator(), in.get().denominator(), unread(r, in.get())).value();
      row.add(value instanceof BigDecimal d ? plain(d) : "");
    }
    row.add(safe(corrections(r)));
    csv.writeNext(row.toArray(new String[0]), true);
  }

  /**
   * The values a person corrected in nianbao's workbook, each as 人工更正 with its column, the
   * value nianbao had read and the value used: {@code 人工更正：表三 …·总计 49→98}.
   */
  private String corrections(Report r) {
    List<String> out = new ArrayList<>();
    r.originals().forEach((id, before) -> out.add(names.getOrDefault(id, id) + " " + shown(before) + "→" + shown(r.values().get(id))));
    return out.isEmpty() ? "" : Message.of("csv.corrections", String.join("；", out)).zh();
  }

  private static String shown(Value v) {
    return v == null ? "" : v.number() != null ? plain(v.number()) : v.kind() == ValueKind.MARK ? v.source().snippet() : v.kind() == ValueKind.UNREAD ? UNREAD : BLANK;
  }

  /** The row of an input that could not be read. */
  public void addFailure(String file, String reason) {
    List<String> row = new ArrayList<>(List.of(safe(file), "", "", "", safe(reason)));
    PLACE_IDS.forEach(p -> row.add(""));
    fields.forEach(f -> row.add(""));
    spec.indicatorIds().forEach(id -> row.add(""));
    row.add("");
    csv.writeNext(row.toArray(new String[0]), true);
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }

  private static List<String> unread(Report r, Indicator in) {
    return in.fields().stream().filter(f -> r.values().containsKey(f) && r.values().get(f).kind() == ValueKind.UNREAD).toList();
  }

  /** Text with an apostrophe before a leading formula character, so a spreadsheet opening the CSV takes it as text (the merge's issue list too). */
  public static String safe(String text) {
    return !text.isEmpty() && LEADING.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }
}
