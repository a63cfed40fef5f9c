package org.nianbao.merge;

import com.opencsv.CSVWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nianbao.csvjson.CsvExporter;

/**
 * The 问题清单 as a CSV an office can send back to its units: one row a failing check or value to
 * review, the columns of the sheet (without its links), UTF-8 with a byte-order mark as the
 * merge's other CSV, text a spreadsheet would take for a formula neutralised.
 */
public final class IssuesCsv {
  private IssuesCsv() {}

  /** Writes the list to {@code out} (not closed). */
  public static void write(List<Issue> issues, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    CSVWriter csv = new CSVWriter(w);
    csv.writeNext(Issue.HEADERS.toArray(new String[0]), false);
    for (Issue i : issues) {
      csv.writeNext(new String[] {CsvExporter.safe(i.agency()), i.year(), i.kind(), i.table(), CsvExporter.safe(i.row()), CsvExporter.safe(i.column()),
          CsvExporter.safe(i.values()), CsvExporter.safe(i.reason()), CsvExporter.safe(i.formula()), i.difference() == null ? "" : plain(i.difference()),
          CsvExporter.safe(i.file()), i.id()}, true);
    }
    csv.flush();
  }

  /** Whether {@code file} is a list nianbao wrote (its byte-order mark and header), so a re-run may replace it. */
  public static boolean wroteBy(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = r.readLine();
      return first != null && first.equals("\uFEFF" + String.join(",", Issue.HEADERS));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static String plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
