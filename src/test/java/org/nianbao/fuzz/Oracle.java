package org.nianbao.fuzz;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nianbao.model.CheckResult;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.Flag;
import org.nianbao.model.Report;
import org.nianbao.model.Value;

/**
 * Finds the silent errors in what nianbao read from a damaged copy: a cell read as something the
 * damaged text does not say, with no flag on it and no failing check reading it. A cell left unread,
 * or not given at all, is never a silent error: nothing was invented.
 */
final class Oracle {
  private Oracle() {}

  static List<String> silentErrors(Seed seed, Mutator.Case c, Report got) {
    Set<String> covered = new HashSet<>();
    got.flags().stream().map(Flag::field).forEach(covered::add);
    got.checks().stream().filter(k -> k.status() == CheckStatus.FAIL).map(CheckResult::fields).forEach(covered::addAll);
    return got.values().entrySet().stream()
        .filter(e -> !covered.contains(e.getKey()))
        .filter(e -> Seed.reading(e.getValue()).isPresent())
        .filter(e -> !right(seed, c, e.getKey(), e.getValue()))
        .map(e -> e.getKey() + " read as '" + Seed.reading(e.getValue()).get() + "' from '" + e.getValue().source().snippet() + "' at "
            + e.getValue().source().pos() + ", expected " + expected(seed, c, e.getKey()))
        .toList();
  }

  private static boolean right(Seed seed, Mutator.Case c, String field, Value v) {
    return expected(seed, c, field).contains(Seed.reading(v).get());
  }

  private static Set<String> expected(Seed seed, Mutator.Case c, String field) {
    Map<String, Set<String>> touched = c.expected();
    if (touched.containsKey(field)) {
      return touched.get(field);
    }
    Optional<String> before = Seed.reading(seed.values().get(field));
    return before.or(() -> Optional.ofNullable(seed.gold().get(field))).map(Set::of).orElse(Set.of());
  }
}
