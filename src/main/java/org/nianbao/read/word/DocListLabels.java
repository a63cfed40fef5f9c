package org.nianbao.read.word;

import org.apache.poi.hwpf.model.LFOData;
import org.apache.poi.hwpf.model.ListFormatOverrideLevel;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;

/** The labels of a DOC's list paragraphs as Word prints them, counted in the order the paragraphs are read. */
final class DocListLabels {
  private final ListCounters counters = new ListCounters();

  /** The label of a list paragraph as Word prints it, or "". */
  String of(Paragraph p) {
    if (!p.isInList()) {
      return "";
    }
    HWPFList list;
    try {
      list = p.getList();
    } catch (RuntimeException e) {
      // A list the file names but does not hold: printed without a label.
      return "";
    }
    if (list == null) {
      return "";
    }
    int ilvl = p.getIlvl();
    ListCounters.Level[] levels = new ListCounters.Level[ListCounters.LEVELS];
    org.apache.poi.hwpf.model.ListLevel[] defined = list.getListData().getLevels();
    for (int k = 0; k < Math.min(levels.length, defined.length); k++) {
      levels[k] = level(defined[k]);
    }
    Integer[] starts = new Integer[ListCounters.LEVELS];
    LFOData data = list.getLFOData();
    if (data != null && data.getRgLfoLvl() != null) {
      for (ListFormatOverrideLevel o : data.getRgLfoLvl()) {
        if (o.getLevelNum() >= 0 && o.getLevelNum() < ListCounters.LEVELS) {
          if (o.isFormatting() && o.getLevel() != null) {
            levels[o.getLevelNum()] = level(o.getLevel());
          }
          if (o.isStartAt()) {
            starts[o.getLevelNum()] = o.getIStartAt();
          }
        }
      }
    }
    return counters.next(list.getLsid(), p.getIlfo(), levels, starts, ilvl);
  }

  /** A DOC list level; its text holds the levels' counters as the characters 0–8. */
  private static ListCounters.Level level(org.apache.poi.hwpf.model.ListLevel l) {
    String xst = l.getNumberText() == null ? "" : l.getNumberText();
    StringBuilder text = new StringBuilder();
    for (char c : xst.toCharArray()) {
      if (c < ListCounters.LEVELS) {
        text.append('%').append((char) ('1' + c));
      } else {
        text.append(c);
      }
    }
    byte follows = l.getTypeOfCharFollowingTheNumber();
    return new ListCounters.Level(l.getStartAt(), NumberText.nfc(l.getNumberFormat()), null, text.toString(), -1, l.isLegalNumbering(),
        follows == 2 ? 'n' : follows == 1 ? 's' : 't');
  }
}
