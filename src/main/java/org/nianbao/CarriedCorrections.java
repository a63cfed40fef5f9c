package org.nianbao;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.message.Message;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
import org.nianbao.output.WriteException;
import org.nianbao.workbook.Corrections;
import org.nianbao.workbook.WorkbookRefused;
import org.nianbao.workbook.OwnWorkbooks;

/**
 * A new reading to write, maybe with a person's corrections carried over.
 *
 * @param said what to tell the user, in order
 * @param replace whether the workbook there (nianbao's, saved since by a spreadsheet program) may be replaced
 */
record CarriedCorrections(Report report, List<Message> said, boolean replace) {
  /**
   * What to write for a new reading of a report whose workbook {@code target} may exist: when it is
   * nianbao's workbook, corrected by a person, the new reading with the corrections carried over
   * (unless {@code replace}), and what to tell the user: how many were carried, where the source now
   * reads otherwise than the value a correction replaced, or that replacing dropped them.
   *
   * @throws WriteException when the workbook is nianbao's but restructured, so its corrections cannot be told, and {@code replace} is not set
   */
  static CarriedCorrections of(Report fresh, Path target, boolean replace) throws WriteException {
    byte[] bytes;
    try {
      bytes = Files.isRegularFile(target) ? Files.readAllBytes(target) : null;
    } catch (IOException e) {
      // The write that follows says why the file cannot be used.
      bytes = null;
    }
    if (bytes == null || !OwnWorkbooks.mayBe(bytes)) {
      return new CarriedCorrections(fresh, List.of(), false);
    }
    Optional<Report> old;
    try {
      old = new OwnWorkbooks(Nianbao.SPEC).reopen(target.toString(), bytes);
    } catch (WorkbookRefused e) {
      if (replace) {
        return new CarriedCorrections(fresh, List.of(), true);
      }
      throw new WriteException(Message.of("write.corrections_unknown", target, e.reason()), null);
    }
    if (old.isEmpty() || old.get().originals().isEmpty()) {
      return new CarriedCorrections(fresh, List.of(), old.isPresent());
    }
    if (replace) {
      return new CarriedCorrections(fresh, List.of(Message.of("write.corrections_dropped", target, old.get().originals().size())), true);
    }
    return carried(fresh, old.get(), target);
  }

  /** The corrections of {@code old} carried into {@code fresh}, rechecked, and what to say of them. */
  private static CarriedCorrections carried(Report fresh, Report old, Path target) {
    Corrections.Carried c = Corrections.carry(fresh, old);
    List<Message> said = new ArrayList<>();
    if (c.carried() > 0) {
      said.add(Message.of("cli.corrections_carried", target, c.carried()));
    }
    for (String id : c.changed()) {
      said.add(Message.of("cli.correction_conflict", target, fieldName(id), OwnWorkbooks.shown(old.originals().get(id)),
          OwnWorkbooks.shown(fresh.values().get(id)), OwnWorkbooks.shown(c.report().values().get(id))));
    }
    return new CarriedCorrections(Nianbao.recheck(c.report()), said, true);
  }

  /** A field as a person names it: 表三 一、本年新收政府信息公开申请数量·总计. */
  private static String fieldName(String id) {
    return Nianbao.SPEC.field(id).map(f -> TableId.of(id).label() + " " + f.row() + "·" + f.column()).orElse(id);
  }
}
