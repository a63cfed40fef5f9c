package org.nianbao.read.word;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.FIBFieldHandler;
import org.apache.poi.hwpf.model.GenericPropertyNode;
import org.apache.poi.hwpf.model.PlexOfCps;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.util.LittleEndian;

/**
 * The text boxes of a DOC's main story, found through the text box table (HWPF reads the text
 * boxes' text as one range, not which shape holds which part of it).
 */
final class DocTextBoxes {
  /** The size of one text box's entry (FTXBXS) in the text box table, MS-DOC 2.9.294; its shape id is at 14. */
  private static final int FTXBXS_SIZE = 22;

  private DocTextBoxes() {}

  /** The main text boxes' ranges by the id of the shape that holds each (MS-DOC PlcftxbxTxt). */
  static Map<Integer, Range> of(HWPFDocument doc) {
    Map<Integer, Range> textboxes = new HashMap<>();
    Range story = doc.getMainTextboxRange();
    int[] at = fcLcb(doc.getMainStream(), FIBFieldHandler.PLCFTXBXTXT);
    if (story.getEndOffset() <= story.getStartOffset() || at == null || at[1] <= 0 || (long) at[0] + at[1] > doc.getTableStream().length) {
      return textboxes;
    }
    PlexOfCps plex = new PlexOfCps(doc.getTableStream(), at[0], at[1], FTXBXS_SIZE);
    for (int k = 0; k < plex.length(); k++) {
      GenericPropertyNode node = plex.getProperty(k);
      int start = story.getStartOffset() + node.getStart();
      int end = Math.min(story.getEndOffset(), story.getStartOffset() + node.getEnd());
      if (node.getBytes().length >= FTXBXS_SIZE && end > start) {
        textboxes.putIfAbsent(LittleEndian.getInt(node.getBytes(), 14), new Range(start, end, doc));
      }
    }
    return textboxes;
  }

  /**
   * Where a structure of the table stream is, by its number in the FIB's FibRgFcLcb (MS-DOC 2.5.1):
   * {fc, lcb}, or null when the FIB is too short to say. HWPF reads these but does not hand them out.
   */
  private static int[] fcLcb(byte[] main, int index) {
    int csw = LittleEndian.getUShort(main, 32);
    int cslw = LittleEndian.getUShort(main, 34 + csw * 2);
    int counts = 36 + csw * 2 + cslw * 4;
    if (counts + 2 > main.length || LittleEndian.getUShort(main, counts) <= index) {
      return null;
    }
    int at = counts + 2 + index * 8;
    return at + 8 > main.length ? null : new int[] {LittleEndian.getInt(main, at), LittleEndian.getInt(main, at + 4)};
  }
}
