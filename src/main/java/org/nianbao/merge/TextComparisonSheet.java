package org.nianbao.merge;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.nianbao.check.Sentences;
import org.nianbao.xlsx.Sheet;

/**
 * The 文字对比 sheet. First, for each agency with reports for consecutive years, each section's
 * text this year against last year's, sentence by sentence (java-diff-utils): how many sentences
 * are unchanged, new or removed, the share of the text left as it was, and the new and removed
 * sentences themselves. Then the sections of different agencies that are nearly the same text —
 * copied reports, a known problem reviews look for.
 */
final class TextComparisonSheet {
  static final String NAME = "文字对比";
  static final String YEARS_TITLE = "上下年对比（同一机关，逐句）";
  static final String COPIES_TITLE = "文字相近的报告（不同机关，同一部分）";
  static final List<String> YEAR_HEADERS =
      List.of("机关", "上年", "本年", "部分", "上年句数", "本年句数", "未变句数", "新增句数", "删去句数", "未变文字占比", "新增的句子", "删去的句子");
  static final List<String> COPY_HEADERS = List.of("部分", "机关", "年度", "另一机关", "年度", "相同句数", "占较短一方句数", "相同的句子（举例）");
  static final List<String> SECTIONS =
      List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

  /** Sentences shorter than this (characters) are too common to tell a copy: 无。 本年度无。 */
  private static final int MIN_SENTENCE = 12;
  /** Two sections share at least this many sentences, and this share of the shorter one, to be listed as near copies. */
  private static final int MIN_SHARED = 5;
  private static final double NEAR_COPY = 0.8;
  /** A sentence in more reports than this is the form's own wording, not a sign of copying. */
  private static final int BOILERPLATE = 200;
  /** Excel holds 32,767 characters in a cell. */
  private static final int MAX_CELL = 32_000;
  private static final int MAX_COPY_ROWS = 50_000;
  /** Bits for a report's index in a sentence key: enough for the most rows a sheet holds. */
  private static final int INDEX_BITS = 21;
  private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

  /** What a part of the sheet says when it has nothing to show. */
  static final String NOTHING = "无";

  private final SectionStore store;

  TextComparisonSheet(SectionStore store) {
    this.store = store;
  }

  void write(Sheet sheet, List<YearEntry> entries) {
    sheet.width(0, 24);
    sheet.width(3, 30);
    sheet.width(7, 40);
    sheet.width(10, 60);
    sheet.width(11, 60);
    // The sentences' columns are wide: two pages across, at a size that reads.
    sheet.pagesWide(true, 2);
    int r = title(sheet, 0, YEARS_TITLE, YEAR_HEADERS);
    int first = r;
    for (YearEntry.Pair p : YearEntry.consecutive(entries)) {
      r = years(sheet, r, p.prev(), p.cur());
    }
    if (r == first) {
      sheet.text(r++, 0, NOTHING + "：没有同一机关相邻两年的报告。", null);
    }
    r = title(sheet, r + 1, COPIES_TITLE, COPY_HEADERS);
    if (copies(sheet, r, entries) == r) {
      sheet.text(r, 0, NOTHING + "：没有文字相近的报告。", null);
    }
  }

  private int title(Sheet sheet, int r, String title, List<String> headers) {
    sheet.text(r, 0, title, MergeStyles.TITLE);
    for (int i = 0; i < headers.size(); i++) {
      sheet.text(r + 1, i, headers.get(i), MergeStyles.HEADER);
    }
    return r + 2;
  }

  private int years(Sheet sheet, int r, YearEntry prev, YearEntry cur) {
    Map<Integer, String> last = store.get(prev.sectionsAt());
    Map<Integer, String> now = store.get(cur.sectionsAt());
    for (int n = 1; n <= SECTIONS.size(); n++) {
      String before = last.getOrDefault(n, "");
      String after = now.getOrDefault(n, "");
      List<String> a = body(before);
      List<String> b = body(after);
      if (a.isEmpty() && b.isEmpty()) {
        continue;
      }
      Patch<String> patch = DiffUtils.diff(a, b);
      List<String> added = new ArrayList<>();
      List<String> removed = new ArrayList<>();
      for (AbstractDelta<String> d : patch.getDeltas()) {
        removed.addAll(d.getSource().getLines());
        added.addAll(d.getTarget().getLines());
      }
      int unchanged = a.size() - removed.size();
      int keptChars = chars(a) - chars(removed);
      int longer = Math.max(chars(a), chars(b));
      int row = r++;
      sheet.text(row, 0, cur.agency(), null);
      sheet.number(row, 1, prev.year(), null);
      sheet.number(row, 2, cur.year(), null);
      sheet.text(row, 3, SECTIONS.get(n - 1), null);
      sheet.number(row, 4, a.size(), null);
      sheet.number(row, 5, b.size(), null);
      sheet.number(row, 6, unchanged, null);
      sheet.number(row, 7, added.size(), null);
      sheet.number(row, 8, removed.size(), null);
      sheet.number(row, 9, longer == 0 ? 1 : (double) keptChars / longer, MergeStyles.PERCENT);
      sheet.text(row, 10, listed(added), MergeStyles.WRAPPED);
      sheet.text(row, 11, listed(removed), MergeStyles.WRAPPED);
    }
    return r;
  }

