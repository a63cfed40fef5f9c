package org.nianbao.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.document.Block;
import org.nianbao.document.Paragraph;
import org.nianbao.extract.table.Tokenizer;

/**
 * Finds the six statutory sections (一 总体情况 … 六 其他需要报告的事项). Headings vary in wording, so each
 * is known by its numeral and the first words every wording shares; a heading run into the text
 * around it (a page copied as one line) is cut out first.
 */
final class Sections {
  static final int COUNT = 6;

  /** What follows a heading's numeral (一、), with any spaces around it. */
  private static final String SEPARATORS = "、.．";

  private static final String SEP = "\\s*[" + SEPARATORS + "]\\s*";

  /** What each section's heading says after its numeral, in the wordings reports use (the 2019 and 2021 forms' and their variants). */
  private static final List<String> WORDS =
      List.of(
          "(?:工作)?(?:总体|基本)情况|概述",
          "主动公开",
          "(?:收到和处理|依申请公开|政府信息公开申请)",
          "[^。，；：:]{0,20}?行政复议",
          "[^。，；：:]{0,14}?(?:存在的?(?:主要)?问题|问题(?:和|及)?改进|改进情况)",
          "其[他它]需要报告");

  private static final String NUMERALS = "一二三四五六";

  /** Headings numbered 一、 … 六、, the form's own. */
  private static final List<Pattern> HEADINGS = headings(n -> n + SEP);

  /**
   * Headings numbered （二） or captions naming the table (表三：…): taken for a section only when the
   * report has no 一、-style heading for it, since a report's own sub-headings use （一）（二）.
   */
  private static final List<Pattern> OTHER_HEADINGS = headings(n -> "(?:[(（]\\s*" + n + "\\s*[)）]\\s*|表\\s*" + n + "\\s*[：:、.．]?\\s*)");

  /** What every heading has: a numeral 一 to 六 and its separator. Cheap to look for first. */
  private static final Pattern ANY_NUMERAL = Pattern.compile("\\s*[" + NUMERALS + "]" + SEP);

  private static final Pattern ANY_OTHER = Pattern.compile("\\s*(?:[(（]\\s*[" + NUMERALS + "]\\s*[)）]|表\\s*[" + NUMERALS + "])");

  private static List<Pattern> headings(java.util.function.Function<Character, String> numbered) {
    List<Pattern> out = new ArrayList<>();
    for (int i = 0; i < WORDS.size(); i++) {
      out.add(Pattern.compile(numbered.apply(NUMERALS.charAt(i)) + "(?:" + WORDS.get(i) + ")"));
    }
    return List.copyOf(out);
  }

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
      if (b instanceof Paragraph p && p.text().length() > 20 && hasNumeral(p.text())) {
        cut(out, p);
      } else {
        out.add(b);
      }
    }
    return out;
  }

  /**
   * Whether a numeral 一 to 六 and its separator stand anywhere in the text (what {@link
   * #ANY_NUMERAL} finds), looked for by hand: the pattern, tried at every position of every long
   * paragraph, was a thirtieth of reading a DOCX report.
   */
  private static boolean hasNumeral(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (NUMERALS.indexOf(text.charAt(i)) >= 0) {
        int j = i + 1;
        while (j < text.length() && Tokenizer.isPatternSpace(text.charAt(j))) {
          j++;
        }
        if (j < text.length() && SEPARATORS.indexOf(text.charAt(j)) >= 0) {
          return true;
        }
      }
    }
    return false;
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

  /**
   * Finds where each section starts: the first heading of each number after the one before. A
   * section the report heads only with （二）-numbering or a table caption is found in a second pass.
   */
  static Sections find(List<Block> blocks) {
    int[] start = starts(blocks, HEADINGS, ANY_NUMERAL);
    if (Arrays.stream(start, 1, COUNT + 1).allMatch(s -> s >= 0)) {
      return new Sections(start, blocks.size());
    }
    int[] other = starts(blocks, OTHER_HEADINGS, ANY_OTHER);
    for (int n = 1; n <= COUNT; n++) {
      if (start[n] < 0 && other[n] >= 0 && fits(start, n, other[n])) {
        start[n] = other[n];
      }
    }
    return new Sections(start, blocks.size());
  }

  /** Where each numbered heading stands, each after the one before. */
  private static int[] starts(List<Block> blocks, List<Pattern> headings, Pattern numeral) {
    int[] start = new int[COUNT + 1];
    Arrays.fill(start, -1);
    int current = 0;
    for (int b = 0; b < blocks.size(); b++) {
      if (blocks.get(b) instanceof Paragraph p && numeral.matcher(p.text()).lookingAt()) {
        int n = headingAt(p.text(), current, headings);
        if (n > 0) {
          start[n] = b;
          current = n;
        }
      }
    }
    return start;
  }

  /** Whether a section found at block b stands between the sections before and after it. */
  private static boolean fits(int[] start, int n, int b) {
    for (int k = 1; k < n; k++) {
      if (start[k] >= b) {
        return false;
      }
    }
    for (int k = n + 1; k <= COUNT; k++) {
      if (start[k] >= 0 && start[k] <= b) {
        return false;
      }
    }
    return true;
  }

  private static int headingAt(String text, int after, List<Pattern> headings) {
    for (int n = after + 1; n <= COUNT; n++) {
      if (headings.get(n - 1).matcher(text).lookingAt()) {
        return n;
      }
    }
    return 0;
  }

  /**
   * Where a second report starts on the same page (an archive page with this year's report and last
   * year's): a section 一 heading after the first report's later sections, or -1.
   */
  static int nextReport(List<Block> blocks, Sections first) {
    int last = -1;
    for (int n = 2; n <= COUNT; n++) {
      last = Math.max(last, first.start[n]);
    }
    if (last < 0) {
      return -1;
    }
    for (int b = last + 1; b < blocks.size(); b++) {
      if (blocks.get(b) instanceof Paragraph p && ANY_NUMERAL.matcher(p.text()).lookingAt() && HEADINGS.get(0).matcher(p.text()).lookingAt()) {
        return b;
      }
    }
    return -1;
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
