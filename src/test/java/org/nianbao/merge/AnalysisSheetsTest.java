package org.nianbao.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.nianbao.Nianbao;
import org.nianbao.csvjson.CsvExporter;
import org.nianbao.model.Report;
import org.nianbao.model.Outcome;
import org.nianbao.form.Format;
import org.nianbao.form.Indicator;
import org.nianbao.form.Term;
import org.nianbao.testing.TestReports;

/**
 * The comparison workbook's analysis sheets read back as stored: every indicator of every fixture
 * (指标 and the CSV) equals what this test computes from extract's JSON on its own — sums of the
 * fields, a ratio empty where its denominator is 0, anything empty while a field it reads was left
 * unread; 排名's places and 同比's changes equal what the test derives from the stored figures.
 */
class AnalysisSheetsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The indicator computed from the JSON, or null where it has no value. */
  private static Double expected(Indicator in, JsonNode report) {
    Set<String> unread = new HashSet<>();
    report.get("flags").forEach(f -> {
      if (f.get("code").asText().startsWith("unread.") && !f.get("field").isNull()) {
        unread.add(f.get("field").asText());
      }
    });
    if (in.fields().stream().anyMatch(f -> unread.contains(f) && report.get("values").path(f).isNull())) {
      return null;
    }
    double num = sum(in.numerator(), report.get("values"));
    if (!in.ratio()) {
      return num;
    }
    double den = sum(in.denominator(), report.get("values"));
    return den == 0 ? null : num / den;
  }

  private static double sum(List<Term> terms, JsonNode values) {
    double s = 0;
    for (Term t : terms) {
      JsonNode v = values.path(t.field());
      s += v.isNumber() ? t.sign() * v.asDouble() : 0;
    }
    return s;
  }

  @Test
  void everyStoredIndicatorAndCsvColumnEqualsWhatTheJsonGives() throws IOException {
    List<Path> files = TestReports.withAnswers();
    List<Report> reports = new ArrayList<>();
    List<JsonNode> json = new ArrayList<>();
    for (Path p : files) {
      Outcome o = MergeFixtures.PIPELINE.run(p);
      reports.add(o.report().orElseThrow());
      json.add(JSON.readTree(Nianbao.json(o)));
    }
    MergeFixtures.Merged m = MergeFixtures.merge(reports, List.of());
    ByteArrayOutputStream csvBytes = new ByteArrayOutputStream();
    try (CsvExporter csv = new CsvExporter(MergeFixtures.SPEC, csvBytes, false)) {
      reports.forEach(csv::add);
    }
    String[] csvLines = csvBytes.toString(StandardCharsets.UTF_8).split("\n");
    List<String> csvHeader = List.of(csvLines[0].replace("\uFEFF", "").replace("\"", "").strip().split(","));

    List<String> ids = MergeFixtures.SPEC.indicatorIds();
    int compared = 0;
    int ratios = 0;
    int empty = 0;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(m.xlsx()))) {
      Sheet sheet = wb.getSheet(IndicatorSheet.NAME);
      for (int i = 0; i < reports.size(); i++) {
        Row row = sheet.getRow(ComparisonWorkbookWriter.FIRST_DATA_ROW - 1 + i);
        String[] csvRow = csvLines[i + 1].strip().split(",", -1);
        Optional<Format> format = reports.get(i).format();
        JsonNode report = json.get(i);
        for (int k = 0; k < ids.size(); k++) {
          String id = ids.get(k);
          Optional<Indicator> in = format.flatMap(f -> MergeFixtures.SPEC.indicator(id, f));
          Double want = in.map(ind -> expected(ind, report)).orElse(null);
          Cell cell = row.getCell(IndicatorSheet.LEADING.size() + k);
          String where = files.get(i) + " " + ids.get(k);
          Double stored = cell == null || cell.getCellType() == CellType.BLANK ? null
              : cell.getCachedFormulaResultType() == CellType.NUMERIC ? cell.getNumericCellValue() : null;
          if (cell != null && cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.STRING) {
            assertEquals("", cell.getStringCellValue(), where + ": an indicator with no value is empty, never an error");
          }
          String csvCell = csvRow[csvHeader.indexOf("indicator." + ids.get(k))].replace("\"", "");
          if (want == null) {
            assertEquals(null, stored, where);
            assertEquals("", csvCell, where + " (CSV)");
            empty++;
          } else {
            // Ratios are kept to ten decimal places.
            assertEquals(want, stored, 1e-10, where);
            assertEquals(want, Double.parseDouble(csvCell), 1e-10, where + " (CSV)");
            ratios += in.get().ratio() ? 1 : 0;
          }
          compared++;
        }
      }
    }
    assertTrue(ratios > 50 && empty > 5, compared + " compared, " + ratios + " ratios, " + empty + " empty");
  }

  @Test
  void eachReportIsRankedAmongTheReportsOfItsYearAndLevelTiesSharingAPlace() throws IOException {
    List<Report> reports = new ArrayList<>(MergeFixtures.corpus());
    reports.addAll(MergeFixtures.consecutiveYears());
    MergeFixtures.Merged m = MergeFixtures.merge(reports, List.of());
    int ids = MergeFixtures.SPEC.indicatorIds().size();
    int lead = IndicatorSheet.LEADING.size();
    int first = ComparisonWorkbookWriter.FIRST_DATA_ROW - 1;
    int ranked = 0;
    int shared = 0;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(m.xlsx()))) {
      Sheet values = wb.getSheet(IndicatorSheet.NAME);
      Sheet ranks = wb.getSheet(RankSheet.NAME);
      Sheet levels = wb.getSheet(RegionSheet.NAME);
      for (int k = 0; k < ids; k++) {
        for (int i = 0; i < reports.size(); i++) {
          Double mine = number(values.getRow(first + i).getCell(lead + k));
          Cell rank = ranks.getRow(first + i).getCell(lead + k);
          Integer year = reports.get(i).year().orElse(null);
          if (mine == null || year == null) {
            assertTrue(rank == null || rank.getCellType() == CellType.BLANK || rank.getStringCellValue().isEmpty(), "no value, no place");
            continue;
          }
          int above = 0;
          int same = 0;
          String level = levels.getRow(first + i).getCell(RegionSheet.LEVEL).getStringCellValue();
          for (int j = 0; j < reports.size(); j++) {
            Double other = number(values.getRow(first + j).getCell(lead + k));
            if (other != null && year.equals(reports.get(j).year().orElse(null)) && level.equals(levels.getRow(first + j).getCell(RegionSheet.LEVEL).getStringCellValue())) {
              above += other > mine ? 1 : 0;
              same += other.equals(mine) && j != i ? 1 : 0;
            }
          }
          assertEquals(above + 1, (int) rank.getNumericCellValue(), reports.get(i).file() + " " + MergeFixtures.SPEC.indicatorIds().get(k));
          ranked++;
          shared += same > 0 ? 1 : 0;
        }
      }
    }
    assertTrue(ranked > 100 && shared > 10, ranked + " places checked, " + shared + " shared");
  }

  private static Double number(Cell c) {
    return c != null && c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC ? c.getNumericCellValue() : null;
  }

  @Test
  void changesFromOneYearToTheNextAreThoseOfTheStoredFigures() throws IOException {
    MergeFixtures.Merged m = MergeFixtures.merge(MergeFixtures.consecutiveYears(), List.of());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(m.xlsx()))) {
      Sheet yoy = wb.getSheet(YearOnYearSheet.NAME);
      Sheet summary = wb.getSheet(ComparisonWorkbookWriter.SUMMARY);
      Sheet indicators = wb.getSheet(IndicatorSheet.NAME);
      Row pair = yoy.getRow(2);
      assertEquals(2021, (int) pair.getCell(2).getNumericCellValue());
      assertEquals(2022, (int) pair.getCell(3).getNumericCellValue());
      assertTrue(yoy.getRow(3) == null, "one pair of consecutive years");
      int checked = 0;
      int col = 4;
      while (yoy.getRow(0).getCell(col) != null) {
        String name = yoy.getRow(0).getCell(col).getStringCellValue();
        boolean rate = yoy.getRow(1).getCell(col).getStringCellValue().contains("百分点");
        Double prev = find(summary, indicators, name, ComparisonWorkbookWriter.FIRST_DATA_ROW - 1);
        Double cur = find(summary, indicators, name, ComparisonWorkbookWriter.FIRST_DATA_ROW);
        Double change = number(pair.getCell(col));
        if (prev == null || cur == null) {
          assertEquals(null, change, name);
        } else {
          assertEquals(cur - prev, change, 1e-12, name);
          checked++;
          if (!rate) {
            Double share = number(pair.getCell(col + 1));
            assertEquals(prev == 0 ? null : (cur - prev) / prev, share, 1e-12, name + " %");
          }
        }
        col += rate ? 1 : 2;
      }
      assertTrue(checked >= 15, checked + " changes checked");
    }
  }

  /** The stored value of a key figure (汇总, by its label in row 3 under 主要数字 in row 2) or an indicator (指标, by its name in the hidden row 1) on a row. */
  private static Double find(Sheet summary, Sheet indicators, String name, int row) {
    for (Cell c : summary.getRow(2)) {
      if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(name) && summary.getRow(1).getCell(c.getColumnIndex()).getStringCellValue().startsWith("主要数字")) {
        return number(summary.getRow(row).getCell(c.getColumnIndex()));
      }
    }
    for (Cell c : indicators.getRow(0)) {
      if (c.getStringCellValue().replaceFirst("（.*）$", "").equals(name)) {
        return number(indicators.getRow(row).getCell(c.getColumnIndex()));
      }
    }
    throw new AssertionError("no column " + name);
  }

  @Test
  void statisticsCountAndSumByLevelAndProvinceAsPlaced() throws IOException {
    List<Report> reports = MergeFixtures.corpus();
    MergeFixtures.Merged m = MergeFixtures.merge(reports, List.of());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(m.xlsx()))) {
      Sheet places = wb.getSheet(RegionSheet.NAME);
      Sheet stats = wb.getSheet(ComparisonWorkbookWriter.STATISTICS);
      java.util.Map<String, Integer> levels = new java.util.TreeMap<>();
      java.util.Map<String, Integer> provinces = new java.util.TreeMap<>();
      for (int i = 0; i < reports.size(); i++) {
        Row row = places.getRow(ComparisonWorkbookWriter.FIRST_DATA_ROW - 1 + i);
        levels.merge(row.getCell(RegionSheet.LEVEL).getStringCellValue(), 1, Integer::sum);
        Cell province = row.getCell(RegionSheet.PROVINCE);
        if (province != null && !province.getStringCellValue().isEmpty()) {
          provinces.merge(province.getStringCellValue(), 1, Integer::sum);
        }
      }
      java.util.Map<String, Integer> counted = new java.util.TreeMap<>();
      for (Row row : stats) {
        Cell label = row.getCell(0);
        if (row.getRowNum() > 0 && label != null && label.getCellType() == CellType.STRING && row.getCell(1) != null) {
          counted.put(label.getStringCellValue(), (int) row.getCell(1).getNumericCellValue());
        }
      }
      levels.forEach((level, n) -> assertEquals(n, counted.get(level), level));
      provinces.forEach((province, n) -> assertEquals(n, counted.get(province), province));
      assertTrue(levels.containsKey("县级") && provinces.containsKey("浙江省"), levels + " " + provinces);
    }
  }
}
