package org.nianbao.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.message.Message;
import org.nianbao.model.CheckResult;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.Flag;
import org.nianbao.model.Value;
import org.nianbao.model.ValueKind;
import org.nianbao.form.CheckSpec;

/**
 * What is owed to numbers recognised in pictures. A number the recogniser was not sure enough of is
 * left unread: a cell a balance check reads needs less certainty (a misreading there fails the
 * check, in plain view), one no check reads (表二's) more. A number read in a row or column whose
 * check fails is flagged, so the reader compares it with the picture: a misreading and a report that
 * does not add up look alike.
 */
final class PictureValues {
  /** Least certainty, in percent, for a number that a balance check reads. */
  static final int CHECKED = 40;
  /** Least certainty, in percent, for a number no check reads. */
  static final int UNCHECKED = 50;

  private PictureValues() {}

  static void unsure(Map<String, Value> values, List<Flag> flags, List<CheckSpec> checks) {
    // Most reports have no figure read from a picture; the set of checked fields is then not needed.
    if (values.values().stream().noneMatch(PictureValues::scannedNumber)) {
      return;
    }
    Set<String> checked = new HashSet<>();
    checks.forEach(c -> checked.addAll(c.fields()));
    values.replaceAll((id, v) -> {
      if (!scannedNumber(v)) {
        return v;
      }
      int sure = v.source().pos().certainty();
      if (sure >= (checked.contains(id) ? CHECKED : UNCHECKED)) {
        return v;
      }
      flags.add(new Flag(id, Message.of("unread.ocr_uncertain", v.source().snippet(), sure), v.source().pos()));
      return Value.unread(v.source());
    });
  }

  static void inFailingChecks(Map<String, Value> values, List<Flag> flags, List<CheckResult> results) {
    Set<String> flagged = new HashSet<>();
    for (CheckResult r : results) {
      if (r.status() != CheckStatus.FAIL) {
        continue;
      }
      for (String id : r.fields()) {
        Value v = values.get(id);
        if (scannedNumber(v) && flagged.add(id)) {
          flags.add(new Flag(id, Message.of("cell.ocr_check_fails"), v.source().pos()));
        }
      }
    }
  }

  private static boolean scannedNumber(Value v) {
    return v != null && v.kind() == ValueKind.NUMBER && v.source().pos().scanned();
  }
}
