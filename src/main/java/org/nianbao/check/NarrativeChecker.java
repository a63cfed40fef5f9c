package org.nianbao.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.NarrativeResult;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.form.NarrativeSpec;
import org.nianbao.form.Term;

/**
 * Finds the statements of a report's six sections that state one of its table figures and checks
 * each against the table. A statement is looked for in one sentence only ({@link Sentences}), so
 * a number is never taken from a neighbouring sentence.
 */
public final class NarrativeChecker {
  private NarrativeChecker() {}

  /** Every statement found, in section and sentence order; the same statement twice is kept once. */
  public static List<NarrativeResult> check(List<NarrativeSpec> specs, Map<Integer, String> sections, Map<String, Value> values) {
    List<NarrativeResult> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    sections.forEach((section, text) -> {
      List<NarrativeSpec> present = specs.stream().filter(spec -> text.contains(spec.anchor())).toList();
      if (present.isEmpty()) {
        return;
      }
      for (String s : Sentences.of(text)) {
        for (NarrativeSpec spec : present) {
          if (!s.contains(spec.anchor())) {
            continue;
          }
          Matcher m = spec.pattern().matcher(s);
          while (m.find()) {
            BigDecimal stated = new BigDecimal(m.group("n").replace(",", ""));
            List<String> fields = spec.table().stream().map(Term::field).toList();
            if (seen.add(fields + "|" + stated + "|" + s)) {
              out.add(result(spec, stated, fields, section, s, values));
            }
          }
        }
      }
    });
    return out;
  }

  private static NarrativeResult result(NarrativeSpec spec, BigDecimal stated, List<String> fields, int section, String sentence, Map<String, Value> values) {
    Optional<BigDecimal> table = tableSide(spec.table(), values);
    CheckStatus status = table.isEmpty() ? CheckStatus.SKIPPED : table.get().compareTo(stated) == 0 ? CheckStatus.PASS : CheckStatus.FAIL;
    return new NarrativeResult(spec.id(), spec.description(), status, stated, table, fields, section, sentence);
  }

  /** The table's figure: the sum of its fields as the form counts them; none if a field is missing or unread. */
  private static Optional<BigDecimal> tableSide(List<Term> terms, Map<String, Value> values) {
    for (Term t : terms) {
      Value v = values.get(t.field());
      if (v == null || v.kind() == ValueKind.UNREAD) {
        return Optional.empty();
      }
    }
    return Optional.of(CheckEngine.sum(terms, f -> values.get(f).asCounted()));
  }
}
