package org.nianbao.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportSpecTest {
  private static final ReportSpec SPEC = ReportSpec.load();

  @Test
  void loadsTheFieldsOfBothFormats() {
    assertEquals(229, SPEC.fields().size());
    assertEquals(198, SPEC.fields(Format.TRIAL_2019).size());
    assertEquals(200, SPEC.fields(Format.REVISED_2021).size());
  }

  @Test
  void everyCheckReadsOnlyFieldsOfItsFormats() {
    for (Format f : Format.values()) {
      Set<String> ids = new HashSet<>();
      SPEC.fields(f).forEach(x -> ids.add(x.id()));
      for (CheckScope scope : CheckScope.values()) {
        for (CheckSpec c : SPEC.checks(f, scope)) {
          assertTrue(ids.containsAll(c.fields()), c.id() + " reads a field " + f.code() + " does not have");
        }
      }
    }
  }

  @Test
  void everyIndicatorReadsOnlyFieldsOfItsFormatsAndHasOneNameAndUnit() {
    int defined = 0;
    for (Format f : Format.values()) {
      Set<String> ids = new HashSet<>();
      SPEC.fields(f).forEach(x -> ids.add(x.id()));
      for (String id : SPEC.indicatorIds()) {
        Optional<Indicator> in = SPEC.indicator(id, f);
        if (in.isPresent()) {
          defined++;
          assertTrue(ids.containsAll(in.get().fields()), id + " reads a field " + f.code() + " does not have");
          assertEquals(SPEC.indicator(id).name(), in.get().name(), id + " has one name in both formats");
          assertEquals(SPEC.indicator(id).unit(), in.get().unit(), id + " has one unit in both formats");
          assertTrue(in.get().ratio() == in.get().unit().equals("%"), id + ": a ratio, and only a ratio, is in %");
        }
      }
    }
    assertTrue(defined >= 28, "indicators defined: " + defined);
  }

  @Test
  void everyNarrativeStatementStatesFieldsOfItsFormatAndCapturesItsNumber() {
    for (Format f : Format.values()) {
      Set<String> ids = new HashSet<>();
      SPEC.fields(f).forEach(x -> ids.add(x.id()));
      assertTrue(SPEC.narrative(f).size() >= 12, "narrative statements of " + f);
      for (NarrativeSpec n : SPEC.narrative(f)) {
        n.table().forEach(t -> assertTrue(ids.contains(t.field()), n.id() + " reads " + t.field() + ", not a field of " + f));
        assertTrue(n.pattern().pattern().contains("(?<n>"), n.id() + " has no number group");
        assertTrue(n.pattern().pattern().contains(n.anchor()), n.id() + " does not hold its anchor " + n.anchor());
      }
    }
  }

  @Test
  void everyRowHasALabel() {
    for (Format f : Format.values()) {
      for (String table : List.of("t2", "t3")) {
        for (RowSpec row : SPEC.rows(f, table)) {
          assertTrue(SPEC.labels(f).stream().anyMatch(l -> l.row().equals(row.key())), row.key() + " has no label in " + f.code());
        }
      }
    }
  }

  @Test
  void readsSignedTermsAndPreviousYearFields() {
    List<Term> t = ReportSpec.terms("prev:t2.rules.in_force + t2.rules.issued - t2.rules.repealed");
    assertEquals(new Term(1, "t2.rules.in_force", true), t.get(0));
    assertEquals(new Term(-1, "t2.rules.repealed", false), t.get(2));
  }
}