  /**
   * Pairs of different agencies whose section shares most of its sentences. Every qualifying
   * sentence becomes one long, its hash above the report's index; sorted, equal sentences sit
   * together, so shared sentences are counted without holding any text in memory.
   */
  /** Lists the near copies from row r on; returns the row after the last. */
  private int copies(Sheet sheet, int r, List<YearEntry> entries) {
    int count = entries.size();
    long[][] keys = new long[SECTIONS.size()][];
    int[][] sizes = new int[SECTIONS.size()][count];
    int[] used = new int[SECTIONS.size()];
    for (int n = 0; n < SECTIONS.size(); n++) {
      keys[n] = new long[Math.max(16, count)];
    }
    for (int e = 0; e < count; e++) {
      Map<Integer, String> sections = store.get(entries.get(e).sectionsAt());
      for (int n = 1; n <= SECTIONS.size(); n++) {
        Set<Long> own = new LinkedHashSet<>();
        for (String k : comparable(sections.getOrDefault(n, ""))) {
          own.add(hash(k));
        }
        sizes[n - 1][e] = own.size();
        for (long h : own) {
          if (used[n - 1] == keys[n - 1].length) {
            keys[n - 1] = Arrays.copyOf(keys[n - 1], keys[n - 1].length * 2);
          }
          keys[n - 1][used[n - 1]++] = h << INDEX_BITS | e;
        }
      }
    }
    for (int n = 1; n <= SECTIONS.size() && r < MAX_COPY_ROWS; n++) {
      long[] k = Arrays.copyOf(keys[n - 1], used[n - 1]);
      keys[n - 1] = null;
      Arrays.sort(k);
      Map<Long, Integer> shared = new TreeMap<>();
      for (int from = 0, to; from < k.length; from = to) {
        to = from + 1;
        while (to < k.length && k[to] >>> INDEX_BITS == k[from] >>> INDEX_BITS) {
          to++;
        }
        if (to - from < 2 || to - from > BOILERPLATE) {
          continue;
        }
        for (int i = from; i < to; i++) {
          for (int j = i + 1; j < to; j++) {
            int a = (int) (k[i] & INDEX_MASK);
            int b = (int) (k[j] & INDEX_MASK);
            if (!entries.get(a).key().equals(entries.get(b).key())) {
              shared.merge((long) Math.min(a, b) * count + Math.max(a, b), 1, Integer::sum);
            }
          }
        }
      }
      for (Map.Entry<Long, Integer> pair : shared.entrySet()) {
        int i = (int) (pair.getKey() / count);
        int j = (int) (pair.getKey() % count);
        int smaller = Math.min(sizes[n - 1][i], sizes[n - 1][j]);
        double share = (double) pair.getValue() / smaller;
        if (pair.getValue() < MIN_SHARED || share < NEAR_COPY || r >= MAX_COPY_ROWS) {
          continue;
        }
        r = copyRow(sheet, r, n, entries.get(i), entries.get(j), pair.getValue(), share);
      }
    }
    return r;
  }

  private int copyRow(Sheet sheet, int r, int n, YearEntry a, YearEntry b, int shared, double share) {
    List<String> other = comparable(store.get(b.sectionsAt()).getOrDefault(n, ""));
    String example = comparable(store.get(a.sectionsAt()).getOrDefault(n, "")).stream().filter(other::contains).findFirst().orElse("");
    sheet.text(r, 0, SECTIONS.get(n - 1), null);
    sheet.text(r, 1, a.agency(), null);
    sheet.number(r, 2, a.year(), null);
    sheet.text(r, 3, b.agency(), null);
    sheet.number(r, 4, b.year(), null);
    sheet.number(r, 5, shared, null);
    sheet.number(r, 6, share, MergeStyles.PERCENT);
    sheet.text(r, 7, example, MergeStyles.WRAPPED);
    return r + 1;
  }

  /** The sentences of a section long enough to tell a copy, spaces removed. */
  private static List<String> comparable(String section) {
    List<String> out = new ArrayList<>();
    for (String s : body(section)) {
      String k = s.replaceAll("\\s+", "");
      if (k.length() >= MIN_SENTENCE && !out.contains(k)) {
        out.add(k);
      }
    }
    return out;
  }

  /** 64-bit FNV-1a of the sentence, cut to the bits left above the report index. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h >>> INDEX_BITS;
  }

  /** The sentences of a section's text after its heading line, which every report shares. */
  private static List<String> body(String section) {
    int newline = section.indexOf('\n');
    return newline < 0 ? List.of() : Sentences.of(section.substring(newline + 1));
  }

  private static int chars(List<String> sentences) {
    return sentences.stream().mapToInt(String::length).sum();
  }

  /** The sentences one per line, cut to what a cell holds. */
  private static String listed(List<String> sentences) {
    String all = String.join("\n", sentences);
    return all.length() <= MAX_CELL ? all : all.substring(0, MAX_CELL) + "…（共 " + sentences.size() + " 句）";
  }
}
