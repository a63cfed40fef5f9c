package org.nianbao.export;

import com.opencsv.CSVWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.nianbao.model.Report;
import org.nianbao.model.Value;
import org.nianbao.spec.FieldSpec;
import org.nianbao.spec.ReportSpec;

/**
 * One CSV row per input, the field ids as header: UTF-8 with a byte-order mark so that Excel opens
 * it in the right charset. Text that a spreadsheet would take for a formula (starting with = + - @,
 * tab or carriage return) is neutralised with a leading apostrophe; numbers are written as numbers.
 */
public final class CsvExporter implements AutoCloseable {
  private static final String LEADING = "=+-@\t\r";

  private final CSVWriter csv;
  private final List<String> fields;

  /** Starts the file: writes the byte-order mark and the header. */
  public CsvExporter(ReportSpec spec, OutputStream out) throws IOException {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    for (FieldSpec f : spec.fields()) {
      ids.add(f.id());
    }
    this.fields = List.copyOf(ids);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    this.csv = new CSVWriter(w);
    List<String> header = new ArrayList<>(List.of("file", "agency", "year", "format", "error"));
    header.addAll(fields);
    csv.writeNext(header.toArray(new String[0]), false);
  }

  /** One report's row. */
  public void add(Report r) {
    List<String> row = new ArrayList<>(List.of(safe(r.file()), safe(r.agency().orElse("")), r.year().map(String::valueOf).orElse(""),
        r.format().map(f -> f.code()).orElse(""), ""));
    for (String f : fields) {
      Value v = r.values().get(f);
      row.add(v == null || v.number() == null ? "" : plain(v.number()));
    }
    csv.writeNext(row.toArray(new String[0]), true);
  }

  /** The row of an input that could not be read. */
  public void addFailure(String file, String reason) {
    List<String> row = new ArrayList<>(List.of(safe(file), "", "", "", safe(reason)));
    fields.forEach(f -> row.add(""));
    csv.writeNext(row.toArray(new String[0]), true);
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }

  /** Text with an apostrophe before a leading formula character. */
  static String safe(String text) {
    return !text.isEmpty() && LEADING.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }
}
