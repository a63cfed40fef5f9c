package org.nianbao.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Nianbao;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.Report;
import org.nianbao.model.ValueKind;
import org.nianbao.model.Outcome;
import org.nianbao.testing.LibreOffice;

/**
 * A workbook corrected with a spreadsheet library and saved again by LibreOffice (as a person's
 * LibreOffice saves it: its own package, its own properties, the hidden sheet kept): read back, the
 * corrections are found and the checks recomputed; untouched, nothing is taken for a correction.
 * Skipped where LibreOffice is not installed; .ci/run installs it.
 */
class CorrectedWorkbookIT {
  @Test
  void correctionsSurviveALibreOfficeSave(@TempDir Path dir) throws Exception {
    Optional<String> soffice = LibreOffice.find();
    assumeTrue(soffice.isPresent(), "LibreOffice is not installed");
    Path edited = CorrectedWorkbookTest.written(Files.createDirectories(dir.resolve("edited")));
    CorrectedWorkbookTest.edit(edited, CorrectedWorkbookTest::correct);
    Path untouched = CorrectedWorkbookTest.written(Files.createDirectories(dir.resolve("untouched")));
    Path plain = Files.move(untouched, dir.resolve("untouched/plain.xlsx"));
    Path out = LibreOffice.convert(soffice.get(), dir.resolve("profile"), dir.resolve("saved"), "xlsx", List.of(edited, plain));

    Outcome o = Nianbao.extract(out.resolve(edited.getFileName()));
    Report r = o.report().orElseThrow(() -> new AssertionError(o.error()));
    assertEquals(new BigDecimal("98"), r.values().get("t3.new.total").number());
    assertEquals(new BigDecimal("6"), r.values().get("t3.carried.natural").number());
    assertEquals(ValueKind.BLANK, r.values().get("t3.new.social").kind());
    assertEquals(3, r.originals().size(), r.originals().keySet().toString());
    assertEquals(CheckStatus.PASS, CorrectedWorkbookTest.check(r, "t3.row.new").status());

    Report same = Nianbao.extract(out.resolve("plain.xlsx")).report().orElseThrow();
    assertTrue(same.originals().isEmpty(), same.originals().keySet().toString());
    Report original = Nianbao.extract(CorrectedWorkbookTest.HENGYANG).report().orElseThrow();
    original.values().forEach((id, v) -> assertEquals(v.numberIfAny(), same.values().get(id).numberIfAny(), id));
  }
}
