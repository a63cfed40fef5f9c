package org.nianbao.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.doc.Block;
import org.nianbao.doc.Paragraph;

/**
 * Finds the six statutory sections (一 总体情况 … 六 其他需要报告的事项). Headings vary in wording, so each
 * is known by its numeral and the first words every wording shares; a heading run into the text
 * around it (a page copied as one line) is cut out first.
 */
final class Sections {
  static final int COUNT = 6;

  private static final String SEP = "\\s*[、.．]\\s*";
  private static final List<Pattern> HEADINGS =
      List.of(
          Pattern.compile("一" + SEP + "(?:工作)?总体情况"),
          Pattern.compile("二" + SEP + "主动公开"),
          Pattern.compile("三" + SEP + "(?:收到和处理|依申请公开)"),
          Pattern.compile("四" + SEP + "(?:政府信息公开)?(?:工作)?(?:被申请)?行政复议"),
          Pattern.compile("五" + SEP + "(?:政府信息公开)?(?:工作)?存在"),
          Pattern.compile("六" + SEP + "其[他它]需要报告"));

  /** What every heading has: a numeral 一 to 六 and its separator. Cheap to look for first. */
  private static final Pattern ANY_NUMERAL = Pattern.compile("\\s*[一二三四五六]" + SEP);

  /** Characters after which a heading inside a paragraph is taken as a new heading. */
  private static final String BREAK_BEFORE = " 。；;!！?？:：";

  private final int[] start;
  private final int blockCount;

  private Sections(int[] start, int blockCount) {
    this.start = start;
    this.blockCount = blockCount;
  }

  /** Cuts paragraphs before every heading that is run into other text. */
  static List<Block> splitInline(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      if (b instanceof Paragraph p && p.text().length() > 20 && ANY_NUMERAL.matcher(p.text()).find()) {
        cut(out, p);
      } else {
        out.add(b);
      }
    }
    return out;
  }

  private static void cut(List<Block> out, Paragraph p) {
    String text = p.text();
    List<Integer> cuts = new ArrayList<>();
    for (Pattern h : HEADINGS) {
      Matcher m = h.matcher(text);
      while (m.find()) {
        if (m.start() > 0 && BREAK_BEFORE.indexOf(text.charAt(m.start() - 1)) >= 0) {
          cuts.add(m.start());
        }
      }
    }
    cuts.sort(null);
    int from = 0;
    for (int at : cuts) {
      addPiece(out, p, text.substring(from, at));
      from = at;
    }
    addPiece(out, p, text.substring(from));
  }

  private static void addPiece(List<Block> out, Paragraph p, String piece) {
    if (!piece.isBlank()) {
      out.add(p.withText(piece.strip()));
    }
  }

  /** Finds where each section starts: the first heading of each number after the one before. */
  static Sections find(List<Block> blocks) {
    int[] start = new int[COUNT + 1];
    Arrays.fill(start, -1);
    int current = 0;
    for (int b = 0; b < blocks.size(); b++) {
      if (blocks.get(b) instanceof Paragraph p) {
        int n = headingAt(p.text(), current);
        if (n > 0) {
          start[n] = b;
          current = n;
        }
      }
    }
    return new Sections(start, blocks.size());
  }

  private static int headingAt(String text, int after) {
    if (!ANY_NUMERAL.matcher(text).lookingAt()) {
      return 0;
    }
    for (int n = after + 1; n <= COUNT; n++) {
      if (HEADINGS.get(n - 1).matcher(text).lookingAt()) {
        return n;
      }
    }
    return 0;
  }

  boolean has(int n) {
    return start[n] >= 0;
  }

  boolean any() {
    for (int n = 1; n <= COUNT; n++) {
      if (has(n)) {
        return true;
      }
    }
    return false;
  }

  /** The first block of section n (its heading). */
  int first(int n) {
    return start[n];
  }

  /** The block after the last of section n: the next section's heading, or the end. */
  int end(int n) {
    for (int k = n + 1; k <= COUNT; k++) {
      if (start[k] > start[n]) {
        return start[k];
      }
    }
    return blockCount;
  }
}
