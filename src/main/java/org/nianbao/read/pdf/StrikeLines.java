package org.nianbao.read.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.nianbao.read.layout.Segment;
import org.nianbao.read.pdf.PageGlyphs.Drawn;
import org.nianbao.read.pdf.PageGlyphs.Written;

/** Lines struck through a page's characters: the text of a deleted revision printed with its markup. */
final class StrikeLines {
  /** A line through a character's middle within this share of its height strikes it through. */
  private static final float STRIKE_BAND = 0.3f;

  private StrikeLines() {}

  /**
   * The characters a line is drawn through: a line along their text, through the middle of their
   * height, starting and ending at the run's ends (within half a character). A strike-through is
   * what Word, WPS and Writer print for a deleted revision when the markup is printed; a table's rule
   * runs on past the text it may cross, and an underline stands below the middle.
   */
  static Set<Written> struck(List<Segment> lines, List<Written> written) {
    Set<Written> out = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Segment line : lines) {
      List<Written> crossed = new ArrayList<>();
      float first = Float.MAX_VALUE;
      float last = -Float.MAX_VALUE;
      float tallest = 0;
      for (Written w : written) {
        Drawn d = w.drawn();
        if (d == null || d.across() != line.horizontal()) {
          continue;
        }
        float along = line.horizontal() ? d.x() : d.y();
        float across = line.horizontal() ? d.y() : d.x();
        if (along >= line.from() && along <= line.to() && Math.abs(across - line.at()) <= STRIKE_BAND * d.height()) {
          crossed.add(w);
          first = Math.min(first, along - d.width() / 2);
          last = Math.max(last, along + d.width() / 2);
          tallest = Math.max(tallest, d.height());
        }
      }
      if (!crossed.isEmpty() && Math.abs(line.from() - first) <= tallest / 2 && Math.abs(line.to() - last) <= tallest / 2) {
        out.addAll(crossed);
      }
    }
    return out;
  }
}
