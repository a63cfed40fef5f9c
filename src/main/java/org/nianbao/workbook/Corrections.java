package org.nianbao.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.message.Message;
import org.nianbao.model.Flag;
import org.nianbao.model.Report;
import org.nianbao.model.Value;

/**
 * Carries the corrections a person made in nianbao's workbook over to a new reading of the same
 * report: each corrected value replaces the new reading's, which is kept as what nianbao read.
 */
public final class Corrections {
  private Corrections() {}

  /**
   * A new reading with an old workbook's corrections carried over.
   *
   * @param changed the fields whose new reading differs from what the correction had replaced: the source now reads otherwise, someone should look again
   */
  public record Carried(Report report, int carried, List<String> changed) {}

  /**
   * {@code fresh} with the corrections of {@code old} (a workbook read back) in it; checks are left
   * as {@code fresh} had them, to be computed again. A correction whose field the new reading does
   * not have (another format, a table no longer found) cannot be carried and is left out; one equal
   * to the new reading is no correction any more.
   */
  public static Carried carry(Report fresh, Report old) {
    Map<String, Value> values = new LinkedHashMap<>(fresh.values());
    Map<String, Value> originals = new LinkedHashMap<>();
    List<Flag> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    old.originals().forEach((id, before) -> {
      Value now = fresh.values().get(id);
      Value corrected = old.values().get(id);
      if (now == null || corrected == null || OwnWorkbooks.same(now, corrected)) {
        return;
      }
      if (!OwnWorkbooks.same(before, now)) {
        changed.add(id);
      }
      values.put(id, corrected);
      originals.put(id, now);
      added.add(new Flag(id, Message.of(OriginalSheet.CORRECTED, OwnWorkbooks.shown(now), now.source().pos().known() ? now.source().pos().toString() : "",
          OwnWorkbooks.shown(corrected)), corrected.source().pos()));
    });
    List<Flag> flags = new ArrayList<>(fresh.flags().stream().filter(f -> !originals.containsKey(f.field())).toList());
    flags.addAll(added);
    Report r = new Report(fresh.file(), fresh.agency(), fresh.year(), fresh.published(), fresh.format(), fresh.tables(), values, flags, fresh.checks(),
        fresh.sections(), fresh.narrative(), originals);
    return new Carried(r, originals.size(), changed);
  }
}
