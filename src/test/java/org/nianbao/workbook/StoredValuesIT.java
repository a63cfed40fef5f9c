package org.nianbao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import org.nianbao.model.ValueKind;
import org.nianbao.model.Value;
import java.math.BigDecimal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.merge.ComparisonWorkbookWriter;
import org.nianbao.model.Report;
import org.nianbao.testing.LibreOffice;

/**
 * What a reader that does not recalculate sees (LibreOffice as installed, pandas, previews) must be
 * what the formulas compute: every formula cell's stored value, in every fixture's workbook and in
 * a merge of them all, against the value LibreOffice computes once the stored values are stripped.
 */
class StoredValuesIT {
  private static final Pattern STORED = Pattern.compile("(<f(?: [^>]*)?>[^<]*</f>)<v>[^<]*</v>");

  @Test
  void everyStoredValueIsWhatLibreOfficeComputes(@TempDir Path dir) throws Exception {
    Optional<String> soffice = LibreOffice.find();
    assumeTrue(soffice.isPresent(), "LibreOffice is not installed");
    List<Report> reports = new ArrayList<>();
    List<Path> written = new ArrayList<>();
    for (Path p : WorkbookFixtures.reports()) {
      Report r = ReportWorkbookWriterTest.report(p);
      reports.add(r);
      written.add(Files.write(dir.resolve("book" + written.size() + ".xlsx"), ReportWorkbookWriterTest.bytes(r)));
    }
    written.add(Files.write(dir.resolve("merged.xlsx"), merge(reports)));
    List<Path> stripped = new ArrayList<>();
    for (Path book : written) {
      Path s = dir.resolve("stripped").resolve(book.getFileName());
      Files.createDirectories(s.getParent());
      strip(book, s);
      stripped.add(s);
    }
    Path computed = LibreOffice.convert(soffice.get(), dir.resolve("profile"), dir.resolve("computed"), "xlsx", stripped);
    int cells = 0;
    List<String> differences = new ArrayList<>();
    for (Path book : written) {
      Map<String, Object> stored = formulaValues(book);
      Map<String, Object> truth = formulaValues(computed.resolve(book.getFileName()));
      for (Map.Entry<String, Object> e : stored.entrySet()) {
        cells++;
        if (!same(e.getValue(), truth.get(e.getKey()))) {
          differences.add(book.getFileName() + " " + e.getKey() + ": stored " + e.getValue() + ", computed " + truth.get(e.getKey()));
        }
      }
    }
    assertTrue(cells > 3000, "formula cells compared: " + cells);
    assertEquals(List.of(), differences.subList(0, Math.min(20, differences.size())), differences.size() + " of " + cells + " differ");
  }

  /** Copies a workbook without the values stored after its formulas. */
  private static void strip(Path from, Path to) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from)); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        if (e.getName().startsWith("xl/worksheets/sheet")) {
          data = STORED.matcher(new String(data, StandardCharsets.UTF_8)).replaceAll("$1").getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(data);
        out.closeEntry();
      }
    }
  }

  /** Sheet!cell to the value stored for each formula cell: a number, a string, or "" for none. */
  static Map<String, Object> formulaValues(Path book) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell c : row) {
            if (c.getCellType() == CellType.FORMULA) {
              Object v = switch (c.getCachedFormulaResultType()) {
                case NUMERIC -> c.getNumericCellValue();
                case STRING -> c.getStringCellValue();
                case BOOLEAN -> c.getBooleanCellValue();
                default -> "";
              };
              out.put(sheet.getSheetName() + "!" + c.getAddress(), v);
            }
          }
        }
      }
    }
    return out;
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof Double x && b instanceof Double y) {
      return Math.abs(x - y) < 1e-6;
    }
    return String.valueOf(a).equals(String.valueOf(b));
  }

  /** The same agency's report for the year before, every number one more: 同比 then has a pair to compare. */
  private static Report yearBefore(Report r) {
    Map<String, Value> values = new LinkedHashMap<>(r.values());
    values.replaceAll((k, v) -> v.kind() == ValueKind.NUMBER ? new Value(ValueKind.NUMBER, v.number().add(BigDecimal.ONE), v.placement(), v.source()) : v);
    return new Report(r.file() + "（上年）", r.agency(), r.year().map(y -> y - 1), r.published(), r.format(), r.tables(), values, List.of(), r.checks(), r.sections(), List.of(), Map.of());
  }

  private static byte[] merge(List<Report> reports) throws IOException {
    ComparisonWorkbookWriter w = new ComparisonWorkbookWriter(ReportWorkbookWriterTest.SPEC);
    w.add(yearBefore(reports.stream().filter(r -> r.year().isPresent() && r.format().isPresent() && r.agency().isPresent()).findFirst().orElseThrow()));
    reports.forEach(w::add);
    w.addFailure("broken.html", "not a report");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(out);
    return out.toByteArray();
  }
}
