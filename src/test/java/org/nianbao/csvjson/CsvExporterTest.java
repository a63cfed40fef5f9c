package org.nianbao.csvjson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Report;
import org.nianbao.pipeline.Pipeline;
import org.nianbao.form.ReportSpec;

class CsvExporterTest {
  private static final ReportSpec SPEC = ReportSpec.load();

  @Test
  void startsWithAByteOrderMarkAndTheChineseNamesOfTheColumns() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CsvExporter csv = new CsvExporter(SPEC, out, true)) {
      csv.add(Pipeline.standard().run(Path.of("test-data/reports/haining-2020.txt")).report().orElseThrow());
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF文件,机关,年度,格式,未能读取的原因,省,市,县,乡镇街道,层级,类别,区划代码,表二 第二十条第（一）项 规章·本年新制作数量,"), text.substring(0, 80));
  }

  @Test
  void recognisesTheCsvItWroteButNoOther(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    for (boolean chinese : new boolean[] {true, false}) {
      Path own = dir.resolve("own-" + chinese + ".csv");
      try (CsvExporter csv = new CsvExporter(SPEC, java.nio.file.Files.newOutputStream(own), chinese)) {
        csv.addFailure("x.txt", "bad");
      }
      assertTrue(CsvExporter.wroteBy(own, SPEC));
    }
    Path other = java.nio.file.Files.writeString(dir.resolve("other.csv"), "\uFEFF文件,机关\n");
    org.junit.jupiter.api.Assertions.assertFalse(CsvExporter.wroteBy(other, SPEC));
    org.junit.jupiter.api.Assertions.assertFalse(CsvExporter.wroteBy(dir.resolve("none.csv"), SPEC));
  }

  @Test
  void startsWithAByteOrderMarkAndTheFieldIds() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CsvExporter csv = new CsvExporter(SPEC, out, false)) {
      csv.add(Pipeline.standard().run(Path.of("test-data/reports/haining-2020.txt")).report().orElseThrow());
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFFfile,agency,year,format,error,region.province,region.city,region.county,region.town,region.level,region.kind,region.code,t2.rules.made,"));
    String[] lines = text.split("\n");
    assertEquals(2, lines.length);
    assertTrue(lines[1].contains("\"海宁市人民政府\",\"2020\",\"2019\",\"\",\"浙江省\",\"嘉兴市\",\"海宁市\",\"\",\"县级\",\"人民政府\",\"330481\""), lines[1].substring(0, 160));
    assertTrue(lines[1].contains("\"21144.56\""), "money in 万元, plain");
  }

  @Test
  void neutralisesTextThatWouldBeAFormula() throws Exception {
    Report r = new Report("=cmd|' /C calc'!A0", Optional.of("@SUM(1+1)"), Optional.of(2020), Optional.empty(), Optional.empty(), Set.of(), Map.of(),
        List.of(), List.of(), Map.of(), List.of(), Map.of());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CsvExporter csv = new CsvExporter(SPEC, out, false)) {
      csv.add(r);
      csv.addFailure("+1.txt", "-bad");
    }
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertTrue(lines[1].startsWith("\"'=cmd|' /C calc'!A0\",\"'@SUM(1+1)\""));
    assertTrue(lines[2].startsWith("\"'+1.txt\",\"\",\"\",\"\",\"'-bad\""));
  }
}
